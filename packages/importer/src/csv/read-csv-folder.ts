/**
 * Reading a canonical CSV folder into a Kedja graph (the format of docs/format.md).
 *
 * Node tables are read first, then edge tables, each streamed row by row. Every problem in every
 * file is collected with file, line, column and a stable code; the import yields a whole valid
 * graph or none at all. Warnings (an alternatives group with a single member) come with the graph.
 * O(rows) time; memory holds the graph and, per node and edge, where it was defined.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import {
  createKedjaGraph,
  edgeKey,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type EdgeAttributes,
  type KedjaGraph,
  type NodeAttributes,
  type NodeKind,
} from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import { parseCell } from './parse-values.js';
import { readTable, type Row } from './read-table.js';
import { TABLE_FILES, TABLES, type TableSpec } from './schema.js';

export interface ImportResult {
  /** The graph, or null when any diagnostic is an error. */
  graph: KedjaGraph | null;
  /** Every problem found, errors and warnings. */
  diagnostics: Diagnostic[];
}

interface Location {
  file: string;
  line: number;
}

const KIND_FILES: Record<NodeKind, string> = {
  organisation: 'organisations.csv',
  service: 'services.csv',
  supplier: 'suppliers.csv',
};

export interface ReadCsvFolderOptions {
  /** Required files that may be missing here (a survey catalogue needs no organisations.csv). */
  optionalFiles?: readonly string[];
}

