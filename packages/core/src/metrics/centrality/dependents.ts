/**
 * Dependents (in-degree centrality): for each node, the number of distinct nodes that depend on it
 * directly: organisations using a service, services and organisations relying on a supplier,
 * suppliers subcontracting to it. The plain count, not graphology-metrics' in-degree divided by
 * (order − 1), because "used directly by 12" is what a planner reads. Parallel edges (two
 * subcontracts rows for different services) count once: graphology keeps one entry per neighbour,
 * so the count of in-neighbours is the answer, with no copy of the graph. O(V + E).
 */
import { defineNodeMetric, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

export const dependents = defineNodeMetric<object, number>('metrics/centrality/dependents', 'dependents', (graph) => {
  const result: Mapping<number> = dataRecord();
  graph.forEachNode((node) => {
    let count = 0;
    graph.forEachInNeighbor(node, () => void count++);
    result[node] = count;
  });
  return result;
});
