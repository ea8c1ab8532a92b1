/**
 * A ranking worker: runs the counting kernel for the suppliers it is given, on the kernel arrays
 * shared with the main thread (no copy), and sends back six numbers per supplier.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { Propagator, type KernelSnapshot } from '@kedja/core/kernel';

interface Job {
  suppliers: Int32Array;
}

const propagator = new Propagator((workerData as { kernel: KernelSnapshot }).kernel);
const member = new Int32Array(1);
/** Numbers sent back per supplier. */
const FIELDS = 6;

parentPort!.on('message', ({ suppliers }: Job) => {
  const out = new Float64Array(suppliers.length * FIELDS);
  for (let i = 0; i < suppliers.length; i++) {
    member[0] = suppliers[i]!;
    const s = propagator.count(member);
    out.set(
      [s.organisations, s.criticalOrganisations, s.failedServices, s.failedSuppliers, s.population, s.residents],
      i * FIELDS,
    );
  }
  parentPort!.postMessage(out, [out.buffer]);
});
