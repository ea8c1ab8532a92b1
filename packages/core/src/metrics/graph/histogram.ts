/**
 * Sharing histograms: from "how many organisations share each node" to "how many nodes are shared by
 * exactly n organisations", the form of the study's Tabell 6.2 and 6.3. Keys are n as a string
 * (n ≥ 1; a node that no organisation depends on is not shared and is left out, as the study only
 * counted what was named), values the number of nodes. O(number of values).
 */
import type { Mapping } from '../utils.js';

/** n (as a string) → number of nodes shared by exactly n organisations; keys in increasing n. */
export type Histogram = Record<string, number>;

export function histogram(sharing: Mapping<number> | Iterable<number>): Histogram {
  const values = Symbol.iterator in Object(sharing) ? (sharing as Iterable<number>) : Object.values(sharing);
  const counts = new Map<number, number>();
  for (const n of values) if (n >= 1) counts.set(n, (counts.get(n) ?? 0) + 1);
  const result: Histogram = {};
  for (const n of [...counts.keys()].sort((a, b) => a - b)) result[String(n)] = counts.get(n)!;
  return result;
}

/** Total number of organisation links a histogram stands for: Σ n × count. */
export function histogramLinks(h: Histogram): number {
  return Object.entries(h).reduce((sum, [n, count]) => sum + Number(n) * count, 0);
}

/** Number of nodes a histogram counts: Σ count. */
export function histogramNodes(h: Histogram): number {
  return Object.values(h).reduce((sum, count) => sum + count, 0);
}
