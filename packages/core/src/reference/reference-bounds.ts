/**
 * The reference for bounds with possible edges (issue 13), straight from the definitions: the lower
 * bound is the graph with its possible edges deleted, the upper bound the graph with each possible
 * edge made an ordinary, confirmed one (a possible edge is never in an alternatives group, so it
 * is then required). Each bound is answered by `referenceBlast` and `referenceRanking` on its own
 * copy of the graph. O(V + E) per copy, then what the reference costs.
 */
import type { KedjaGraph } from '../model/index.js';
import { referenceBlast, referenceRanking, type ReferenceBlast, type ReferenceRankEntry } from './reference-blast.js';

/** A copy of the graph with the possible edges removed (`lower`) or confirmed (`upper`). */
export function referenceBound(graph: KedjaGraph, bound: 'lower' | 'upper'): KedjaGraph {
  const copy = graph.copy() as KedjaGraph;
  copy.forEachEdge((edge, attributes) => {
    if (attributes.certainty !== 'possible') return;
    if (bound === 'lower') {
      copy.dropEdge(edge);
    } else {
      copy.removeEdgeAttribute(edge, 'certainty');
      copy.removeEdgeAttribute(edge, 'probability');
    }
  });
  return copy;
}

export function referenceBlastBounds(
  graph: KedjaGraph,
  members: readonly string[],
): { lower: ReferenceBlast; upper: ReferenceBlast } {
  return {
    lower: referenceBlast(referenceBound(graph, 'lower'), members),
    upper: referenceBlast(referenceBound(graph, 'upper'), members),
  };
}

export interface ReferenceBoundedRankEntry extends ReferenceRankEntry {
  upper: Omit<ReferenceRankEntry, 'supplier'>;
}

/** Every supplier alone in both bounds, sorted by organisations (lower), then organisations (upper), then id. */
export function referenceRankingBounds(graph: KedjaGraph): ReferenceBoundedRankEntry[] {
  const upper = new Map(
    referenceRanking(referenceBound(graph, 'upper')).map(({ supplier, ...counts }) => [supplier, counts]),
  );
  return referenceRanking(referenceBound(graph, 'lower'))
    .map((entry) => ({ ...entry, upper: upper.get(entry.supplier)! }))
    .sort(
      (a, b) =>
        b.organisations - a.organisations ||
        b.upper.organisations - a.upper.organisations ||
        (a.supplier < b.supplier ? -1 : 1),
    );
}
