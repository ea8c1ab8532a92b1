/**
 * Suppliers by country of the legal entity: how many suppliers are based in each country
 * (`unspecified` when unknown), largest first (ties by code). Options: `usedOnly` (default false)
 * counts only suppliers that something depends on directly (an organisation, a service or another
 * supplier). O(V + E).
 */
import type { KedjaGraph } from '../../model/index.js';
import { checkGraph, checkOptions, increment, nodesOfKind } from '../utils.js';
import { dataRecord } from '../../model/index.js';

export function suppliersByCountry(graph: KedjaGraph, options: { usedOnly?: boolean } = {}): Record<string, number> {
  const path = 'metrics/graph/supplier-countries';
  checkGraph(graph, path);
  checkOptions(options, path);
  const counts: Record<string, number> = dataRecord();
  for (const supplier of nodesOfKind(graph, 'supplier')) {
    if (options.usedOnly && graph.inDegree(supplier) === 0) continue;
    const attributes = graph.getNodeAttributes(supplier);
    increment(counts, (attributes.kind === 'supplier' && attributes.country) || 'unspecified');
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
