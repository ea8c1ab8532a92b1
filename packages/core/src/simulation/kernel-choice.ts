/**
 * Which batch kernel runs a batch of draws in a simulation. Both kernels give the same numbers, so
 * the choice is only about speed: per-draw propagation costs what each blast touches; bit-parallel
 * costs one pass over the graph per 32 draws. The first batches run per draw and measure the work;
 * from then on each batch takes the kernel with the smaller estimate, the per-draw work measured
 * so far against the bit-parallel work measured (or, before it has run, estimated from the
 * snapshot's size, so that it is only built when chosen). Also counts the batches each kernel ran.
 * docs/engine.md: bit-parallel wins when draws hit about a tenth of the graph or more.
 *
 * O(1) per choice; building the bit-parallel kernel is one pass over the graph.
 */
import {
  BitParallelKernel,
  PerDrawKernel,
  type BatchKernel,
  type KernelName,
  type Propagator,
  type Snapshot,
} from '../kernel/index.js';

/**
 * Relative time per unit of work of each kernel: measured on synthetic graphs of 25,000 and 57,000
 * nodes (200,000 and 400,000 edges), where a bit-parallel word operation took 0.18 to 0.6 of the
 * time of a per-draw step (a propagation step is a random memory access; a word pass reads in order).
 */
export const KERNEL_COST = { perDraw: 1, bitParallel: 0.3 } as const;
/** Batches run per draw before the kernels are compared. */
const PILOT_BATCHES = 4;

export class KernelChoice {
  /** Batches of 32 draws run by each kernel (a leave-one-out run counts as one). */
  readonly batches: Record<KernelName, number> = { 'per-draw': 0, 'bit-parallel': 0 };
  private readonly perDraw: PerDrawKernel;
  private bitParallel: BitParallelKernel | undefined;

  constructor(
    private readonly snapshot: Snapshot,
    propagator: Propagator,
    private readonly choice: 'auto' | KernelName,
  ) {
    this.perDraw = new PerDrawKernel(snapshot, propagator);
  }

  /** The kernel for a batch expected to run `draws` per-draw propagations, or `words` bit-parallel passes. */
  pick(draws: number, words: number, batch: number): BatchKernel {
    const { perDraw, bitParallel } = this;
    if (this.choice === 'per-draw') return perDraw;
    if (this.choice === 'bit-parallel') return this.bit();
    if (batch < PILOT_BATCHES || perDraw.draws === 0) return perDraw;
    const perDrawCost = (perDraw.work / perDraw.draws) * draws * KERNEL_COST.perDraw;
    const perBatch =
      bitParallel && bitParallel.batches > 0
        ? bitParallel.work / bitParallel.batches
        : BitParallelKernel.estimateWork(this.snapshot);
    const bitCost = perBatch * words * KERNEL_COST.bitParallel;
    return bitCost < perDrawCost ? this.bit() : perDraw;
  }

  /** Counts `runs` batches run by `kernel`. */
  ran(kernel: BatchKernel, runs: number): void {
    this.batches[kernel.name] += runs;
  }

  private bit(): BitParallelKernel {
    return (this.bitParallel ??= new BitParallelKernel(this.snapshot));
  }
}
