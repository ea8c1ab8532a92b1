/**
 * Edges as numbers, many at once: what the second reader of a large edge table read (table-part.ts),
 * handed to a sink in one call (numericEdges) or, for a sink that takes edges one by one, edge by
 * edge, exactly as the scanner's FastLine would have given them (`giveEdges`). O(edges).
 */
import type { EdgeKind, NodeKind } from '@kedja/core';

import type { TableSpec } from './schema.js';

/** The scanner's numbering of nodes: ordinal times four plus the kind's place here. */
export const NODE_KINDS: readonly NodeKind[] = ['organisation', 'service', 'supplier'];
export const NODE_KIND_CODES: Readonly<Record<NodeKind, number>> = { organisation: 0, service: 1, supplier: 2 };

/** Whether the scanner can read a table's simple lines as edges in numbers (not subcontracts, whose rows name a service too). */
export const takesNumbers = (table: TableSpec): boolean => table.edge !== undefined && table.edge !== 'subcontracts';

/** Edges of one table as numbers, in file order: edge `e` is entry `e` of each array. */
export interface EdgeBlock {
  /** The number of edges. */
  count: number;
  /** Each edge's source as the scanner numbers nodes: ordinal times four plus the kind's place in NODE_KINDS. */
  source: Int32Array;
  /** Each edge's target, numbered as `source`. */
  target: Int32Array;
  /** Each edge's line, counted from the block's first line (0). */
  line: Int32Array;
  /** 0 false, 1 true, 2 empty. */
  critical: Int8Array;
  /** The edges with an alternatives label, in edge order: [edge, label]. */
  labels: [number, string][];
  /** The field number of the table's first column. */
  firstColumn: number;
}

/** What takes edges as numbers: one by one, and, where it can, a block at once. */
export interface NumericEdgeSink {
  /**
   * An edge row with no problem at all, as numbers, for a sink that needs no more of it (the bulk
   * loader's columns): when a sink has this, the scanner reads the simple lines of uses, contracts
   * and provided_by without making strings of them (the rows with a problem, and every other row,
   * still come to `edge`, in file order with these). `critical` is the cell's value (undefined
   * when empty), `alternatives` the group label ('' when none), `firstColumn` the field number of
   * the table's first column; the row is confirmed (no certainty nor probability).
   */
  numericEdge(
    kind: EdgeKind,
    source: NodeKind,
    sourceOrdinal: number,
    target: NodeKind,
    targetOrdinal: number,
    critical: boolean | undefined,
    alternatives: string,
    line: number,
    firstColumn: number,
  ): void;
  /** What `numericEdge` does for each edge of `block`, in order, the first on line `firstLine`, at once. */
  numericEdges?(kind: EdgeKind, block: EdgeBlock, firstLine: number): void;
}

/** Gives `sink` the edges of `block`: at once where it can take a block, else one by one, in order, the first on line `firstLine`. */
export function giveEdges(kind: EdgeKind, block: EdgeBlock, firstLine: number, sink: NumericEdgeSink): void {
  if (sink.numericEdges) {
    sink.numericEdges(kind, block, firstLine);
    return;
  }
  const { source, target, line, critical, firstColumn } = block;
  const labels = new Map(block.labels);
  for (let e = 0; e < block.count; e++) {
    const s = source[e]!;
    const t = target[e]!;
    const c = critical[e]!;
    sink.numericEdge(
      kind,
      NODE_KINDS[s & 3]!,
      s >>> 2,
      NODE_KINDS[t & 3]!,
      t >>> 2,
      c === 2 ? undefined : c === 1,
      labels.get(e) ?? '',
      firstLine + line[e]!,
      firstColumn,
    );
  }
}
