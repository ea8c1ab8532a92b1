/**
 * A Monte Carlo worker: makes the seeded draws of the chunks it is given itself (from the
 * generator's state at each chunk's first draw, jumped to by the main thread), runs them 32 at a
 * time through a batch kernel on the shared snapshot, and sends back the damage of every draw.
 * The kernel, its scratch state and the masks are made once per worker and reused.
 */
import { parentPort, workerData } from 'node:worker_threads';

import {
  BitParallelKernel,
  createBatchResult,
  FailureDraws,
  LANES,
  PerDrawKernel,
  type BatchKernel,
  type DrawState,
  type KernelName,
  type Snapshot,
} from '@kedja/core/kernel';

const { snapshot, kernel: name } = workerData as { snapshot: Snapshot; kernel: KernelName };
const kernel: BatchKernel = name === 'bit-parallel' ? new BitParallelKernel(snapshot) : new PerDrawKernel(snapshot);
const out = createBatchResult();
const masks = new Int32Array(snapshot.supplierCount);
let draws = new FailureDraws([], 0);

/** A run's probabilities (sent once per run), or a chunk of its draws. */
type Message = { probabilities: Float64Array } | Chunk;

interface Chunk {
  chunk: number;
  /** The draws at the chunk's first draw. */
  state: DrawState;
  /** Draws in the chunk. */
  count: number;
}

parentPort!.on('message', (message: Message) => {
  if ('probabilities' in message) {
    draws = new FailureDraws(message.probabilities, 0);
    return;
  }
  const { chunk, state, count } = message;
  draws.resume(state);
  const result = new Float64Array(count * 3);
  for (let first = 0; first < count; first += LANES) {
    const lanes = Math.min(LANES, count - first);
    draws.next(masks, lanes);
    kernel.load(masks);
    kernel.run(out, lanes === LANES ? -1 : (1 << lanes) - 1, -1);
    for (let j = 0; j < lanes; j++) {
      const at = (first + j) * 3;
      result[at] = out.organisations[j]!;
      result[at + 1] = out.criticalOrganisations[j]!;
      result[at + 2] = out.population[j]!;
    }
  }
  parentPort!.postMessage({ chunk, result }, [result.buffer]);
});
