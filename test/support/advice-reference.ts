/**
 * Mitigation advice by the reference, for tests: the risk score from `referenceRanking` (fallback
 * routines not counted) and each kind of proposed change made on a graph by plain graphology calls.
 * (test/advise-vs-reference.test.ts carries its own copy of these, written before this file.)
 */
import type { KedjaGraph, MitigationStep } from '@kedja/core';
import { referenceRanking } from '@kedja/core/reference';

/** The score by the reference: fallback edges made non-critical, then every supplier alone. */
export function referenceScore(graph: KedjaGraph): number {
  const copy = graph.copy();
  copy.forEachEdge((edge, attributes) => {
    if (attributes.kind === 'uses' && attributes.fallback === true) {
      copy.setEdgeAttribute(edge, 'critical' as never, false as never);
    }
  });
  return referenceRanking(copy).reduce((sum, entry) => sum + entry.criticalOrganisations, 0);
}

/**
 * The supplier replaces the subcontractor by an independent one (that never fails here): its links
 * to the old one go, and so does every alternative in the same group, which can no longer fail.
 */
export function moveOff(graph: KedjaGraph, supplier: string, subcontractor: string): void {
  const links = graph.outEdges(supplier, subcontractor);
  const groups = new Set(links.map((e) => graph.getEdgeAttribute(e, 'alternatives')).filter((g) => g));
  for (const e of graph.outEdges(supplier)) {
    if (links.includes(e) || groups.has(graph.getEdgeAttribute(e, 'alternatives'))) graph.dropEdge(e);
  }
}

/** Makes the step's change on the graph. */
export function applyStep(graph: KedjaGraph, step: MitigationStep): void {
  if (step.kind === 'alternative') {
    for (const e of graph.outEdges(step.service!)) {
      if (graph.getEdgeAttribute(e, 'kind') === 'providedBy') graph.dropEdge(e);
    }
  } else if (step.kind === 'fallback') {
    for (const e of graph.outEdges(step.organisation!, step.service!)) {
      graph.setEdgeAttribute(e, 'fallback' as never, true as never);
    }
  } else {
    moveOff(graph, step.supplier!, step.subcontractor!);
  }
}
