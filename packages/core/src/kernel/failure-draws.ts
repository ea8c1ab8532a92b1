/**
 * Seeded random failure draws: in each draw every supplier fails independently with its own
 * probability. Draws come in batches of 32, one bit per draw in a word per supplier, the input of
 * the batch kernels (engine/batch-kernel.ts).
 *
 * The numbers come from pure-rand's xoroshiro128+ seeded with a 32-bit seed, used in a fixed order
 * (draw by draw, supplier by supplier, one 32-bit number each), and a supplier fails when its
 * number is below round(p x 2^32): integer arithmetic only, so the same seed gives the same draws
 * on every machine and in every browser, whatever the batch size. O(suppliers) per draw.
 *
 * Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47 (2021); pure-rand (https://github.com/dubzzz/pure-rand).
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

import { LANES } from './batch-kernel.js';

const TWO_TO_32 = 0x100000000;

export class FailureDraws {
  private readonly rng: RandomGenerator;
  private readonly threshold: Float64Array;
  /** Draws made so far. */
  drawn = 0;

  /** `probabilities[s]`: the failure probability of supplier s (snapshot order), from 0 to 1. */
  constructor(probabilities: ArrayLike<number>, seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
    this.threshold = Float64Array.from(probabilities, (p) => Math.round(p * TWO_TO_32));
  }

  /** Fills `masks` (one word per supplier) with the next `lanes` draws (at most 32); unused lanes stay 0. */
  next(masks: Int32Array, lanes: number = LANES): void {
    const { rng, threshold } = this;
    const suppliers = threshold.length;
    masks.fill(0, 0, suppliers);
    for (let j = 0; j < lanes; j++) {
      const bit = 1 << j;
      for (let s = 0; s < suppliers; s++) {
        if (rng.next() >>> 0 < threshold[s]!) masks[s]! |= bit;
      }
    }
    this.drawn += lanes;
  }
}
