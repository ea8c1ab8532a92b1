/**
 * Normalising a free-text name (of a service, supplier or organisation) the way a person reading
 * survey answers would. First the look-alikes: a Cyrillic or Greek letter, a full-width form or an
 * accent folds to the ASCII letter it imitates (confusables.ts, after Unicode TR39). Then case and
 * punctuation stop mattering ("Ärendeportalen+" keeps its plus as the word "plus"), words such as
 * "kommun" are dropped anywhere, and legal forms and country tails at the end ("Microsoft Ireland
 * Operations Ltd" is Microsoft, "Tieto Sweden AB" Tieto), repeatedly, never the whole name
 * (name-words.ts). The key is the remaining words run together, so "Office365" and "Office 365"
 * share one. Product editions are dropped only on request (`editionless`): "Dropbox Business" and
 * "Dropbox" are one product to a reader, but a catalogue may hold "Ärendeportalen" and
 * "Ärendeportalen Plus" as two. O(length of the name).
 */
import { foldConfusables } from './confusables.js';
import {
  COUNTRY_TAILS,
  EDITION_AUDIENCES,
  EDITION_WORDS,
  LEGAL_FORMS,
  NOISE_WORDS,
  OPERATING_WORDS,
  PLAN_CODE,
} from './name-words.js';

// ™ ® © ℠, escaped: esbuild keeps a regular expression's characters as they are, and one character
// outside ASCII makes V8 hold the whole CLI bundle as two-byte text (scripts/bundle-cli.mjs).
const SYMBOLS = /[\u2122\u00ae\u00a9\u2120]/gu;
/** A plus sign ending a word is the word "plus" ("Ärendeportalen+", "Google+"). */
const TRAILING_PLUS = /([\p{L}\p{N}])\+(?=[^\p{L}\p{N}]|$)/gu;

/** Legal forms and country tails dropped from the end, never the whole name. */
function dropTails(tokens: string[]): string[] {
  let end = tokens.length;
  while (end > 1) {
    const last = tokens[end - 1]!;
    if (LEGAL_FORMS.has(last) || COUNTRY_TAILS.has(last)) end--;
    else if (end > 2 && OPERATING_WORDS.has(last) && COUNTRY_TAILS.has(tokens[end - 2]!)) end -= 2;
    else break;
  }
  return tokens.slice(0, end);
}

/** The words of a name before legal tails are dropped: look-alikes folded, lower case, punctuation and noise words gone. */
function words(name: string): string[] {
  const all = foldConfusables(name.replace(SYMBOLS, '').replace(TRAILING_PLUS, '$1 plus'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const kept = all.filter((word) => !NOISE_WORDS.has(word));
  return kept.length > 0 ? kept : all;
}

/** The words of a name: look-alikes folded, lower case, punctuation gone, noise words and legal tails dropped. */
export function nameTokens(name: string): string[] {
  return dropTails(words(name));
}

/** Whether the name ends in a legal form or country tail ("Flera AB" is a company, "Flera" no answer). */
export function hasLegalTail(name: string): boolean {
  const all = words(name);
  return all.slice(dropTails(all).length).some((tail) => tail.length > 1);
}

/** The words without product editions and plans after the first word ("Google Workspace for Education" -> google workspace). */
export function editionless(tokens: readonly string[]): string[] {
  const kept = tokens.filter((token, i) => {
    if (i === 0) return true;
    const next = tokens[i + 1];
    if (token === 'for' && next !== undefined && EDITION_AUDIENCES.has(next)) return false;
    if (token === 'plan' && next !== undefined && /^\d+$/.test(next)) return false;
    const previous = tokens[i - 1]!;
    if (/^\d+$/.test(token) && previous === 'plan') return false;
    if (EDITION_AUDIENCES.has(token) && previous === 'for') return false;
    return !EDITION_WORDS.has(token) && !PLAN_CODE.test(token);
  });
  return kept.length > 0 ? kept : [...tokens];
}

/** The normalised key: the words run together ("Microsoft Office 365" -> "microsoftoffice365"). */
export function nameKey(name: string): string {
  return nameTokens(name).join('');
}

/** A readable normalised form: the words separated by single spaces. */
export function normalisedName(name: string): string {
  return nameTokens(name).join(' ');
}

/** An id-safe slug of a name: ASCII words joined by `-`. */
export function slug(name: string): string {
  return (
    nameTokens(name)
      .map((token) => token.replace(/[^a-z0-9]/g, ''))
      .filter((token) => token !== '')
      .join('-') || 'unnamed'
  );
}
