export {
  referenceBlast,
  referenceLost,
  referenceRanking,
  referenceShortestChainLength,
  type ReferenceBlast,
  type ReferenceOrganisation,
  type ReferenceRankEntry,
} from './reference-blast.js';
export { referenceJurisdiction } from './reference-jurisdiction.js';
export {
  referenceBound,
  referenceBlastBounds,
  referenceRankingBounds,
  type ReferenceBoundedRankEntry,
} from './reference-bounds.js';
export { referenceGaps, type ReferenceGap } from './reference-gaps.js';
