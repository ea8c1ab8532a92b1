/**
 * The edition method: the name and a catalogue spelling are the same once product editions and
 * plans are dropped from both ("Dropbox Business" and "Dropbox", "Google Workspace for Education"
 * and "Google Workspace", "Visma Enterprise AB" and "Visma"). Near evidence worth 0.92, below
 * exact evidence: where a catalogue holds "Ärendeportalen" and "Ärendeportalen Plus", the exact
 * name decides, and "Ärendeportalen Premium" fits both (a close call). For a service, also once
 * its supplier's name is dropped from both ("Microsoft SharePoint" is "SharePoint Online" by
 * Microsoft). O(1), and O(service spellings) for the supplier-less comparison.
 */
import { evidenceFor } from './evidence.js';
import { lookUp, type MatcherIndex, type QueryForms } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';
import { editionless } from './normalise-name.js';

/** The score of names equal once editions are dropped. */
export const EDITION_SCORE = 0.92;

/** Services equal to the name without editions once the service's supplier's words are dropped from both. */
function withoutSupplier(index: MatcherIndex, query: QueryForms, found: Map<string, Evidence>): void {
  for (const spelling of index.spellings.service) {
    const vendor = index.vendorTokens.get(spelling.id)!;
    if (vendor.size === 0 || found.has(spelling.id)) continue;
    const mine = query.tokens.filter((token) => !vendor.has(token));
    const theirs = spelling.tokens.filter((token) => !vendor.has(token));
    if (mine.length === 0 || theirs.length === 0 || spelling.key === query.key) continue;
    if (editionless(mine).join('') === editionless(theirs).join('')) {
      const why = `the same as "${spelling.text}" but for the edition and the supplier`;
      found.set(spelling.id, evidenceFor(spelling, 'edition', EDITION_SCORE, 'near', why));
    }
  }
}

export function editionEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  const found = new Map<string, Evidence>();
  for (const s of lookUp(index, kind, 'coreKey', query.coreKey, (s) => s.key !== query.key)) {
    found.set(s.id, evidenceFor(s, 'edition', EDITION_SCORE, 'near', `the same as "${s.text}" but for the edition`));
  }
  if (kind === 'service') withoutSupplier(index, query, found);
  return [...found.values()];
}
