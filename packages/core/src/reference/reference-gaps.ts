/**
 * The reference for knowledge gaps (issue 13), from the definitions in gaps/knowledge-gaps.ts and
 * nothing faster: for each supplier, the graph copy with the possible dependencies it settles
 * deleted (its possible subcontracts, the possible provided_by edges naming it), and for every
 * supplier failing alone the organisations affected in the upper bound that are not affected in
 * that copy's upper bound, as sets. O(S² · reference blast).
 */
import type { KedjaGraph } from '../model/index.js';
import { referenceBlast } from './reference-blast.js';
import { referenceBound } from './reference-bounds.js';

export interface ReferenceGap {
  supplier: string;
  subcontracting: string;
  possibleEdges: number;
  doubt: { organisations: number; criticalOrganisations: number; population: number };
  exposed: number;
}

const isPossible = (graph: KedjaGraph, edge: string) => graph.getEdgeAttribute(edge, 'certainty') === 'possible';

/** The possible edges supplier `s` settles. */
function settledBy(graph: KedjaGraph, s: string): string[] {
  return graph.filterEdges((edge, attributes, source, target) => {
    if (!isPossible(graph, edge)) return false;
    return (attributes.kind === 'subcontracts' && source === s) || (attributes.kind === 'providedBy' && target === s);
  });
}

/** What the organisations of `upper` have that `without` lacks, each set difference counted. */
function difference(graph: KedjaGraph, upper: KedjaGraph, without: KedjaGraph, suppliers: readonly string[]) {
  const doubt = { organisations: 0, criticalOrganisations: 0, population: 0 };
  for (const f of suppliers) {
    const all = referenceBlast(upper, [f]).affected;
    const rest = referenceBlast(without, [f]).affected;
    for (const [id, organisation] of all) {
      const other = rest.get(id);
      if (other === undefined) {
        doubt.organisations++;
        const attributes = graph.getNodeAttributes(id);
        if (attributes.kind === 'organisation') doubt.population += attributes.population ?? 0;
      }
      if (organisation.critical && !other?.critical) doubt.criticalOrganisations++;
    }
  }
  return doubt;
}

/** Every supplier with possible dependencies to settle or unknown subcontracting, unsorted; and the whole doubt. */
export function referenceGaps(graph: KedjaGraph): {
  gaps: ReferenceGap[];
  doubt: ReferenceGap['doubt'];
  organisationEdges: number;
} {
  const suppliers = graph.filterNodes((_id, attributes) => attributes.kind === 'supplier');
  const upper = referenceBound(graph, 'upper');
  const gaps: ReferenceGap[] = [];
  for (const s of suppliers) {
    const settled = settledBy(graph, s);
    const attributes = graph.getNodeAttributes(s);
    const subcontracting = (attributes.kind === 'supplier' ? attributes.subcontracting : undefined) ?? 'known';
    if (settled.length === 0 && subcontracting !== 'unknown') continue;
    const copy = graph.copy() as KedjaGraph;
    for (const edge of settled) copy.dropEdge(edge);
    gaps.push({
      supplier: s,
      subcontracting,
      possibleEdges: settled.length,
      doubt: difference(graph, upper, referenceBound(copy, 'upper'), suppliers),
      exposed: referenceBlast(upper, [s]).affected.size,
    });
  }
  const organisationEdges = graph.filterEdges(
    (edge, _attributes, source) => isPossible(graph, edge) && graph.getNodeAttribute(source, 'kind') === 'organisation',
  ).length;
  return { gaps, doubt: difference(graph, upper, referenceBound(graph, 'lower'), suppliers), organisationEdges };
}
