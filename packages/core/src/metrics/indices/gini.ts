/**
 * Gini coefficient of firm sizes: 0 when all firms are equally large, approaching 1 when one firm
 * holds almost everything. Computed on the sorted sizes x_1 ≤ … ≤ x_n as
 * G = 2·Σ i·x_i / (n·Σ x_i) − (n + 1) / n (the mean-difference form without the n/(n−1)
 * small-sample correction). O(n log n).
 *
 * Reference: C. Gini, "Variabilità e mutabilità" (1912); the sorted-sum form as in A. Sen,
 * On Economic Inequality (1973), ch. 2.
 */
import { checkSizes } from './hhi.js';

/** Gini coefficient; 0 for no firm, one firm, or all sizes zero. */
export function gini(sizes: readonly number[]): number {
  checkSizes(sizes, 'metrics/indices/gini');
  const n = sizes.length;
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (n < 2 || total === 0) return 0;
  const sorted = [...sizes].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, size, i) => sum + (i + 1) * size, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
