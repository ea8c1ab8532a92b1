/**
 * The bins of the study's sharing tables (MSB1196, Tabell 6.2 for services, Tabell 6.3 for
 * suppliers), and grouping a histogram into them. Each bin is an inclusive range [min, max]; the
 * last one is open (max = Infinity) so that larger data still lands somewhere. Labels are "n",
 * "a-b" or "a+". O(bins + histogram keys).
 */
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import type { Histogram } from './histogram.js';

export type Bin = readonly [min: number, max: number];

const single = (...ns: number[]): Bin[] => ns.map((n) => [n, n] as const);

/** Tabell 6.2: 1, 2, …, 8, 9–13, 14, 15–60, 61 and more. */
export const SERVICE_BINS: readonly Bin[] = [
  ...single(1, 2, 3, 4, 5, 6, 7, 8),
  [9, 13],
  [14, 14],
  [15, 60],
  [61, Infinity],
];

/** Tabell 6.3: 1, 2, …, 9, 10–12, 13, 14–27, 28 and more (the report prints "14–28"). */
export const SUPPLIER_BINS: readonly Bin[] = [
  ...single(1, 2, 3, 4, 5, 6, 7, 8, 9),
  [10, 12],
  [13, 13],
  [14, 27],
  [28, Infinity],
];

export function binLabel([min, max]: Bin): string {
  return max === Infinity ? `${min}+` : min === max ? String(min) : `${min}-${max}`;
}

/** One bin of a grouped histogram: its label ("9-13") and the number of nodes whose n falls in it. */
export interface BinCount {
  bin: string;
  count: number;
}

/** Groups a histogram into bins, in the order of the bins (a list: labels like "9-13" are not numbers). */
export function binHistogram(h: Histogram, bins: readonly Bin[]): BinCount[] {
  for (let i = 0; i < bins.length; i++) {
    const [min, max] = bins[i]!;
    const previous = bins[i - 1];
    if (!(min >= 1 && max >= min) || (previous !== undefined && min <= previous[1])) {
      throw new KedjaError(
        CORE_ERROR_CODES.badOption,
        'metrics/graph/study-bins: bins must be increasing, non-overlapping ranges starting at 1 or more',
      );
    }
  }
  const grouped = bins.map((bin) => ({ bin: binLabel(bin), count: 0 }));
  for (const [key, count] of Object.entries(h)) {
    const n = Number(key);
    const index = bins.findIndex(([min, max]) => n >= min && n <= max);
    if (index >= 0) grouped[index]!.count += count;
  }
  return grouped;
}
