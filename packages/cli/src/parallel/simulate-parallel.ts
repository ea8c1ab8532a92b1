/**
 * Monte Carlo on several threads: the main thread makes the seeded draws (the same draws as
 * `simulateFailures`, so the same seed gives the same numbers) and deals them, in chunks of a few
 * batches of 32 as they are made, round-robin to worker threads that run a batch kernel on the
 * snapshot, shared once; then it gathers the damage of every draw. The distributions equal those of `simulateFailures` without attribution (tested).
 *
 * Node-only (worker_threads), so it lives in the CLI package, not in core.
 */
import { Worker } from 'node:worker_threads';

import { FailureDraws, LANES, type KernelName, type Snapshot } from '@kedja/core/kernel';

import { shareSnapshot, workerEntry } from './shared-snapshot.js';

/** Batches of 32 draws handed to a worker at a time. */
const CHUNK = 4;

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

  /**
   * The damage of each of `samples` draws with these per-supplier probabilities and seed. The draws
   * are made here, in order, and handed out in chunks of CHUNK batches round-robin as they are made,
   * so that the workers propagate one chunk while the next is drawn: the time is about the larger of
   * drawing and half the propagation, never the sum (drawing is most of the work at low
   * probabilities, where one thread draws and propagates in turn).
   */
  async run(probabilities: ArrayLike<number>, samples: number, seed: number): Promise<DrawDamage> {
    const suppliers = this.snapshot.supplierCount;
    const n = this.workers.length;
    const batches = Math.ceil(samples / LANES);
    const chunks = Math.ceil(batches / CHUNK);
    const draws = new FailureDraws(probabilities, seed);
    const results: Float64Array[] = new Array<Float64Array>(chunks);
    const finished = this.workers.map((worker, k) => {
      const expected = Math.max(0, Math.ceil((chunks - k) / n));
      let received = 0;
      return new Promise<void>((resolve, reject) => {
        const stop = () => {
          worker.off('message', done);
          worker.off('error', failed);
        };
        const done = (result: Float64Array) => {
          results[k + received * n] = result;
          if (++received === expected) {
            stop();
            resolve();
          }
        };
        const failed = (error: Error) => {
          stop();
          reject(error);
        };
        if (expected === 0) return resolve();
        worker.on('message', done);
        worker.once('error', failed);
      });
    });
    const scratch = new Int32Array(suppliers);
    for (let c = 0; c < chunks; c++) {
      const first = c * CHUNK;
      const count = Math.min(CHUNK, batches - first);
      const job = { masks: new Int32Array(count * suppliers), lanes: new Int32Array(count) };
      for (let i = 0; i < count; i++) {
        const lanes = Math.min(LANES, samples - (first + i) * LANES);
        draws.next(scratch, lanes);
        job.masks.set(scratch, i * suppliers);
        job.lanes[i] = lanes;
      }
      this.workers[c % n]!.postMessage(job, [job.masks.buffer, job.lanes.buffer]);
    }
    await Promise.all(finished);
    const damage: DrawDamage = {
      organisations: new Float64Array(samples),
      criticalOrganisations: new Float64Array(samples),
      population: new Float64Array(samples),
    };
    for (let b = 0; b < batches; b++) {
      const result = results[Math.floor(b / CHUNK)]!;
      const slot = b % CHUNK;
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
