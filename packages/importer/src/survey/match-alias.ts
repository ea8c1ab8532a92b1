/**
 * The exact-alias step: the spelling, ignoring case and spacing, is a catalogue name or a known
 * alias (aliases.csv) of an entry of the kind asked for. An alias given to several entries ("OD"
 * for two companies) is a tie. O(1).
 */
import { decide } from './decide-match.js';
import { exactForm, type MatcherIndex } from './matcher-index.js';
import type { Candidate, MatchQuery, NameKind, Resolution } from './matcher-types.js';

export function aliasCandidates(index: MatcherIndex, raw: string, kind: NameKind): Candidate[] {
  return [...(index.exact[kind].get(exactForm(raw)) ?? [])].map(([id, text]) => ({ id, score: 1, matched: text }));
}

export function matchAlias({ raw, kind, model }: MatchQuery, index: MatcherIndex): Resolution | undefined {
  const found = aliasCandidates(index, raw, kind);
  if (found.length === 0) return undefined;
  return decide(index, found, model, {
    method: 'alias',
    why: () => 'the spelling is a catalogue name or a known alias',
    tie: 'same alias',
  });
}
