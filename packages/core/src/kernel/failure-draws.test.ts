import { describe, expect, it } from 'vitest';

import { FailureDraws } from './failure-draws.js';
import { LANES } from './batch-kernel.js';

/** The next `batches` batches of draws, each a copy of its masks. */
function batches(draws: FailureDraws, suppliers: number, count: number, lanes = LANES): Int32Array[] {
  return Array.from({ length: count }, () => {
    const masks = new Int32Array(suppliers);
    draws.next(masks, lanes);
    return masks;
  });
}

describe('FailureDraws: skipping and resuming', () => {
  it.each([1, 3, 37, 1000])('skip gives the draws one thread makes after the skipped ones (%i suppliers)', (n) => {
    const probabilities = Float64Array.from({ length: n }, (_x, i) => [0.5, 0.02, 0.3, 0.9][i % 4]!);
    const made = batches(new FailureDraws(probabilities, 7), n, 6);
    for (const skipped of [0, 1, 2, 5]) {
      const draws = new FailureDraws(probabilities, 7);
      draws.skip(skipped * LANES);
      expect(draws.drawn).toBe(skipped * LANES);
      expect(batches(draws, n, 6 - skipped)).toEqual(made.slice(skipped));
    }
  });

  it('skips any number of draws, a partial batch or several skips of one length', () => {
    const probabilities = [0.4, 0.6, 0.1, 0.25, 0.75];
    const one = new FailureDraws(probabilities, 11);
    batches(one, 5, 1, 5); // 5 draws
    batches(one, 5, 2); // 64 draws
    const expected = batches(one, 5, 1);
    const other = new FailureDraws(probabilities, 11);
    other.skip(5);
    other.skip(32);
    other.skip(32);
    expect(batches(other, 5, 1)).toEqual(expected);
  });

  it('resumes from a state in another instance, as another thread does', () => {
    const probabilities = [0.2, 0.05, 0.5];
    const one = new FailureDraws(probabilities, 3);
    batches(one, 3, 3);
    const state = one.state();
    const expected = batches(one, 3, 2);
    const other = new FailureDraws(probabilities, 999);
    other.resume(structuredClone(state));
    expect(other.drawn).toBe(3 * LANES);
    expect(batches(other, 3, 2)).toEqual(expected);
  });

  it('skips nothing when told 0, and refuses a negative or fractional count', () => {
    const draws = new FailureDraws([0.5], 1);
    const before = draws.state();
    draws.skip(0);
    expect(draws.state()).toEqual(before);
    expect(() => draws.skip(-1)).toThrow(RangeError);
    expect(() => draws.skip(1.5)).toThrow(RangeError);
  });
});
