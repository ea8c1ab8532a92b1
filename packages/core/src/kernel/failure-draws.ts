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
 * Threads can share the making of one sequence of draws: `skip` jumps the generator past draws
 * without making them (kernel/jump-ahead.ts), `state` and `resume` carry it to another thread, so
 * each thread makes its own batches and they are the batches one thread would have made.
 * O(log(draws x suppliers)) 128-bit matrix products for a skip of a new length, O(1) for one of
 * the last length again.
 *
 * Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47 (2021); pure-rand (https://github.com/dubzzz/pure-rand).
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

import { LANES } from './batch-kernel.js';
import { jump, jumpMatrix, type JumpMatrix } from './jump-ahead.js';

const TWO_TO_32 = 0x100000000;

/** Where a sequence of draws is: the generator's state (four 32-bit words) and the draws made so far. */
export interface DrawState {
  generator: readonly number[];
  drawn: number;
}

export class FailureDraws {
  private rng: RandomGenerator;
  private readonly threshold: Float64Array;
  /** The jump of the last skip, kept for the next skip of the same length. */
  private skipped: { draws: number; matrix: JumpMatrix } | undefined;
  /** Draws made (or skipped) so far. */
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

  /** Moves past the next `draws` draws without making them: `next` then gives the draws after them. */
  skip(draws: number): void {
    if (!Number.isSafeInteger(draws) || draws < 0) throw new RangeError(`draws to skip: ${draws}`);
    if (this.skipped?.draws !== draws) {
      this.skipped = { draws, matrix: jumpMatrix(draws * this.threshold.length) };
    }
    this.rng = xoroshiro128plusFromState(jump(this.skipped.matrix, this.rng.getState()));
    this.drawn += draws;
  }

  /** Where the draws are: `resume` with it continues them (on the same probabilities), in another thread too. */
  state(): DrawState {
    return { generator: [...this.rng.getState()], drawn: this.drawn };
  }

  /** Continues from a `state` of draws on the same probabilities. */
  resume(state: DrawState): void {
    this.rng = xoroshiro128plusFromState(state.generator);
    this.drawn = state.drawn;
  }
}
