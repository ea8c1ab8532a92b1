/**
 * Herfindahl–Hirschman index of a market: the sum of the squared market shares, in percentage
 * points, so 10,000 for a monopoly and near 0 for a fragmented market. Sizes are any non-negative
 * measure (here: organisations served); they are turned into shares first. O(n).
 *
 * Reference: U.S. Department of Justice and Federal Trade Commission, Merger Guidelines (2023),
 * section 2.1: above 1,800 a market is highly concentrated, 1,000 to 1,800 moderately.
 */
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';

export const HHI_HIGHLY_CONCENTRATED = 1800;
export const HHI_MODERATELY_CONCENTRATED = 1000;

/** Throws unless every size is a finite number ≥ 0. */
export function checkSizes(sizes: readonly number[], path: string): void {
  if (
    !Array.isArray(sizes) ||
    sizes.some((size) => typeof size !== 'number' || !(size >= 0) || !Number.isFinite(size))
  ) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${path}: sizes must be finite numbers of 0 or more`);
  }
}

/** HHI on the 0–10,000 scale; 0 for an empty market (no sizes or all zero). */
export function hhi(sizes: readonly number[]): number {
  checkSizes(sizes, 'metrics/indices/hhi');
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0) return 0;
  return sizes.reduce((sum, size) => sum + ((100 * size) / total) ** 2, 0);
}

/** The guidelines' reading of an HHI. */
export function hhiLevel(value: number): 'highly concentrated' | 'moderately concentrated' | 'unconcentrated' {
  return value > HHI_HIGHLY_CONCENTRATED
    ? 'highly concentrated'
    : value >= HHI_MODERATELY_CONCENTRATED
      ? 'moderately concentrated'
      : 'unconcentrated';
}
