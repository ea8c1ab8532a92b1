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
import { betweenness } from 'graphology-metrics/centrality/index.js';

import { defineNodeMetric, type Mapping } from '../utils.js';
import { simpleDependencyGraph } from './simple-graph.js';
import { dataRecord } from '../../model/index.js';

export const subcontractingBetweenness = defineNodeMetric<object, number>(
  'metrics/centrality/subcontracting-betweenness',
  'subcontractingBetweenness',
  (graph) => {
    const suppliers = simpleDependencyGraph(graph, ['supplier'], ['subcontracts']);
    if (suppliers.order === 0) return {};
    const linked = suppliers.copy();
    for (const node of suppliers.filterNodes((n) => suppliers.degree(n) === 0)) linked.dropNode(node);
    const scores = linked.order === 0 ? {} : betweenness(linked, { normalized: false, getEdgeWeight: null });
    const result: Mapping<number> = dataRecord();
    suppliers.forEachNode((node) => (result[node] = (scores as Mapping<number>)[node] ?? 0));
    return result;
  },
);