/** Reads a canonical CSV folder. Never throws on bad data: problems come back as diagnostics. */
export async function readCsvFolder(folder: string, options: ReadCsvFolderOptions = {}): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const fail = (): ImportResult => ({ graph: null, diagnostics });

  let entries: string[];
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    entries = await readdir(folder);
  } catch {
    diagnostics.push({
      file: folder,
      code: IMPORT_CODES.inputNotFound,
      severity: 'error',
      message: 'no such folder; give a folder of canonical CSV files (see docs/format.md)',
    });
    return fail();
  }
  const present = new Set(entries);
  for (const entry of entries.sort()) {
    if (entry.toLowerCase().endsWith('.csv') && !TABLE_FILES.includes(entry)) {
      diagnostics.push({
        file: join(folder, entry),
        line: 1,
        column: 1,
        code: IMPORT_CODES.unknownFile,
        severity: 'error',
        message: `a canonical folder holds only ${TABLE_FILES.join(', ')}; rename or move this file so that no data is silently left out`,
      });
    }
  }

  const graph = createKedjaGraph();
  const known = new Map<string, { kind: NodeKind } & Location>();
  const nodeLocations = new Map<string, Location>();
  const edgeLocations = new Map<string, Location>();
  // Node kinds whose table could not be read whole: references to them are not reported as
  // unknown, since the real problem (already reported) is the table itself.
  const incomplete = new Set<NodeKind>();

  for (const table of TABLES) {
    const file = join(folder, table.file);
    if (!present.has(table.file)) {
      if (table.node !== undefined) incomplete.add(table.node);
      if (table.required && !options.optionalFiles?.includes(table.file)) {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          code: IMPORT_CODES.missingFile,
          severity: 'error',
          message: `the folder needs ${table.file} with the columns ${table.columns
            .filter((c) => c.required)
            .map((c) => c.name)
            .join(', ')}`,
        });
      }
      continue;
    }
    const status = { complete: true };
    for await (const row of readTable(file, file, table, diagnostics, status)) {
      const problem = (column: string, code: string, message: string) =>
        diagnostics.push({ file, line: row.line, ...optionalColumn(row, column), code, severity: 'error', message });
      const attributes = readAttributes(row, table, problem);
      if (table.node !== undefined) {
        readNode(row, table.node, attributes, problem);
      } else if (table.edge !== undefined) {
        readEdge(row, file, table, attributes, problem);
      }
    }
    if (!status.complete && table.node !== undefined) incomplete.add(table.node);
  }

  function readNode(
    row: Row,
    kind: NodeKind,
    attributes: Record<string, unknown> | undefined,
    problem: (column: string, code: string, message: string) => void,
  ): void {
    const id = row.cell('id');
    if (id === '') return; // reported as an empty required field
    const previous = known.get(id);
    if (previous !== undefined) {
      problem(
        'id',
        IMPORT_CODES.duplicateId,
        `id ${JSON.stringify(id)} is already used by the ${previous.kind} on ${previous.file} line ${previous.line}; ids must be unique across organisations, services and suppliers`,
      );
      return;
    }
    const location = { file: KIND_FILES[kind], line: row.line };
    known.set(id, { kind, ...location });
    if (attributes === undefined) return;
    graph.addNode(id, { kind, ...attributes } as NodeAttributes);
    nodeLocations.set(id, { file: join(folder, location.file), line: row.line });
  }

  function readEdge(
    row: Row,
    file: string,
    table: TableSpec,
    attributes: Record<string, unknown> | undefined,
    problem: (column: string, code: string, message: string) => void,
  ): void {
    const kind = table.edge!;
    const [sourceColumn, targetColumn] = table.columns.filter((c) => c.value.type === 'ref') as [
      (typeof table.columns)[number],
      (typeof table.columns)[number],
    ];
    const endpoints: string[] = [];
    for (const column of [sourceColumn, targetColumn]) {
      const id = row.cell(column.name);
      if (id === '' || column.value.type !== 'ref') return;
      const node = known.get(id);
      if (node === undefined) {
        if (incomplete.has(column.value.kind)) return;
        problem(
          column.name,
          IMPORT_CODES.unknownReference,
          `no ${column.value.kind} has id ${JSON.stringify(id)}; add it to ${KIND_FILES[column.value.kind]} or correct the id`,
        );
        return;
      }
      if (node.kind !== column.value.kind) {
        problem(
          column.name,
          IMPORT_CODES.wrongKind,
          `${JSON.stringify(id)} is a ${node.kind} (${node.file} line ${node.line}), but column ${column.name} needs a ${column.value.kind}`,
        );
        return;
      }
      endpoints.push(id);
    }
    const [source, target] = endpoints as [string, string];
    if (source === target) {
      problem(targetColumn.name, IMPORT_CODES.selfLoop, `${JSON.stringify(source)} cannot depend on itself`);
      return;
    }
    const qualifier = kind === 'subcontracts' ? row.cell('service') : undefined;
    const key = edgeKey(kind, source, target, qualifier);
    const first = edgeLocations.get(key);
    if (first !== undefined) {
      problem(
        sourceColumn.name,
        IMPORT_CODES.duplicateEdge,
        `this row repeats line ${first.line}: ${source} -> ${target} is already in ${table.file}`,
      );
      return;
    }
    edgeLocations.set(key, { file, line: row.line });
    if (attributes === undefined || !graph.hasNode(source) || !graph.hasNode(target)) return;
    graph.addDirectedEdgeWithKey(key, source, target, { kind, ...attributes } as EdgeAttributes);
  }

  if (hasErrors(diagnostics)) return fail();

  for (const d of validateGraph(graph)) {
    const location =
      (d.edge !== undefined ? edgeLocations.get(d.edge) : undefined) ??
      (d.node !== undefined ? nodeLocations.get(d.node) : undefined);
    diagnostics.push(location ? { ...d, file: location.file, line: location.line } : d);
  }
  return hasErrors(diagnostics) ? fail() : { graph, diagnostics };
}

function optionalColumn(row: Row, column: string): { column?: number } {
  const number = row.column(column);
  return number === undefined ? {} : { column: number };
}

/** The attributes of a row, or undefined when a cell is empty where required or cannot be parsed. */
function readAttributes(
  row: Row,
  table: TableSpec,
  problem: (column: string, code: string, message: string) => void,
): Record<string, unknown> | undefined {
  const attributes: Record<string, unknown> = {};
  let valid = true;
  for (const column of table.columns) {
    if (row.column(column.name) === undefined) {
      if (column.required) valid = false; // the header problem is reported once, not per row
      continue;
    }
    const cell = row.cell(column.name);
    if (cell === '') {
      if (column.required) {
        problem(column.name, IMPORT_CODES.emptyRequired, `column ${JSON.stringify(column.name)} is required and empty`);
        valid = false;
      }
      continue;
    }
    const parsed = parseCell(cell, column.value);
    if (!parsed.ok) {
      problem(column.name, parsed.code, `column ${JSON.stringify(column.name)}: ${parsed.message}`);
      valid = false;
      continue;
    }
    if (column.attribute !== undefined) attributes[column.attribute] = parsed.value;
  }
  return valid ? attributes : undefined;
}
