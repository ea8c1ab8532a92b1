/**
 * Monte Carlo on several threads: the main thread makes the seeded draws (the same draws as
 * `simulateFailures`, so the same seed gives the same numbers), deals the batches of 32 round-robin
 * to worker threads that run a batch kernel on the shared snapshot, and gathers the damage of every
 * draw. The distributions equal those of `simulateFailures` without attribution (tested).
 *
 * Node-only (worker_threads), so it lives in the CLI package, not in core.
 */
import { Worker } from 'node:worker_threads';

import { FailureDraws, LANES, type KernelName, type Snapshot } from '@kedja/core/kernel';

import { shareSnapshot, workerEntry } from './shared-snapshot.js';

export interface DrawDamage {
  organisations: Float64Array;
  criticalOrganisations: Float64Array;
  population: Float64Array;
}

export class SimulationPool {
  private readonly workers: Worker[];
  private readonly snapshot: Snapshot;

  constructor(snapshot: Snapshot, threads: number, kernel: KernelName) {
    this.snapshot = snapshot;
    const shared = shareSnapshot(snapshot);
    const { url, workerData } = workerEntry('simulate-worker');
    this.workers = Array.from(
      { length: Math.max(1, threads) },
      () => new Worker(url, { workerData: { ...workerData, snapshot: shared, kernel } }),
    );
  }

  /** The damage of each of `samples` draws with these per-supplier probabilities and seed. */
  async run(probabilities: ArrayLike<number>, samples: number, seed: number): Promise<DrawDamage> {
    const suppliers = this.snapshot.supplierCount;
    const n = this.workers.length;
    const batches = Math.ceil(samples / LANES);
    const draws = new FailureDraws(probabilities, seed);
    const mine = (k: number) => Math.max(0, Math.ceil((batches - k) / n));
    const jobs = this.workers.map((_w, k) => ({
      masks: new Int32Array(mine(k) * suppliers),
      lanes: new Int32Array(mine(k)),
    }));
    const scratch = new Int32Array(suppliers);
    for (let b = 0; b < batches; b++) {
      const lanes = Math.min(LANES, samples - b * LANES);
      draws.next(scratch, lanes);
      const job = jobs[b % n]!;
      const slot = Math.floor(b / n);
      job.masks.set(scratch, slot * suppliers);
      job.lanes[slot] = lanes;
    }
    const results = await Promise.all(
      this.workers.map(
        (worker, k) =>
          new Promise<Float64Array>((resolve, reject) => {
            const done = (result: Float64Array) => {
              worker.off('error', failed);
              resolve(result);
            };
            const failed = (error: Error) => {
              worker.off('message', done);
              reject(error);
            };
            worker.once('message', done);
            worker.once('error', failed);
            const job = jobs[k]!;
            worker.postMessage(job, [job.masks.buffer, job.lanes.buffer]);
          }),
      ),
    );
    const damage: DrawDamage = {
      organisations: new Float64Array(samples),
      criticalOrganisations: new Float64Array(samples),
      population: new Float64Array(samples),
    };
    for (let b = 0; b < batches; b++) {
      const result = results[b % n]!;
      const slot = Math.floor(b / n);
      const lanes = Math.min(LANES, samples - b * LANES);
      for (let j = 0; j < lanes; j++) {
        const at = (slot * LANES + j) * 3;
        const d = b * LANES + j;
        damage.organisations[d] = result[at]!;
        damage.criticalOrganisations[d] = result[at + 1]!;
        damage.population[d] = result[at + 2]!;
      }
    }
    return damage;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
