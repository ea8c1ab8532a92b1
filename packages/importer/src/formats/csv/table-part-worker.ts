/**
 * The worker thread of table-part.ts: for each task, the simple lines of an edge table from a byte
 * on (read-table.ts, readSimpleLines), read by the scanner's own FastLine (fastEdges) into a sink
 * that keeps the edges as numbers, sent back with the arrays transferred. Anything unexpected is
 * answered with `ok: false`, and the asking thread reads the table itself. O(bytes read) per task.
 */
import { parentPort } from 'node:worker_threads';

import type { EdgeKind, NodeKind } from '@kedja/core';

import { ByteIds } from './byte-ids.js';
import { readSimpleLines } from './read-table.js';
import { fastEdges, type NumericSink } from './scan-folder.js';
import { TABLES } from './schema.js';
import { NODE_KIND_CODES, type EdgeBlock } from './edge-block.js';
import type { PartAnswer, PartTask } from './table-part.js';

/** The edges a FastLine gives, kept as numbers. */
class EdgeRecorder implements NumericSink {
  private source = new Int32Array(1024);
  private target = new Int32Array(1024);
  private line = new Int32Array(1024);
  private critical = new Int8Array(1024);
  private readonly labels: [number, string][] = [];
  private count = 0;
  private firstColumn = 1;

  node(): void {
    throw new Error('a table part reads edges only');
  }

  edge(): void {
    throw new Error('a table part reads simple lines only');
  }

  numericEdge(
    _kind: EdgeKind,
    source: NodeKind,
    sourceOrdinal: number,
    target: NodeKind,
    targetOrdinal: number,
    critical: boolean | undefined,
    alternatives: string,
    line: number,
    firstColumn: number,
  ): void {
    if (this.count === this.source.length) this.grow();
    const e = this.count++;
    this.source[e] = sourceOrdinal * 4 + NODE_KIND_CODES[source];
    this.target[e] = targetOrdinal * 4 + NODE_KIND_CODES[target];
    this.line[e] = line;
    this.critical[e] = critical === undefined ? 2 : critical ? 1 : 0;
    if (alternatives !== '') this.labels.push([e, alternatives]);
    this.firstColumn = firstColumn;
  }

  edges(): EdgeBlock {
    const { count } = this;
    return {
      count,
      source: this.source.slice(0, count),
      target: this.target.slice(0, count),
      line: this.line.slice(0, count),
      critical: this.critical.slice(0, count),
      labels: this.labels,
      firstColumn: this.firstColumn,
    };
  }

  private grow(): void {
    const size = this.source.length * 2;
    const grown = <T extends Int32Array | Int8Array>(old: T, make: (n: number) => T): T => {
      const array = make(size);
      array.set(old);
      return array;
    };
    this.source = grown(this.source, (n) => new Int32Array(n));
    this.target = grown(this.target, (n) => new Int32Array(n));
    this.line = grown(this.line, (n) => new Int32Array(n));
    this.critical = grown(this.critical, (n) => new Int8Array(n));
  }
}

async function run(task: PartTask): Promise<PartAnswer> {
  const table = TABLES.find((t) => t.file === task.table);
  if (table === undefined) return { id: task.id, ok: false };
  const ids = new Map(task.ids.map(([kind, state]) => [kind, ByteIds.from(state)]));
  const recorder = new EdgeRecorder();
  const fast = fastEdges(table, (kind) => ids.get(kind)!, recorder);
  const read = await readSimpleLines(task.path, table, fast, task.crlf, task.from);
  if (read === undefined) return { id: task.id, ok: false };
  return { id: task.id, ok: true, ...read, edges: recorder.edges() };
}

parentPort!.on('message', (task: PartTask) => {
  run(task).then(
    (answer) => {
      const { edges } = answer.ok ? answer : { edges: undefined };
      const arrays = edges ? [edges.source, edges.target, edges.line, edges.critical] : [];
      const transfer = arrays.map((array) => array.buffer as ArrayBuffer);
      parentPort!.postMessage(answer, transfer);
    },
    () => parentPort!.postMessage({ id: task.id, ok: false } satisfies PartAnswer),
  );
});
