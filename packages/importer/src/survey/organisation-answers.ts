/**
 * An organisation's own answers, read into its attributes: the organisation type (Swedish or
 * English), the yes/no questions (where "vet ej" and the like are no answer, only counted), the
 * shared-supplier risk as answered, the kinds of incident and the countries of Q23:1. An answer
 * that cannot be read is a warning naming its column and is left out. O(length of the row).
 */
import type { OrganisationAttributes } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import { parseBoolean, type Row } from '../formats/csv/index.js';
import { readCountries, type ReadCountries } from './country-names.js';
import { splitNames } from './split-names.js';
import { DONT_KNOW, ORGANISATION_TYPES, YES_NO_QUESTIONS } from './survey-table.js';

/** Reports an answer of this row that cannot be read: its column, a code and a message. */
export type WarnAnswer = (column: string, code: string, message: string) => void;

export interface OrganisationAnswers {
  /** Without the name, which only a new organisation takes from the answers. */
  attributes: Partial<OrganisationAttributes>;
  /** Yes/no questions answered "vet ej" or the like. */
  dontKnowAnswers: number;
  countries: ReadCountries;
}

export type YesNoAnswer =
  | { answer: 'none' }
  | { answer: 'dont-know' }
  | { answer: 'yes-no'; value: boolean }
  | { answer: 'unreadable'; message: string };

/** A yes/no cell: empty, "vet ej" (DONT_KNOW), a yes/no value, or unreadable. */
export function readYesNo(cell: string): YesNoAnswer {
  if (cell === '') return { answer: 'none' };
  if (DONT_KNOW.has(cell.toLowerCase())) return { answer: 'dont-know' };
  const parsed = parseBoolean(cell);
  return parsed.ok
    ? { answer: 'yes-no', value: parsed.value as boolean }
    : { answer: 'unreadable', message: parsed.message };
}

function readOrganisationType(cell: string, warn: WarnAnswer): OrganisationAttributes['orgType'] {
  if (cell === '') return undefined;
  const orgType = ORGANISATION_TYPES[cell.toLowerCase()];
  if (!orgType) {
    warn(
      'organisation_type',
      IMPORT_CODES.surveyBadAnswer,
      `organisation_type ${quoteValue(cell)} is not one of ${Object.keys(ORGANISATION_TYPES).join(', ')}; left out`,
    );
  }
  return orgType;
}

/** Reads the yes/no questions into `attributes`; returns how many were "vet ej". */
function readYesNoQuestions(row: Row, attributes: Partial<OrganisationAttributes>, warn: WarnAnswer): number {
  let dontKnowAnswers = 0;
  for (const { column, attribute } of YES_NO_QUESTIONS) {
    const read = readYesNo(row.cell(column));
    if (read.answer === 'dont-know') dontKnowAnswers++;
    else if (read.answer === 'yes-no') (attributes as Record<string, unknown>)[attribute] = read.value;
    else if (read.answer === 'unreadable') {
      warn(column, IMPORT_CODES.surveyBadAnswer, `${column}: ${read.message}, or "vet ej"; left out`);
    }
  }
  return dontKnowAnswers;
}

export function readOrganisationAnswers(row: Row, warn: WarnAnswer): OrganisationAnswers {
  const attributes: Partial<OrganisationAttributes> = {};
  const orgType = readOrganisationType(row.cell('organisation_type'), warn);
  if (orgType) attributes.orgType = orgType;
  const dontKnowAnswers = readYesNoQuestions(row, attributes, warn);
  const risk = row.cell('q31_shared_supplier_risk');
  if (risk !== '') attributes.sharedSupplierRisk = risk;
  const incidents = splitNames(row.cell('q33_1_incident_kinds'));
  if (incidents.length > 0) attributes.incidentKinds = incidents;
  const countries = readCountries(row.cell('q23_1_countries'));
  for (const unread of countries.unread) {
    warn(
      'q23_1_countries',
      IMPORT_CODES.surveyUnreadCountry,
      `${quoteValue(unread)} names no country (write a country such as Sverige, Irland or SE); not used for service countries`,
    );
  }
  if (countries.codes.length > 0) attributes.processingCountries = countries.codes;
  return { attributes, dontKnowAnswers, countries };
}
