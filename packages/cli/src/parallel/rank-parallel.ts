/**
 * The systemic ranking on several threads: the suppliers are dealt round-robin to worker threads
 * that share the kernel's arrays (copied once into SharedArrayBuffers), each with its own scratch
 * state. The answer is exactly `engine.rank()`'s. Pays off on large graphs (the EU size, where one
 * ranking takes about half a second); a pool is reused across rankings.
 *
 * Node-only (worker_threads), so it lives in the CLI package, not in core.
 */
import { Worker } from 'node:worker_threads';

import { compareRankEntries, type RankEntry } from '@kedja/core';
import { KERNEL_FIELDS, type KernelSnapshot, type Snapshot } from '@kedja/core/kernel';

import { shareSnapshot, workerEntry } from './shared-snapshot.js';

/** Only what the counting kernel reads, in shared memory. */
function kernelOf(snapshot: Snapshot): KernelSnapshot {
  return shareSnapshot(snapshot, KERNEL_FIELDS) as unknown as KernelSnapshot;
}

export class RankingPool {
  private readonly workers: Worker[];
  private readonly snapshot: Snapshot;

  constructor(snapshot: Snapshot, threads: number) {
    this.snapshot = snapshot;
    const kernel = kernelOf(snapshot);
    const { url, workerData } = workerEntry('rank-worker');
    this.workers = Array.from(
      { length: Math.max(1, threads) },
      () => new Worker(url, { workerData: { ...workerData, kernel } }),
    );
  }

  async rank(): Promise<RankEntry[]> {
    const { snapshot, workers } = this;
    const n = workers.length;
    const slices = workers.map((_w, k) => {
      const count = Math.max(0, Math.ceil((snapshot.supplierCount - k) / n));
      return Int32Array.from({ length: count }, (_x, i) => k + i * n);
    });
    const results = await Promise.all(
      workers.map(
        (worker, k) =>
          new Promise<Float64Array>((resolve, reject) => {
            const done = (out: Float64Array) => {
              worker.off('error', failed);
              resolve(out);
            };
            const failed = (error: Error) => {
              worker.off('message', done);
              reject(error);
            };
            worker.once('message', done);
            worker.once('error', failed);
            worker.postMessage({ suppliers: slices[k] });
          }),
      ),
    );
    const entries: RankEntry[] = [];
    results.forEach((out, k) => {
      slices[k]!.forEach((supplier, i) => {
        entries.push({
          supplier: snapshot.ids[supplier]!,
          organisations: out[i * 6]!,
          criticalOrganisations: out[i * 6 + 1]!,
          services: out[i * 6 + 2]!,
          suppliers: out[i * 6 + 3]! - 1,
          population: out[i * 6 + 4]!,
          residents: out[i * 6 + 5]!,
        });
      });
    });
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
