/**
 * Reading a canonical CSV folder into a Kedja graph (the format of docs/format.md).
 *
 * Rows are streamed with papaparse (read-table.ts) and checked by scan-folder.ts; this file builds
 * the graphology graph from the valid rows and finds repeated edges by their keys. Every problem
 * in every file is collected with file, line, column and a stable code; the import yields a whole
 * valid graph or none at all. Warnings (an alternatives group with a single member) come with the
 * graph, and parents.csv becomes the graph's `parents` attribute. O(rows) time; memory holds the
 * graph and, per node and edge, the line that defined it.
 */
import { join } from 'node:path';

import {
  createKedjaGraph,
  edgeKey,
  hasErrors,
  validateGraph,
  type EdgeAttributes,
  type NodeAttributes,
} from '@kedja/core';

import { IMPORT_CODES } from '../../errors.js';
import type { ImportResult } from '../../types.js';
import { readTableBatches } from './read-table.js';
import { KIND_FILES, scanFolder, type FolderOptions, type RowSource } from './scan-folder.js';

interface Location {
  file: string;
  line: number;
}

export type ReadCsvFolderOptions = FolderOptions;

/** Reads a canonical CSV folder. Never throws on bad data: problems come back as diagnostics. */
export async function readCsvFolder(folder: string, options: ReadCsvFolderOptions = {}): Promise<ImportResult> {
  return readTables(folder, readTableBatches, options);
}

/** The graph of canonical tables from any source of rows: a folder's CSV files, a workbook's sheets. */
export async function readTables(folder: string, rows: RowSource, options: FolderOptions = {}): Promise<ImportResult> {
  const graph = createKedjaGraph();
  const nodeLocations = new Map<string, Location>();
  const edgeLocations = new Map<string, Location>();

  const { diagnostics, notes, parents } = await scanFolder(folder, rows, options, {
    node(kind, id, _ordinal, attributes, row) {
      if (attributes === undefined) return;
      graph.addNode(id, { kind, ...attributes } as NodeAttributes);
      nodeLocations.set(id, { file: join(folder, KIND_FILES[kind]), line: row.line });
    },
    edge(kind, table, source, target, attributes, row, problem) {
      const qualifier = kind === 'subcontracts' ? row.cell('service') : undefined;
      const key = edgeKey(kind, source.id, target.id, qualifier);
      const first = edgeLocations.get(key);
      if (first !== undefined) {
        problem(
          table.columns[0]!.name,
          IMPORT_CODES.duplicateEdge,
          `this row repeats line ${first.line}: ${source.id} -> ${target.id} is already in ${table.file}`,
        );
        return;
      }
      edgeLocations.set(key, { file: join(folder, table.file), line: row.line });
      if (attributes === undefined || !graph.hasNode(source.id) || !graph.hasNode(target.id)) return;
      graph.addDirectedEdgeWithKey(key, source.id, target.id, { kind, ...attributes } as EdgeAttributes);
    },
  });

  const said = notes.length > 0 ? { notes } : {};
  if (hasErrors(diagnostics)) return { graph: null, diagnostics, ...said };
  if (parents !== undefined) graph.setAttribute('parents', parents);
  for (const d of validateGraph(graph)) {
    const location =
      (d.edge !== undefined ? edgeLocations.get(d.edge) : undefined) ??
      (d.node !== undefined ? nodeLocations.get(d.node) : undefined);
    diagnostics.push(location ? { ...d, file: location.file, line: location.line } : d);
  }
  return hasErrors(diagnostics) ? { graph: null, diagnostics, ...said } : { graph, diagnostics, ...said };
}
