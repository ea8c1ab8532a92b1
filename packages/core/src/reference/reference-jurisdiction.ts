/**
 * The reference for jurisdiction, straight from its definition: find the supplier's parent group
 * in the table by a linear search, step up one parent at a time, and take the country at the top,
 * else the supplier's own. A supplier with no parent, or one the table lacks, is its own ultimate
 * owner. The fast path (model/parents.ts, memoised, behind the node tables) is compared with it on
 * random graphs. O(groups × depth) per supplier.
 */
import type { KedjaGraph, ParentGroup } from '../model/index.js';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
const named = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** The jurisdiction of `supplier`: its ultimate parent's country, else its own country. */
export function referenceJurisdiction(graph: KedjaGraph, supplier: string): string | undefined {
  const attributes = graph.getNodeAttributes(supplier);
  if (attributes.kind !== 'supplier') return undefined;
  const groups: readonly ParentGroup[] = graph.getAttribute('parents') ?? [];
  const find = (name: string) => groups.find((group) => same(group.group, name));
  let group = named(attributes.parent) ? find(attributes.parent) : undefined;
  if (group === undefined) return attributes.country;
  for (let steps = 0; named(group.parent); steps++) {
    const up: ParentGroup | undefined = find(group.parent);
    if (up === undefined || steps > groups.length) return attributes.country; // no top (a table validation refuses)
    group = up;
  }
  return group.country ?? attributes.country;
}
