/**
 * Summary of a sample of draws: mean, median, 95th and 99th percentiles and maximum. Percentiles
 * are by nearest rank (the smallest value with at least that share of draws at or below it), so
 * every figure is a value some draw actually had. O(n log n) for the sort.
 */
export interface Distribution {
  mean: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(values: Float64Array): Distribution {
  const n = values.length;
  if (n === 0) return { mean: 0, median: 0, p95: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  // Integer arithmetic for the rank, so that 95 % of 60 draws is exactly the 57th value.
  const rank = (percent: number) => sorted[Math.max(0, Math.ceil((percent * n) / 100) - 1)]!;
  return { mean: sum / n, median: rank(50), p95: rank(95), p99: rank(99), max: sorted[n - 1]! };
}
