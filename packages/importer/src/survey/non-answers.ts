/**
 * The first matching step: answers that name nothing ("vet ej", "inga", "-", "Se ovan") are no
 * service or supplier at all and give no edge. Compared in normalised form (normalise-name.ts), so
 * case, accents and punctuation do not matter; a name with no letters or digits names nothing
 * either. O(length of the name).
 */
import type { MatchQuery, Resolution } from './matcher-types.js';
import { nameKey, normalisedName } from './normalise-name.js';

/** Answers that name nothing, in normalised form. */
const NON_ANSWERS: ReadonlySet<string> = new Set(
  [
    '',
    'x',
    'n/a',
    'na',
    'nej',
    'no',
    'ingen',
    'inga',
    'inget',
    'vet ej',
    'vet inte',
    'vej ej',
    'okänt',
    'okänd',
    'unknown',
    'none',
    'se ovan',
    'see above',
    'ej aktuellt',
    'saknas',
    'ingen uppgift',
    'diverse',
    'flera',
    'various',
    'ej känt',
    'osäker',
    'ingen aning',
    "don't know",
    'dont know',
  ].map(normalisedName),
);

export function isNonAnswer(raw: string): boolean {
  return NON_ANSWERS.has(normalisedName(raw)) || nameKey(raw) === '';
}

export function matchNonAnswer({ raw }: MatchQuery): Resolution | undefined {
  return isNonAnswer(raw) ? { result: 'not-a-name', reason: 'an answer that names nothing' } : undefined;
}
