/**
 * The exact-alias method: the spelling, ignoring case and spacing, is a catalogue name or a known
 * alias (aliases.csv) of an entry of the kind asked for, or a brand-list spelling linked to one.
 * An alias given to several entries ("OD" for two companies) is a tie. O(1).
 */
import { evidenceFor } from './evidence.js';
import { lookUp, type MatcherIndex, type QueryForms } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';

export function aliasEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  return lookUp(index, kind, 'exact', query.exact).map((s) =>
    evidenceFor(
      s,
      'alias',
      1,
      'exact',
      s.source === 'brand' ? `the spelling is "${s.text}"` : 'the spelling is a catalogue name or a known alias',
    ),
  );
}
