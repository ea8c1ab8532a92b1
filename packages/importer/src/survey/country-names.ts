/**
 * Reading the countries a survey answer names (question 23:1), in Swedish or English, as ISO 3166-1
 * alpha-2 codes: "Sverige", "Irland", "USA", "Nederländerna", "UK", "SE". Country names come from
 * i18n-iso-countries (its Swedish and English name lists); a few everyday forms it lacks are added
 * here. Regions ("EU", "Norden") and anything else are returned unread, to be reported.
 * O(length of the cell).
 */
import { isCountryCode } from '@kedja/core';
import countries from 'i18n-iso-countries';

import { splitNames } from './split-names.js';

const EVERYDAY: Readonly<Record<string, string>> = {
  usa: 'US',
  'u s a': 'US',
  amerika: 'US',
  uk: 'GB',
  england: 'GB',
  'great britain': 'GB',
  holland: 'NL',
  tjeckien: 'CZ',
};

export interface ReadCountries {
  codes: string[];
  /** Pieces that name no country (a region such as "EU", or a typo). */
  unread: string[];
}

export function readCountries(cell: string): ReadCountries {
  const codes: string[] = [];
  const unread: string[] = [];
  for (const piece of splitNames(cell)) {
    const plain = piece.toLowerCase().replace(/[.]/g, ' ').replace(/\s+/g, ' ').trim();
    const code =
      (piece.length === 2 && isCountryCode(piece.toUpperCase()) ? piece.toUpperCase() : undefined) ??
      EVERYDAY[plain] ??
      countries.getAlpha2Code(piece, 'sv') ??
      countries.getAlpha2Code(piece, 'en');
    if (code !== undefined && isCountryCode(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      unread.push(piece);
    }
  }
  return { codes, unread };
}
