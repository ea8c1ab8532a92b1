/**
 * Declared sharing: for each supplier, how many distinct organisations depend on it by their own
 * account: they contract it, or they use a service it provides directly (`providedBy`, whether or
 * not the service has alternatives). This is what organisations could know from their contracts;
 * `effectiveSharing` adds what they cannot see (subcontractors). O(V + E).
 */
import type { KedjaGraph } from '../../model/index.js';
import { defineNodeMetric, dependentsOf, nodesOfKind, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

/** The organisations that declare a dependency on `supplier`. */
export function declaredDependents(graph: KedjaGraph, supplier: string): Set<string> {
  const organisations = dependentsOf(graph, supplier, ['contracts']);
  for (const service of dependentsOf(graph, supplier, ['providedBy'])) {
    for (const organisation of dependentsOf(graph, service, ['uses'])) organisations.add(organisation);
  }
  return organisations;
}

export const declaredSharing = defineNodeMetric<object, number>(
  'metrics/node/declared-sharing',
  'declaredSharing',
  (graph) => {
    const sharing: Mapping<number> = dataRecord();
    for (const supplier of nodesOfKind(graph, 'supplier')) sharing[supplier] = declaredDependents(graph, supplier).size;
    return sharing;
  },
);
