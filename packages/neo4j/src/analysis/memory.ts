/**
 * Transaction memory, bounded by batching. Every analysis query is sent work in chunks of at most
 * `queryBatchSize` [scenario, node] pairs, so the memory a query needs in the server grows with
 * the chunk, not with the graph or the number of scenarios; a query's memory is released when it
 * ends, so a transaction of many chunks needs no more than its largest chunk.
 *
 * When the server still runs short (a small heap, other transactions using the pool, a
 * `db.memory.transaction.max` below what a chunk needs), the transaction is rolled back and tried
 * again with half the chunk size, down to one pair per query; only then the error reaches the
 * caller, with what to change. The answer does not depend on the chunk size.
 */
import { KedjaError } from '@kedja/core';
import type { ManagedTransaction } from 'neo4j-driver';

import { NEO4J_CODES } from '../errors.js';

/** [scenario, node] pairs per query unless told otherwise. */
export const DEFAULT_QUERY_BATCH_SIZE = 10_000;

/** The server's codes for a transaction or query that ran out of memory. */
const MEMORY_CODES: ReadonlySet<string> = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);

export function isMemoryError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && MEMORY_CODES.has(code);
}

/**
 * A transaction that ran out of memory in the server. A `KedjaError`, not a driver error, so the
 * driver does not retry it as it is (a transient error would be retried, unchanged, for 30 s).
 */
export class MemoryShortage extends KedjaError {
  constructor(readonly serverMessage: string) {
    super(
      NEO4J_CODES.failed,
      `the Neo4j server ran out of transaction memory even with one [scenario, node] pair per query ` +
        `(${serverMessage}); give it more heap, or raise dbms.memory.transaction.total.max or db.memory.transaction.max`,
    );
  }
}

/** `work` with a server memory error turned into a `MemoryShortage`. */
export function guardMemory<T>(work: (tx: ManagedTransaction) => Promise<T>): (tx: ManagedTransaction) => Promise<T> {
  return async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      if (isMemoryError(error)) throw new MemoryShortage(String((error as Error).message ?? error));
      throw error;
    }
  };
}

/**
 * Runs `attempt(size)`; when it throws a `MemoryShortage`, runs it again with half the size, down
 * to 1. `attempt` must be a whole transaction (nothing of a failed attempt is kept).
 */
export async function withShrinkingBatches<T>(
  size: number,
  attempt: (size: number) => Promise<T>,
  onShrink?: (size: number) => void,
): Promise<T> {
  for (let current = Math.max(1, Math.floor(size)); ; current = Math.max(1, Math.floor(current / 2))) {
    try {
      return await attempt(current);
    } catch (error) {
      if (!(error instanceof MemoryShortage) || current === 1) throw error;
      onShrink?.(Math.max(1, Math.floor(current / 2)));
    }
  }
}

/** `items` in consecutive chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
