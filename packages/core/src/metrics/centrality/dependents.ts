/**
 * Dependents (in-degree centrality): for each node, the number of distinct nodes that depend on it
 * directly: organisations using a service, services and organisations relying on a supplier,
 * suppliers subcontracting to it. The plain count, not graphology-metrics' in-degree divided by
 * (order − 1), because "used directly by 12" is what a planner reads. O(V + E).
 */
import { defineNodeMetric, type Mapping } from '../utils.js';
import { simpleDependencyGraph } from './simple-graph.js';

export const dependents = defineNodeMetric<object, number>('metrics/centrality/dependents', 'dependents', (graph) => {
  const simple = simpleDependencyGraph(
    graph,
    ['organisation', 'service', 'supplier'],
    ['uses', 'contracts', 'providedBy', 'subcontracts'],
  );
  const result: Mapping<number> = {};
  simple.forEachNode((node) => (result[node] = simple.inDegree(node)));
  return result;
});
