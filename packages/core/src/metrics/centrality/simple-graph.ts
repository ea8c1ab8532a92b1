/**
 * The simple directed graphs the centralities run on: a Kedja graph is a multigraph (two
 * subcontracts rows for different services join the same pair), and graphology-metrics counts
 * parallel edges as stronger ties. These copies keep one edge per ordered pair. O(V + E).
 */
import { DirectedGraph } from 'graphology';

import type { EdgeKind, KedjaGraph, NodeKind } from '../../model/index.js';

/** Nodes of the given kinds and one edge per dependent → dependency pair over edges of the given kinds. */
export function simpleDependencyGraph(
  graph: KedjaGraph,
  nodeKinds: readonly NodeKind[],
  edgeKinds: readonly EdgeKind[],
): DirectedGraph {
  const simple = new DirectedGraph();
  graph.forEachNode((node, attributes) => {
    if (nodeKinds.includes(attributes.kind)) simple.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!edgeKinds.includes(attributes.kind) || !simple.hasNode(source) || !simple.hasNode(target)) return;
    simple.mergeEdge(source, target);
  });
  return simple;
}
