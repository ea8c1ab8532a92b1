/**
 * The normalised-key step: the name is a catalogue spelling once case, accents, punctuation, legal
 * suffixes and words such as "kommun" are dropped (normalise-name.ts). For a service with no such
 * spelling, also once its supplier's name is dropped from both ("Microsoft Teams" is the
 * catalogue's "Teams" by Microsoft; "Skolportalen (Edusoft)" is "Skolportalen"). O(1) for the key,
 * O(service spellings) for the supplier-less comparison.
 */
import { decide } from './decide-match.js';
import type { MatcherIndex } from './matcher-index.js';
import type { Candidate, MatchQuery, NameKind, Resolution } from './matcher-types.js';
import { nameTokens } from './normalise-name.js';

/** Services whose spelling is the name's words once the service's supplier's words are dropped. */
function withoutSupplier(index: MatcherIndex, tokens: readonly string[], found: Map<string, Candidate>): void {
  for (const spelling of index.spellings.service) {
    const vendor = index.vendorTokens.get(spelling.id)!;
    if (vendor.size === 0 || found.has(spelling.id)) continue;
    const rawStripped = tokens.filter((token) => !vendor.has(token)).join('');
    if (rawStripped !== '' && rawStripped === (spelling.strippedKey || spelling.key)) {
      found.set(spelling.id, { id: spelling.id, score: 1, matched: spelling.text });
    }
  }
}

export function keyCandidates(index: MatcherIndex, raw: string, kind: NameKind): Candidate[] {
  const tokens = nameTokens(raw);
  const found = new Map<string, Candidate>();
  for (const [id, text] of index.keys[kind].get(tokens.join('')) ?? []) found.set(id, { id, score: 1, matched: text });
  if (kind === 'service' && found.size === 0) withoutSupplier(index, tokens, found);
  return [...found.values()];
}

export function matchKey({ raw, kind, model }: MatchQuery, index: MatcherIndex): Resolution | undefined {
  const found = keyCandidates(index, raw, kind);
  if (found.length === 0) return undefined;
  return decide(index, found, model, {
    method: 'key',
    why: (c) => `same normalised key as "${c.matched}"`,
    tie: 'same key',
  });
}
