/**
 * A Monte Carlo worker: runs batches of 32 draws (one mask word per supplier) through a batch
 * kernel on the shared snapshot and sends back the damage of every draw.
 */
import { parentPort, workerData } from 'node:worker_threads';

import {
  BitParallelKernel,
  createBatchResult,
  LANES,
  PerDrawKernel,
  type BatchKernel,
  type KernelName,
  type Snapshot,
} from '@kedja/core/kernel';

const { snapshot, kernel: name } = workerData as { snapshot: Snapshot; kernel: KernelName };
const kernel: BatchKernel = name === 'bit-parallel' ? new BitParallelKernel(snapshot) : new PerDrawKernel(snapshot);
const out = createBatchResult();

interface Job {
  /** Masks of several batches, one after another (supplierCount words each). */
  masks: Int32Array;
  /** Lanes used in each batch. */
  lanes: Int32Array;
}

parentPort!.on('message', ({ masks, lanes }: Job) => {
  const suppliers = snapshot.supplierCount;
  const result = new Float64Array(lanes.length * LANES * 3);
  for (let b = 0; b < lanes.length; b++) {
    const used = lanes[b]!;
    kernel.load(masks.subarray(b * suppliers, (b + 1) * suppliers));
    kernel.run(out, used === LANES ? -1 : (1 << used) - 1, -1);
    for (let j = 0; j < used; j++) {
      const at = (b * LANES + j) * 3;
      result[at] = out.organisations[j]!;
      result[at + 1] = out.criticalOrganisations[j]!;
      result[at + 2] = out.population[j]!;
    }
  }
  parentPort!.postMessage(result, [result.buffer]);
});
