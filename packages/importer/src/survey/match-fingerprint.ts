/**
 * OpenRefine's two key-collision methods on the normalised words (name-forms.ts): the same
 * fingerprint (the same words in any order: "Office 365 Microsoft" is "Microsoft Office 365"),
 * exact evidence; and the same n-gram fingerprint (the same set of character bigrams: "Gooogle"
 * is "Google"), near evidence worth 0.95, for keys of at least five characters (shorter ones share
 * bigrams by chance). O(1) each.
 * Reference: OpenRefine, "Clustering in depth" (openrefine.org/docs/technical-reference/clustering-in-depth).
 */
import { evidenceFor } from './evidence.js';
import { lookUp, type MatcherIndex, type QueryForms } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';

/** The score of an n-gram fingerprint collision. */
export const NGRAM_SCORE = 0.95;
/** Keys shorter than this are not compared by n-grams. */
export const MIN_NGRAM_KEY = 5;

export function fingerprintEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  return lookUp(index, kind, 'fingerprint', query.fingerprint).map((s) =>
    evidenceFor(s, 'fingerprint', 1, 'exact', `the same words as "${s.text}" in another order`),
  );
}

export function ngramEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  if (query.key.length < MIN_NGRAM_KEY) return [];
  return lookUp(index, kind, 'ngrams', query.ngrams, (s) => s.key.length >= MIN_NGRAM_KEY).map((s) =>
    evidenceFor(s, 'ngram', NGRAM_SCORE, 'near', `the same character pairs as "${s.text}"`),
  );
}
