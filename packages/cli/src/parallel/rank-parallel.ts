/**
 * The systemic ranking on several threads: worker threads share the kernel's arrays (copied once
 * into SharedArrayBuffers), each with its own scratch state, and take the suppliers in chunks from
 * a shared counter until none are left, so that a thread that drew the few large suppliers does
 * not keep the others waiting; each writes its counts into one shared array at the supplier's
 * place. The answer is exactly `engine.rank()`'s. Pays off on large graphs (the EU size, where one
 * ranking takes about half a second); a pool is reused across rankings.
 *
 * Node-only (worker_threads), so it lives in the CLI package, not in core.
 */
import { Worker } from 'node:worker_threads';

import { compareRankEntries, type RankEntry } from '@kedja/core';
import { KERNEL_FIELDS, type KernelSnapshot, type Snapshot } from '@kedja/core/kernel';
import { workerEntry } from '@kedja/importer/worker-entry';

import { shareSnapshot } from './shared-snapshot.js';

/** Only what the counting kernel reads, in shared memory. */
function kernelOf(snapshot: Snapshot): KernelSnapshot {
  return shareSnapshot(snapshot, KERNEL_FIELDS) as unknown as KernelSnapshot;
}

/** Numbers counted per supplier: organisations, critical ones, services, suppliers, population, residents. */
const RANK_FIELDS = 6;

/**
 * Suppliers a worker takes at a time: about 32 chunks per thread, so that the last chunks even
 * out the threads, and at most 256 (a chunk costs one atomic add).
 */
const chunkSize = (suppliers: number, threads: number) =>
  Math.max(1, Math.min(256, Math.floor(suppliers / (threads * 32))));

export class RankingPool {
  private readonly workers: Worker[];
  private readonly snapshot: Snapshot;
  /** The next supplier to be taken (shared with the workers). */
  private readonly next = new Int32Array(new SharedArrayBuffer(4));
  /** RANK_FIELDS numbers per supplier, written by the workers. */
  private readonly results: Float64Array;

  constructor(snapshot: Snapshot, threads: number) {
    this.snapshot = snapshot;
    this.results = new Float64Array(new SharedArrayBuffer(snapshot.supplierCount * RANK_FIELDS * 8));
    const kernel = kernelOf(snapshot);
    const { file, workerData } = workerEntry(import.meta.url, 'rank-worker');
    const { next, results } = this;
    this.workers = Array.from(
      { length: Math.max(1, threads) },
      () => new Worker(file, { workerData: { ...workerData, kernel, next, results, fields: RANK_FIELDS } }),
    );
  }

  async rank(): Promise<RankEntry[]> {
    const { snapshot, workers, next, results } = this;
    const count = snapshot.supplierCount;
    Atomics.store(next, 0, 0);
    const chunk = chunkSize(count, workers.length);
    const counted = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<number>((resolve, reject) => {
            const done = (suppliers: number) => {
              worker.off('error', failed);
              resolve(suppliers);
            };
            const failed = (error: Error) => {
              worker.off('message', done);
              reject(error);
            };
            worker.once('message', done);
            worker.once('error', failed);
            worker.postMessage({ chunk });
          }),
      ),
    );
    const total = counted.reduce((sum, n) => sum + n, 0);
    if (total !== count) throw new Error(`rank-parallel: the workers counted ${total} of ${count} suppliers`);
    const entries: RankEntry[] = [];
    for (let supplier = 0; supplier < count; supplier++) {
      const at = supplier * RANK_FIELDS;
      entries.push({
        supplier: snapshot.ids[supplier]!,
        organisations: results[at]!,
        criticalOrganisations: results[at + 1]!,
        services: results[at + 2]!,
        suppliers: results[at + 3]! - 1,
        population: results[at + 4]!,
        residents: results[at + 5]!,
      });
    }
    return entries.sort(compareRankEntries);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** One ranking on `threads` worker threads. */
export async function rankInParallel(snapshot: Snapshot, threads: number): Promise<RankEntry[]> {
  const pool = new RankingPool(snapshot, threads);
  try {
    return await pool.rank();
  } finally {
    await pool.close();
  }
}
