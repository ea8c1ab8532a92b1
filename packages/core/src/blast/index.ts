/**
 * The analyses of one scenario on the kernel: the blast radius (who loses what), the systemic
 * ranking (every supplier failing alone) and why (one shortest chain of failures to an organisation).
 */
export {
  computeBlastRadius,
  type BlastRadius,
  type BlastTotals,
  type AffectedOrganisation,
  type FailedNode,
} from './blast-radius.js';
export { computeRanking, compareRankEntries, type RankEntry } from './ranking.js';
export { computeExplanation, type Explanation, type ChainStep } from './explain-failure.js';
export {
  computeBlastBounds,
  type BlastBounds,
  type BoundedAffectedOrganisation,
  type BoundedFailedNode,
} from './blast-bounds.js';
export { computeRankingBounds, compareBoundedRankEntries, type BoundedRankEntry } from './ranking-bounds.js';
