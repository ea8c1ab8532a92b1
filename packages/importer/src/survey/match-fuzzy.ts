/**
 * The last matching step, which always decides: a fuzzy score from fuzzball (a port of Python's
 * TheFuzz), the best of token_sort_ratio on the normalised words and ratio on the keys, 0..1; for
 * a service also token_sort_ratio once its supplier's words are dropped from both. At or above
 * `threshold` the best entry merges; entries within `margin` of it are close calls (a tie). Names
 * whose key is shorter than 4 characters are never fuzzy-matched ("AD" is not "AB").
 * O(spellings of the kind), each a Levenshtein comparison of two short names.
 * Reference: fuzzball.js (github.com/nol13/fuzzball.js), TheFuzz (github.com/seatgeek/thefuzz).
 */
import { ratio, token_sort_ratio } from 'fuzzball';

import { decide } from './decide-match.js';
import type { MatcherIndex, Spelling } from './matcher-index.js';
import type { Candidate, MatchOptions, MatchQuery, NameKind, Resolution } from './matcher-types.js';
import { nameKey, nameTokens } from './normalise-name.js';

/** Names with a shorter key are never fuzzy-matched, nor matched by their leading words. */
export const MIN_FUZZY_KEY = 4;

/** fuzzball copies its options; the names are normalised already. */
const FUZZBALL = { full_process: false };

/** A name to score: its words, and those separated by spaces and run together. */
interface Words {
  tokens: readonly string[];
  norm: string;
  key: string;
}

/** The fuzzy score (0..100) of a name against one catalogue spelling. */
function score(index: MatcherIndex, name: Words, spelling: Spelling): number {
  let best = Math.max(token_sort_ratio(name.norm, spelling.norm, FUZZBALL), ratio(name.key, spelling.key, FUZZBALL));
  if (spelling.strippedKey !== '') {
    const vendor = index.vendorTokens.get(spelling.id)!;
    const rawStripped = name.tokens.filter((token) => !vendor.has(token));
    if (rawStripped.length > 0 && rawStripped.length < name.tokens.length) {
      best = Math.max(best, token_sort_ratio(rawStripped.join(' '), spelling.strippedNorm, FUZZBALL));
    }
  }
  return best;
}

/** Every entry of the kind with its best score over its spellings, best first (ties by id). */
export function fuzzyCandidates(index: MatcherIndex, raw: string, kind: NameKind): Candidate[] {
  const tokens = nameTokens(raw);
  const name = { tokens, norm: tokens.join(' '), key: tokens.join('') };
  const best = new Map<string, Candidate>();
  for (const spelling of index.spellings[kind]) {
    const candidate = { id: spelling.id, score: score(index, name, spelling) / 100, matched: spelling.text };
    const previous = best.get(spelling.id);
    if (!previous || candidate.score > previous.score) best.set(spelling.id, candidate);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

export function matchFuzzy(
  { raw, kind, model }: MatchQuery,
  index: MatcherIndex,
  { threshold, margin }: Required<MatchOptions>,
): Resolution {
  if (nameKey(raw).length < MIN_FUZZY_KEY) {
    return { result: 'unresolved', reason: `too short for fuzzy matching (fewer than ${MIN_FUZZY_KEY} letters)` };
  }
  const ranked = fuzzyCandidates(index, raw, kind);
  const top = ranked[0];
  if (!top || top.score < threshold) {
    return {
      result: 'unresolved',
      ...(top ? { best: top } : {}),
      reason: top
        ? `best fuzzy score ${top.score.toFixed(2)} ("${top.matched}") is below the threshold ${threshold}`
        : 'no catalogue entry of this kind',
    };
  }
  const close = ranked.filter((c) => c.score >= top.score - margin && c.score >= threshold - margin);
  return decide(index, close, model, {
    method: 'fuzzy',
    why: (c) => `fuzzy score ${c.score.toFixed(2)} against "${c.matched}"`,
    tie: 'close call',
  });
}
