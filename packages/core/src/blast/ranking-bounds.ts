/**
 * Bounds on the systemic ranking when some dependencies are only possible (issue 13): every
 * supplier failing alone, counted in the lower bound (possible edges left out) and, under `upper`,
 * in the upper bound (possible edges taken as required). Sorted by organisations in the lower
 * bound, most first, then in the upper bound, most first, then supplier id.
 *
 * Two rankings (see ranking.ts), each the sum of the blast sizes, and a merge by supplier.
 */
import type { EngineContext } from '../kernel/index.js';
import { computeRanking, type RankEntry } from './ranking.js';

/** A row of the ranking with bounds: the lower bound's counts, and the upper bound's under `upper`. */
export interface BoundedRankEntry extends RankEntry {
  upper: Omit<RankEntry, 'supplier'>;
}

/** The order of a ranking with bounds. For `Array.prototype.sort`. */
export function compareBoundedRankEntries(a: BoundedRankEntry, b: BoundedRankEntry): number {
  return (
    b.organisations - a.organisations ||
    b.upper.organisations - a.upper.organisations ||
    (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0)
  );
}

export function computeRankingBounds(lower: EngineContext, upper: EngineContext): BoundedRankEntry[] {
  const high = new Map(computeRanking(upper).map(({ supplier, ...counts }) => [supplier, counts]));
  return computeRanking(lower)
    .map((entry) => ({ ...entry, upper: high.get(entry.supplier)! }))
    .sort(compareBoundedRankEntries);
}
