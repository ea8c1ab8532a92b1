/**
 * Kernels that run a batch of up to 32 failure draws at once: the interface both propagation
 * kernels share, so that a simulation can use either (or both) and get the same numbers.
 *
 * A batch is given as one 32-bit word per supplier: bit j of `masks[s]` is set when supplier s
 * fails in draw j of the batch (lane j). Running a batch fills, per lane, the organisations
 * affected, those losing a critical function, and their population (unknown counts as 0).
 */

/** Lanes per batch: the bits of one machine word. */
export const LANES = 32;

export interface BatchResult {
  organisations: Int32Array;
  criticalOrganisations: Int32Array;
  population: Float64Array;
}

export function createBatchResult(): BatchResult {
  return {
    organisations: new Int32Array(LANES),
    criticalOrganisations: new Int32Array(LANES),
    population: new Float64Array(LANES),
  };
}

export type KernelName = 'per-draw' | 'bit-parallel';

export interface BatchKernel {
  readonly name: KernelName;
  /** Loads a batch: `masks` has one word per supplier (by snapshot index); it is copied. */
  load(masks: Int32Array): void;
  /**
   * Runs the loaded batch for the lanes set in `laneMask` (other lanes of `out` are set to 0),
   * with supplier `without` kept up (-1: none), as if it had not failed in any draw.
   */
  run(out: BatchResult, laneMask: number, without: number): void;
}

/** Index (0..31) of the lowest set bit of a non-zero word. */
export const lowestBit = (word: number): number => 31 - Math.clz32(word & -word);

/** Number of set bits of a 32-bit word. */
export function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
