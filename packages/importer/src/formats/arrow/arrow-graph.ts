/**
 * A binary graph as a graphology graph, for the commands that read edge attributes or write
 * other formats: each row's columns back to its kind's attributes (the canonical CSV's), with the
 * attributes of `extra`, checked against the model as every reader's graph is. Edge keys are those
 * every other reader gives (`edgeKey`). O(rows).
 */
import { join } from 'node:path';

import {
  createKedjaGraph,
  edgeKey,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type EdgeAttributes,
  type EdgeKind,
  type NodeAttributes,
  type NodeKind,
} from '@kedja/core';
import { checkNodeId } from '@kedja/core/kernel';
import type { Table } from './apache-arrow.js';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import type { ImportResult } from '../../types.js';
import { forRows, int32, rowAttributes, text } from './arrow-columns.js';
import { openArrowGraph, type ArrowGraphFiles, type ArrowReadOptions } from './arrow-file.js';
import { EDGE_ORDER, EDGES_FILE, NODE_ORDER, NODES_FILE, type RowRanges } from './layout.js';

function addNodes(
  table: Table,
  ranges: RowRanges<NodeKind>,
  graph: ReturnType<typeof createKedjaGraph>,
  problem: (row: number, message: string) => void,
): string[] {
  const idOfRow: string[] = [];
  for (const kind of NODE_ORDER) {
    const attributes = rowAttributes(table, kind, ranges[kind]);
    forRows(table, 'id', ranges[kind], (row, data, i) => {
      const id = text(data, i) ?? '';
      if (id === '' || graph.hasNode(id) || checkNodeId(id) !== undefined) {
        problem(
          row,
          id === '' ? 'a node without an id' : (checkNodeId(id)?.message ?? `the id ${quoteValue(id)} is used twice`),
        );
        return;
      }
      idOfRow[row] = id;
      graph.addNode(id, attributes[row - ranges[kind][0]] as unknown as NodeAttributes);
    });
  }
  return idOfRow;
}

function addEdges(
  table: Table,
  ranges: RowRanges<EdgeKind>,
  graph: ReturnType<typeof createKedjaGraph>,
  idOfRow: readonly string[],
  problem: (row: number, message: string) => void,
): void {
  for (const kind of EDGE_ORDER) {
    const attributes = rowAttributes(table, kind, ranges[kind]);
    const ends: [number | undefined, number | undefined][] = attributes.map(() => [undefined, undefined]);
    forRows(table, 'source_row', ranges[kind], (row, data, i) => (ends[row - ranges[kind][0]]![0] = int32(data, i)));
    forRows(table, 'target_row', ranges[kind], (row, data, i) => (ends[row - ranges[kind][0]]![1] = int32(data, i)));
    ends.forEach(([sourceRow, targetRow], j) => {
      const source = sourceRow === undefined ? undefined : idOfRow[sourceRow];
      const target = targetRow === undefined ? undefined : idOfRow[targetRow];
      if (source === undefined || target === undefined || source === target) {
        problem(ranges[kind][0] + j, 'its source_row or target_row is not the row of another node');
        return;
      }
      const edge = attributes[j]!;
      const key = edgeKey(
        kind as EdgeKind,
        source,
        target,
        typeof edge.service === 'string' ? edge.service : undefined,
      );
      if (graph.hasEdge(key)) problem(ranges[kind][0] + j, `it repeats the ${kind} edge ${source} -> ${target}`);
      else graph.addDirectedEdgeWithKey(key, source, target, edge as unknown as EdgeAttributes);
    });
  }
}

/**
 * Reads a binary graph (the folder of nodes.arrow and edges.arrow) as a graph, checked against the
 * model; `backgroundHashBytes` as for loadArrowSnapshot.
 */
export async function readArrowGraph(folder: string, options: ArrowReadOptions = {}): Promise<ImportResult> {
  const opened = await openArrowGraph(folder, options);
  if ('diagnostics' in opened) return { graph: null, diagnostics: opened.diagnostics };
  const read = await opened.whenChecked(() => graphOf(folder, opened));
  return 'graph' in read ? read : { graph: null, diagnostics: read.diagnostics };
}

/** The graph of an opened binary graph, checked against the model. */
function graphOf(folder: string, opened: ArrowGraphFiles): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const problemIn = (file: string) => (row: number, message: string) => {
    if (diagnostics.length >= 20) return; // a damaged column would otherwise give one per row
    const code = IMPORT_CODES.arrowShape;
    diagnostics.push({ file, line: row + 1, code, severity: 'error', message: `row ${row}: ${message}` });
  };
  const graph = createKedjaGraph(opened.graphAttributes);
  const idOfRow = addNodes(opened.nodes, opened.nodeRanges, graph, problemIn(join(folder, NODES_FILE)));
  addEdges(opened.edges, opened.edgeRanges, graph, idOfRow, problemIn(join(folder, EDGES_FILE)));
  if (hasErrors(diagnostics)) return { graph: null, diagnostics };
  for (const d of validateGraph(graph)) diagnostics.push({ file: folder, ...d });
  return hasErrors(diagnostics) ? { graph: null, diagnostics } : { graph, diagnostics };
}
