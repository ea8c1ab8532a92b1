/**
 * The leading-words step: the name is the first words of a catalogue name, the brand alone
 * ("Lönia" for "Lönia Lönesystem AB"); when several names start so ("Webbkontoret CMS",
 * "Webbkontoret Analys"), it is a tie. Names whose key is shorter than the fuzzy minimum are too
 * short to be a brand. O(spellings of the kind).
 */
import { decide } from './decide-match.js';
import { MIN_FUZZY_KEY } from './match-fuzzy.js';
import type { MatcherIndex } from './matcher-index.js';
import type { Candidate, MatchQuery, NameKind, Resolution } from './matcher-types.js';
import { nameTokens } from './normalise-name.js';

/** Entries of which the name is the leading words. */
export function prefixCandidates(index: MatcherIndex, raw: string, kind: NameKind): Candidate[] {
  const tokens = nameTokens(raw);
  if (tokens.join('').length < MIN_FUZZY_KEY) return [];
  const found = new Map<string, Candidate>();
  for (const spelling of index.spellings[kind]) {
    const words = spelling.norm.split(' ');
    if (words.length > tokens.length && tokens.every((token, i) => words[i] === token) && !found.has(spelling.id)) {
      found.set(spelling.id, { id: spelling.id, score: 1, matched: spelling.text });
    }
  }
  return [...found.values()];
}

export function matchPrefix({ raw, kind, model }: MatchQuery, index: MatcherIndex): Resolution | undefined {
  const found = prefixCandidates(index, raw, kind);
  if (found.length === 0) return undefined;
  return decide(index, found, model, {
    method: 'prefix',
    why: (c) => `the leading words of "${c.matched}"`,
    tie: 'the leading words of several names',
  });
}
