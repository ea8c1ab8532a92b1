/**
 * The second reader of a folder's large edge tables (read-table.ts, TablePart): one worker thread
 * per folder scan (table-part-worker.ts), started as the scan starts, so that it has loaded its
 * modules by the time the first large edge table is reached. For each such table it reads the
 * simple lines of the second half with the same FastLine as this thread, into a sink that keeps
 * the edges as numbers, and sends them back; they are replayed to the scan's sink in file order.
 * Only with a second core, for the tables of `minBytes` or more; a worker that cannot start or fails
 * leaves the whole table to this thread, which reads it as it always did. O(1) here per table, plus
 * the replay, O(edges read there).
 */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { EdgeKind } from '@kedja/core';

import { workerEntry } from '../../worker-entry.js';
import type { ByteIds, ByteIdsState } from './byte-ids.js';
import { giveEdges, NODE_KIND_CODES, takesNumbers, type EdgeBlock, type NumericEdgeSink } from './edge-block.js';
import type { PartRead, TablePart } from './read-table.js';
import { TABLES, type TableSpec } from './schema.js';

/** Edge tables of this many bytes or more are read by two threads: below, starting the worker is not worth it. */
export const PART_MIN_BYTES = 16 * 1024 * 1024;

/** What the worker is asked: the simple lines of `table`'s file from `from` on, with these ids. */
export interface PartTask {
  id: number;
  path: string;
  from: number;
  crlf: boolean;
  /** The table's file name (schema.ts). */
  table: string;
  /** The ids of each kind the table's references name, by kind code. */
  ids: [number, ByteIdsState][];
}

export type PartAnswer = { id: number } & ({ ok: true; lines: number; stop: number; edges: EdgeBlock } | { ok: false });

export class TableParts {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (answer: PartAnswer | undefined) => void>();
  private next = 0;
  private failed = false;

  /** The files of the edge tables of `minBytes` or more: the tables shared. */
  private constructor(private readonly large: ReadonlySet<string>) {
    const { file, workerData } = workerEntry(import.meta.url, 'table-part-worker');
    this.worker = new Worker(file, { workerData });
    // Only a task keeps the process alive (see `ask`).
    this.worker.unref();
    this.worker.on('message', (answer: PartAnswer) => this.answer(answer.id, answer));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  /**
   * The second reader of a folder's scan, or undefined when no edge table there has `minBytes` or
   * there is one core only.
   */
  static async forFolder(
    folder: string,
    present: ReadonlySet<string>,
    minBytes = PART_MIN_BYTES,
  ): Promise<TableParts | undefined> {
    if (availableParallelism() < 2) return undefined;
    const large = new Set<string>();
    for (const table of TABLES) {
      if (!takesNumbers(table) || !present.has(table.file)) continue;
      const size = await stat(join(folder, table.file)).then(
        (s) => s.size,
        () => 0,
      );
      if (size >= minBytes) large.add(table.file);
    }
    return large.size > 0 ? new TableParts(large) : undefined;
  }

  /**
   * The TablePart of an edge table whose FastLine feeds `sink`, looking ids up in `ids`; undefined
   * for a table too small to share.
   */
  part(table: TableSpec, ids: (kind: number) => ByteIds, sink: NumericEdgeSink): TablePart | undefined {
    if (!this.large.has(table.file)) return undefined;
    const kinds = [
      ...new Set(table.columns.flatMap((c) => (c.value.type === 'ref' ? [NODE_KIND_CODES[c.value.kind]] : []))),
    ];
    return {
      read: async (path, from, crlf) => {
        const task: Omit<PartTask, 'id'> = {
          path,
          from,
          crlf,
          table: table.file,
          ids: kinds.map((kind) => [kind, ids(kind).state]),
        };
        const answer = await this.ask(task);
        return answer?.ok ? replayer(table.edge!, answer.lines, answer.stop, answer.edges, sink) : undefined;
      },
    };
  }

  /** Ends the worker. */
  async close(): Promise<void> {
    this.failed = true;
    this.worker.removeAllListeners('exit');
    this.worker.removeAllListeners('error');
    for (const id of [...this.waiting.keys()]) this.answer(id, undefined);
    await this.worker.terminate();
  }

  private ask(task: Omit<PartTask, 'id'>): Promise<PartAnswer | undefined> {
    if (this.failed) return Promise.resolve(undefined);
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.ref();
      this.worker.postMessage({ ...task, id });
    });
  }

  private answer(id: number, answer: PartAnswer | undefined): void {
    const resolve = this.waiting.get(id);
    if (resolve === undefined) return;
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
    resolve(answer);
  }

  /** A worker that cannot start or has died: its tasks, and those to come, are this thread's. */
  private fail(): void {
    this.failed = true;
    for (const id of [...this.waiting.keys()]) this.answer(id, undefined);
  }
}

/** The worker's edges, to be given to the sink from line `firstLine` on. */
function replayer(kind: EdgeKind, lines: number, stop: number, edges: EdgeBlock, sink: NumericEdgeSink): PartRead {
  return {
    lines,
    stop,
    replay(firstLine) {
      giveEdges(kind, edges, firstLine, sink);
    },
  };
}
