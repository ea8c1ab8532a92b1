/**
 * What nobody knows, acted on (issue 13): which knowledge gap matters most (`computeKnowledgeGaps`)
 * and the worst plausible concentration when unknown subcontracting is assumed to depend on named
 * providers (`assumeUnknownInGraph`, `assumeUnknownInSnapshot`).
 */
export {
  computeKnowledgeGaps,
  compareKnowledgeGaps,
  settledEdges,
  type DoubtCounts,
  type KnowledgeGap,
  type KnowledgeGapOptions,
  type KnowledgeGaps,
} from './knowledge-gaps.js';
export { assumedEdges, assumeUnknownInGraph, assumeUnknownInSnapshot } from './assume-unknown.js';
