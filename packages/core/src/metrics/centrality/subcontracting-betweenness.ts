/**
 * Betweenness of suppliers in the subcontracting network: on the directed graph of suppliers and
 * their `subcontracts` edges, the number of shortest supplier-to-subcontractor chains that pass
 * through each supplier (fractions when several chains are shortest; not normalised). A supplier
 * with high betweenness is a broker in the supply chain: a hosting firm between many SaaS vendors
 * and a few data centres. Exact, with graphology-metrics' implementation of Brandes' algorithm:
 * O(S · L) on the S suppliers that have a subcontracting link and the L links. A supplier without
 * one lies on no chain and scores 0 without entering the algorithm, whose every source costs
 * O(nodes) however few its links (60,000 such suppliers took 30 s).
 *
 * Reference: U. Brandes, A faster algorithm for betweenness centrality (J. Math. Sociology, 2001).
 */
import { DirectedGraph } from 'graphology';
import { betweenness } from 'graphology-metrics/centrality/index.js';

import { EDGE_KIND_CODES, type Snapshot } from '../../kernel/index.js';
import { defineNodeMetric, type Mapping } from '../utils.js';
import { simpleDependencyGraph } from './simple-graph.js';
import { dataRecord } from '../../model/index.js';

export const subcontractingBetweenness = defineNodeMetric<object, number>(
  'metrics/centrality/subcontracting-betweenness',
  'subcontractingBetweenness',
  (graph) => supplierBetweenness(simpleDependencyGraph(graph, ['supplier'], ['subcontracts'])),
);

/**
 * The same betweenness on a snapshot, on the same simple graph: suppliers in order, each one's
 * links in its own edge order, which is all Brandes' algorithm reads, so the same numbers.
 */
export function snapshotSubcontractingBetweenness(snapshot: Snapshot): Mapping<number> {
  const { ids, supplierCount, reqStart, reqTarget, reqKind } = snapshot;
  const suppliers = new DirectedGraph();
  for (let s = 0; s < supplierCount; s++) suppliers.addNode(ids[s]!);
  for (let s = 0; s < supplierCount; s++) {
    for (let i = reqStart[s]!; i < reqStart[s + 1]!; i++) {
      if (reqKind[i] === EDGE_KIND_CODES.subcontracts) suppliers.mergeEdge(ids[s]!, ids[reqTarget[i]!]!);
    }
  }
  return supplierBetweenness(suppliers);
}

/** Betweenness on the simple graph of suppliers and their links: every node of `suppliers` mapped, in its order. */
function supplierBetweenness(suppliers: DirectedGraph): Mapping<number> {
  if (suppliers.order === 0) return {};
  const linked = suppliers.copy();
  for (const node of suppliers.filterNodes((n) => suppliers.degree(n) === 0)) linked.dropNode(node);
  const scores = linked.order === 0 ? {} : betweenness(linked, { normalized: false, getEdgeWeight: null });
  const result: Mapping<number> = dataRecord();
  suppliers.forEachNode((node) => (result[node] = (scores as Mapping<number>)[node] ?? 0));
  return result;
}
