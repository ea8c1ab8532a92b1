/**
 * The edit-distance method: a score from fuzzball (a port of Python's TheFuzz), the best of
 * token_sort_ratio on the normalised words, ratio (Levenshtein similarity) on the keys and on
 * the keys without editions (when these differ), and for a service token_sort_ratio once its
 * supplier's words are dropped from both; 0..1. Every entry of the kind gets its best score over its spellings, so the
 * runners-up are known. Names whose key is shorter than four characters are never scored ("AD"
 * is not "AB"). O(spellings of the kind), each a Levenshtein comparison of two short names.
 * Reference: fuzzball.js (github.com/nol13/fuzzball.js), TheFuzz (github.com/seatgeek/thefuzz).
 */
import { ratio, token_sort_ratio } from 'fuzzball';

import { BRAND_FACTOR, evidenceFor } from './evidence.js';
import { MIN_NEAR_KEY } from './match-prefix.js';
import type { MatcherIndex, QueryForms, Spelling } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';

/** fuzzball copies its options; the names are normalised already. */
const FUZZBALL = { full_process: false };

/** Levenshtein similarity of two keys, 0..1. */
export const keySimilarity = (a: string, b: string) => ratio(a, b, FUZZBALL) / 100;

/** The edit score (0..100) of a name against one catalogue spelling. */
function score(index: MatcherIndex, name: QueryForms, spelling: Spelling): number {
  let best = Math.max(
    // token_sort_ratio, on words sorted once per spelling rather than once per comparison.
    ratio(name.sorted, spelling.sorted, FUZZBALL),
    ratio(name.key, spelling.key, FUZZBALL),
    // Without editions, but not equal: equal is the edition method's (0.92), not a perfect edit score.
    name.coreKey === spelling.coreKey ? 0 : ratio(name.coreKey, spelling.coreKey, FUZZBALL),
  );
  if (spelling.strippedKey !== '') {
    const vendor = index.vendorTokens.get(spelling.id)!;
    const stripped = name.tokens.filter((token) => !vendor.has(token));
    if (stripped.length > 0 && stripped.length < name.tokens.length) {
      best = Math.max(best, token_sort_ratio(stripped.join(' '), spelling.strippedNorm, FUZZBALL));
    }
  }
  return best;
}

export function editEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  if (query.key.length < MIN_NEAR_KEY) return [];
  // The best spelling of each entry first; evidence is worded for that one only.
  const best = new Map<string, { spelling: Spelling; value: number }>();
  for (const spelling of index.spellings[kind]) {
    const value = score(index, query, spelling) / 100;
    const factor = spelling.brand ? BRAND_FACTOR : 1;
    const previous = best.get(spelling.id);
    if (!previous || value * factor > previous.value * (previous.spelling.brand ? BRAND_FACTOR : 1)) {
      best.set(spelling.id, { spelling, value });
    }
  }
  return [...best.values()].map(({ spelling, value }) =>
    evidenceFor(spelling, 'edit', value, 'near', `edit score ${value.toFixed(2)} against "${spelling.text}"`),
  );
}
