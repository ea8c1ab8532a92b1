/**
 * A ranking worker: runs the counting kernel on the kernel arrays shared with the main thread (no
 * copy). At each `rank` message it takes chunks of suppliers from the shared counter (`next`,
 * Atomics.add) until none are left, writes six numbers per supplier into the shared `results`
 * (at the supplier's own place), and says how many it counted.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { Propagator, type KernelSnapshot } from '@kedja/core/kernel';

const { kernel, next, results, fields } = workerData as {
  kernel: KernelSnapshot;
  next: Int32Array;
  results: Float64Array;
  /** Numbers per supplier in `results` (RANK_FIELDS). */
  fields: number;
};
const propagator = new Propagator(kernel);
const member = new Int32Array(1);

parentPort!.on('message', ({ chunk }: { chunk: number }) => {
  const count = kernel.supplierCount;
  let counted = 0;
  for (let first = Atomics.add(next, 0, chunk); first < count; first = Atomics.add(next, 0, chunk)) {
    for (let supplier = first, end = Math.min(count, first + chunk); supplier < end; supplier++) {
      member[0] = supplier;
      const s = propagator.count(member);
      const at = supplier * fields;
      results[at] = s.organisations;
      results[at + 1] = s.criticalOrganisations;
      results[at + 2] = s.failedServices;
      results[at + 3] = s.failedSuppliers;
      results[at + 4] = s.population;
      results[at + 5] = s.residents;
      counted++;
    }
  }
  parentPort!.postMessage(counted);
});
