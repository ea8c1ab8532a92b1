/**
 * The normalised-key method: the name is a catalogue spelling once look-alikes, case, accents,
 * punctuation, legal forms, country tails and words such as "kommun" are dropped
 * (normalise-name.ts). For a service, also once its supplier's name is dropped from both
 * ("Microsoft Teams" is the catalogue's "Teams" by Microsoft; "Skolportalen (Edusoft)" is
 * "Skolportalen"). O(1) for the key, O(service spellings) for the supplier-less comparison.
 */
import { evidenceFor } from './evidence.js';
import { lookUp, type MatcherIndex, type QueryForms } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';

/** Services whose spelling is the name's words once the service's supplier's words are dropped. */
function withoutSupplier(index: MatcherIndex, query: QueryForms, found: Map<string, Evidence>): void {
  for (const spelling of index.spellings.service) {
    const vendor = index.vendorTokens.get(spelling.id)!;
    if (vendor.size === 0 || found.has(spelling.id)) continue;
    const stripped = query.tokens.filter((token) => !vendor.has(token)).join('');
    if (stripped !== '' && stripped === (spelling.strippedKey || spelling.key)) {
      found.set(
        spelling.id,
        evidenceFor(spelling, 'key', 1, 'exact', `same normalised key as "${spelling.text}" without the supplier`),
      );
    }
  }
}

export function keyEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  const found = new Map<string, Evidence>();
  for (const s of lookUp(index, kind, 'key', query.key)) {
    found.set(s.id, evidenceFor(s, 'key', 1, 'exact', `same normalised key as "${s.text}"`));
  }
  if (kind === 'service' && found.size === 0) withoutSupplier(index, query, found);
  return [...found.values()];
}
