/**
 * Monte Carlo on several threads: worker threads that share the snapshot (copied once into
 * SharedArrayBuffers when the pool is made) each make and propagate their share of the seeded
 * draws. The draws are those of `simulateFailures` (the same seed gives the same numbers): the main
 * thread only jumps the generator from chunk to chunk (FailureDraws.skip, a few 128-bit matrix
 * products) and sends each chunk's starting state, a few numbers, to whichever worker is free;
 * then it gathers the damage of every draw. Making the draws is most of the work at low
 * probabilities, so it is shared too. The distributions equal those of `simulateFailures` without
 * attribution (tested).
 *
 * Node-only (worker_threads), so it lives in the CLI package, not in core.
 */
import { Worker } from 'node:worker_threads';

import { FailureDraws, LANES, type KernelName, type Snapshot } from '@kedja/core/kernel';
import { workerEntry } from '@kedja/importer/worker-entry';

import { shareSnapshot } from './shared-snapshot.js';

/** Chunks per worker in a run, at least: small enough that the workers finish together. */
const CHUNKS_PER_WORKER = 16;
/** Chunks sent ahead to each worker, so that none waits for the main thread. */
const IN_FLIGHT = 2;

export interface DrawDamage {
  organisations: Float64Array;
  criticalOrganisations: Float64Array;
  population: Float64Array;
}

interface ChunkResult {
  chunk: number;
  /** Three numbers per draw of the chunk: organisations, critical organisations, population. */
  result: Float64Array;
}

export class SimulationPool {
  private readonly workers: Worker[];
  private readonly snapshot: Snapshot;

  constructor(snapshot: Snapshot, threads: number, kernel: KernelName) {
    this.snapshot = snapshot;
    const shared = shareSnapshot(snapshot);
    const { file, workerData } = workerEntry(import.meta.url, 'simulate-worker');
    this.workers = Array.from(
      { length: Math.max(1, threads) },
      () => new Worker(file, { workerData: { ...workerData, snapshot: shared, kernel } }),
    );
  }

  /**
   * The damage of each of `samples` draws with these per-supplier probabilities and seed. The draws
   * are cut into chunks of whole batches of 32; each worker gets IN_FLIGHT chunks at first and the
   * next one whenever it sends one back, so a worker that is slowed down takes fewer.
   */
  async run(probabilities: ArrayLike<number>, samples: number, seed: number): Promise<DrawDamage> {
    if (probabilities.length !== this.snapshot.supplierCount) {
      throw new RangeError(`one probability per supplier: ${this.snapshot.supplierCount}, not ${probabilities.length}`);
    }
    const n = this.workers.length;
    const size = Math.max(1, Math.ceil(samples / LANES / (n * CHUNKS_PER_WORKER))) * LANES;
    const chunks = Math.ceil(samples / size);
    const draws = new FailureDraws(probabilities, seed);
    const damage: DrawDamage = {
      organisations: new Float64Array(samples),
      criticalOrganisations: new Float64Array(samples),
      population: new Float64Array(samples),
    };
    let next = 0;
    /** Sends the next chunk to `worker`; false when none is left. */
    const send = (worker: Worker): boolean => {
      if (next === chunks) return false;
      const chunk = next++;
      const state = draws.state();
      if (next < chunks) draws.skip(size);
      worker.postMessage({ chunk, state, count: Math.min(size, samples - chunk * size) });
      return true;
    };
    const keep = ({ chunk, result }: ChunkResult) => {
      for (let i = 0, d = chunk * size; i < result.length; i += 3, d++) {
        damage.organisations[d] = result[i]!;
        damage.criticalOrganisations[d] = result[i + 1]!;
        damage.population[d] = result[i + 2]!;
      }
    };
    const values = Float64Array.from(probabilities);
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const stop = () => {
              worker.off('message', done);
              worker.off('error', failed);
            };
            const done = (message: ChunkResult) => {
              keep(message);
              pending += send(worker) ? 0 : -1;
              if (pending === 0) {
                stop();
                resolve();
              }
            };
            const failed = (error: Error) => {
              stop();
              reject(error);
            };
            worker.postMessage({ probabilities: values });
            for (let i = 0; i < IN_FLIGHT; i++) pending += send(worker) ? 1 : 0;
            if (pending === 0) return resolve();
            worker.on('message', done);
            worker.once('error', failed);
          }),
      ),
    );
    return damage;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
