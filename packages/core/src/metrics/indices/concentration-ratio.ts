/**
 * Concentration ratio CR_k: the combined market share (0..1) of the k largest firms. CR1 is the
 * leader's share; CR3 and CR5 are the usual summaries beside the HHI. O(n log n) for the sort.
 *
 * Reference: the k-firm concentration ratio of industrial economics, for example OECD, Glossary of
 * Industrial Organisation Economics and Competition Law (1993), "concentration ratio".
 */
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import { checkSizes } from './hhi.js';

/** Share of the `k` largest sizes in the total; 0 for an empty market. */
export function concentrationRatio(sizes: readonly number[], k: number): number {
  checkSizes(sizes, 'metrics/indices/concentration-ratio');
  if (!Number.isInteger(k) || k < 1) {
    throw new KedjaError(
      CORE_ERROR_CODES.badOption,
      'metrics/indices/concentration-ratio: k must be a whole number ≥ 1',
    );
  }
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0) return 0;
  const top = [...sizes].sort((a, b) => b - a).slice(0, k);
  return top.reduce((sum, size) => sum + size, 0) / total;
}
