/**
 * The checks every reader of a canonical CSV folder makes, whatever it builds: the folder and its
 * files, each table's rows with their typed attributes, unique ids across the node tables, and
 * edges that name known nodes of the right kind and not themselves, and last parents.csv, the
 * ownership groups (each listed once, every parent a group of the table, no cycle). What to build from valid
 * rows is the sink's business (a graphology graph in read-csv-folder.ts, typed-array columns in
 * load-snapshot.ts), and so is finding repeated edges, which each sink does the cheap way for
 * what it builds. Node tables are read before edge tables.
 *
 * Ids are kept in one Map from id to a number (ordinal within its kind, times four, plus the
 * kind), so no object is made per node. O(rows).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { Diagnostic, EdgeKind, NodeKind } from '@kedja/core';
import {
  checkNodeId,
  checkParents,
  CONFIRMED_PROBABILITY_MESSAGE,
  POSSIBLE_ALTERNATIVE_MESSAGE,
  type ParentGroup,
  type ParentProblemKind,
} from '@kedja/core/kernel';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import type { ImportNote } from '../../types.js';
import { parseCell } from './parse-values.js';
import type { Row, TableStatus } from './read-table.js';
import { PARENTS_TABLE, TABLE_FILES, TABLES, type ColumnSpec, type TableSpec } from './schema.js';

export const KIND_FILES: Record<NodeKind, string> = {
  organisation: 'organisations.csv',
  service: 'services.csv',
  supplier: 'suppliers.csv',
};
const KIND_CODES: Record<NodeKind, number> = { organisation: 0, service: 1, supplier: 2 };
const KINDS: readonly NodeKind[] = ['organisation', 'service', 'supplier'];

/**
 * Reads the rows of one table, in batches that the scanner consumes whole, one after the other (a
 * promise per batch, not per row); `status.complete` turns false when the table could not be read
 * whole.
 */
export type RowSource = (
  path: string,
  file: string,
  table: TableSpec,
  diagnostics: Diagnostic[],
  status: TableStatus,
) => AsyncIterable<Iterable<Row>>;

/** A reference to a node, as the scanner resolved it. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
  /** 0-based position among the nodes of its kind, in file order. */
  ordinal: number;
}

export interface FolderSink {
  /** A node row; `attributes` is undefined when a cell of the row was invalid (reported). */
  node(kind: NodeKind, id: string, ordinal: number, attributes: Record<string, unknown> | undefined, row: Row): void;
  /** An edge row between known nodes of the right kinds; the sink reports repeats through `problem`. */
  edge(
    kind: EdgeKind,
    table: TableSpec,
    source: NodeRef,
    target: NodeRef,
    attributes: Record<string, unknown> | undefined,
    row: Row,
    problem: (column: string, code: string, message: string) => void,
  ): void;
}

export interface ScanResult {
  diagnostics: Diagnostic[];
  /** How files not in the canonical dialect were read. */
  notes: ImportNote[];
  /** Number of nodes of each kind that the node tables define (valid or not). */
  counts: Record<NodeKind, number>;
  /** The ownership groups of parents.csv, in file order; absent when the folder has none or the table has errors. */
  parents?: ParentGroup[];
}

/** What a caller that has already looked at the folder passes on, so that it is not listed twice. */
export interface FolderOptions {
  /** Required files that may be missing here (a survey catalogue needs no organisations.csv). */
  optionalFiles?: readonly string[];
  /** The names in the folder, when the caller has listed it (see input/inspect-input.ts). */
  entries?: readonly string[];
}

/** Checks the folder itself: returns the names of its files, or null when it is not a folder. */
async function listFolder(
  folder: string,
  listed: readonly string[] | undefined,
  diagnostics: Diagnostic[],
): Promise<Set<string> | null> {
  let entries: readonly string[];
  try {
    if (listed !== undefined) entries = listed;
    else {
      if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
      entries = await readdir(folder);
    }
  } catch {
    diagnostics.push({
      file: folder,
      code: IMPORT_CODES.inputNotFound,
      severity: 'error',
      message: 'no such folder; give a folder of canonical CSV files (see docs/format.md)',
    });
    return null;
  }
  const present = new Set(entries);
  // A folder on disk (not the sheets of a workbook, also listed as entries): each table is checked.
  const onDisk = listed === undefined || (await stat(folder).catch(() => null))?.isDirectory() === true;
  if (onDisk) {
    for (const entry of TABLE_FILES) {
      if (!present.has(entry)) continue;
      const what = await notARegularFile(join(folder, entry));
      if (what === null) continue;
      // Never opened: a FIFO would block the read forever, a directory fail in the middle of it.
      present.delete(entry);
      diagnostics.push({
        file: join(folder, entry),
        code: IMPORT_CODES.notAFile,
        severity: 'error',
        message: `${what}, not a file; put the table there as a regular CSV file`,
      });
    }
  }
  for (const entry of [...entries].sort()) {
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
  return present;
}

/** What a table's path is when it is not a regular file (or a link to one), or null when it is. */
async function notARegularFile(path: string): Promise<string | null> {
  let entry;
  try {
    entry = await stat(path);
  } catch {
    return 'a link to nothing (the file it points to does not exist)';
  }
  if (entry.isFile()) return null;
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  return 'a device';
}

export async function scanFolder(
  folder: string,
  rows: RowSource,
  options: FolderOptions,
  sink: FolderSink,
): Promise<ScanResult> {
  const diagnostics: Diagnostic[] = [];
  const notes: ImportNote[] = [];
  const counts: Record<NodeKind, number> = { organisation: 0, service: 0, supplier: 0 };
  const present = await listFolder(folder, options.entries, diagnostics);
  if (present === null) return { diagnostics, notes, counts };

  const known = new Map<string, number>();
  const lines: Record<NodeKind, number[]> = { organisation: [], service: [], supplier: [] };
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
    const status = { complete: true, notes };
    const refs = table.columns.filter((c) => c.value.type === 'ref');
    // The last id looked up in each reference column and what it was: rows often come grouped by
    // their first column (every use of one organisation together), and a Map lookup of a fresh
    // string was most of a large table's time. No node is added while edges are read.
    const lastId = refs.map(() => '');
    const lastCode = refs.map((): number | undefined => undefined);
    let fields: Fields | undefined;
    for await (const batch of rows(file, file, table, diagnostics, status))
      for (const row of batch) {
        const problem = cellProblem(file, row, diagnostics);
        const attributes = readAttributes(row, table, (fields ??= fieldsOf(row, table)), problem);
        if (table.node !== undefined) {
          const kind = table.node;
          const id = row.cell('id');
          if (id === '') continue; // reported as an empty required field
          const refused = checkNodeId(id);
          if (refused !== undefined) {
            problem('id', refused.code, refused.message);
            continue;
          }
          const previous = known.get(id);
          if (previous !== undefined) {
            const previousKind = KINDS[previous & 3]!;
            problem(
              'id',
              IMPORT_CODES.duplicateId,
              `id ${quoteValue(id)} is already used by the ${previousKind} on ${KIND_FILES[previousKind]} line ${lines[previousKind][previous >>> 2]}; ids must be unique across organisations, services and suppliers`,
            );
            continue;
          }
          const ordinal = counts[kind]++;
          known.set(id, ordinal * 4 + KIND_CODES[kind]);
          lines[kind].push(row.line);
          sink.node(kind, id, ordinal, attributes, row);
        } else if (table.edge !== undefined) {
          const ends: NodeRef[] = [];
          for (const [r, column] of (refs as (ColumnSpec & { value: { type: 'ref'; kind: NodeKind } })[]).entries()) {
            const id = row.cell(column.name);
            if (id === '') break;
            let code = lastCode[r];
            if (id !== lastId[r]) {
              code = known.get(id);
              lastId[r] = id;
              lastCode[r] = code;
            }
            if (code === undefined) {
              if (!incomplete.has(column.value.kind)) {
                problem(
                  column.name,
                  IMPORT_CODES.unknownReference,
                  `no ${column.value.kind} has id ${quoteValue(id)}; add it to ${KIND_FILES[column.value.kind]} or correct the id`,
                );
              }
              break;
            }
            const kind = KINDS[code & 3]!;
            if (kind !== column.value.kind) {
              problem(
                column.name,
                IMPORT_CODES.wrongKind,
                `${quoteValue(id)} is a ${kind} (${KIND_FILES[kind]} line ${lines[kind][Math.floor(code / 4)]}), but column ${column.name} needs a ${column.value.kind}`,
              );
              break;
            }
            ends.push({ id, kind, ordinal: Math.floor(code / 4) });
          }
          if (ends.length !== 2) continue;
          const [source, target] = ends as [NodeRef, NodeRef];
          if (source.id === target.id) {
            problem(refs[1]!.name, IMPORT_CODES.selfLoop, `${quoteValue(source.id)} cannot depend on itself`);
            continue;
          }
          sink.edge(table.edge, table, source, target, attributes, row, problem);
        }
      }
    if (!status.complete && table.node !== undefined) incomplete.add(table.node);
  }
  const parents = present.has(PARENTS_TABLE.file)
    ? await scanParents(join(folder, PARENTS_TABLE.file), rows, diagnostics, notes)
    : undefined;
  return { diagnostics, notes, counts, ...(parents !== undefined && parents.length > 0 ? { parents } : {}) };
}

/** The CSV code of each problem of the parents table. */
const PARENT_CODES: Readonly<Record<ParentProblemKind, string>> = {
  duplicateGroup: IMPORT_CODES.duplicateGroup,
  unknownParent: IMPORT_CODES.unknownGroup,
  cycle: IMPORT_CODES.ownershipCycle,
};

/**
 * parents.csv: each row checked as any table's, then the table as a whole (core's checkParents):
 * a group listed twice, a parent that is no group of the table, a cycle, each at its line and
 * column. Rows with a bad cell still take part in the whole-table checks, so that one bad country
 * does not make its group unknown to the rows below. The groups, or undefined after any problem.
 */
async function scanParents(
  file: string,
  rows: RowSource,
  diagnostics: Diagnostic[],
  notes: ImportNote[],
): Promise<ParentGroup[] | undefined> {
  const status = { complete: true, notes };
  const groups: ParentGroup[] = [];
  const links: { group: string; parent?: string; line: number; columns: Record<'group' | 'parent', number> }[] = [];
  let valid = true;
  let fields: Fields | undefined;
  for await (const batch of rows(file, file, PARENTS_TABLE, diagnostics, status))
    for (const row of batch) {
      const attributes = readAttributes(
        row,
        PARENTS_TABLE,
        (fields ??= fieldsOf(row, PARENTS_TABLE)),
        cellProblem(file, row, diagnostics),
      );
      if (attributes === undefined) valid = false;
      const group = row.cell('group');
      if (group === '') continue; // reported as an empty required field
      const parent = row.cell('parent');
      links.push({
        group,
        ...(parent === '' ? {} : { parent }),
        line: row.line,
        columns: { group: row.column('group') ?? 1, parent: row.column('parent') ?? 1 },
      });
      if (attributes !== undefined) groups.push(attributes as unknown as ParentGroup);
    }
  const problems = checkParents(links, (i) => `line ${links[i]!.line}`, { complete: status.complete });
  for (const problem of problems) {
    const link = links[problem.index]!;
    diagnostics.push({
      file,
      line: link.line,
      column: link.columns[problem.field],
      code: PARENT_CODES[problem.kind],
      severity: 'error',
      message: problem.message,
    });
  }
  return valid && status.complete && problems.length === 0 ? groups : undefined;
}

/** Reports an error at a column of `row` (at the row alone when the header lacks the column). */
function cellProblem(file: string, row: Row, diagnostics: Diagnostic[]) {
  return (column: string, code: string, message: string): void => {
    const number = row.column(column);
    diagnostics.push({
      file,
      line: row.line,
      ...(number === undefined ? {} : { column: number }),
      code,
      severity: 'error',
      message,
    });
  };
}

/**
 * The field number of each of a table's columns (as `table.columns`), undefined when the header
 * lacks it: the same for every row of the table, so looked up once.
 */
type Fields = readonly (number | undefined)[];

const fieldsOf = (row: Row, table: TableSpec): Fields => table.columns.map((column) => row.column(column.name));

/** The attributes of a row, or undefined when a cell is empty where required or cannot be parsed. */
function readAttributes(
  row: Row,
  table: TableSpec,
  fields: Fields,
  problem: (column: string, code: string, message: string) => void,
): Record<string, unknown> | undefined {
  // Keyed by the schema's attribute names, never by data: a plain object, whose properties V8 keeps
  // in fast mode (a record with no prototype starts as a hash table: a million of them took a second).
  const attributes: { [schemaAttribute: string]: unknown } = {};
  let valid = true;
  const { columns } = table;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    const field = fields[c];
    if (field === undefined) {
      if (column.required) valid = false; // the header problem is reported once, not per row
      continue;
    }
    const cell = row.at(field);
    if (cell === '') {
      if (column.required) {
        problem(column.name, IMPORT_CODES.emptyRequired, `column ${quoteValue(column.name)} is required and empty`);
        valid = false;
      }
      continue;
    }
    const parsed = parseCell(cell, column.value);
    if (!parsed.ok) {
      problem(column.name, parsed.code, `column ${quoteValue(column.name)}: ${parsed.message}`);
      valid = false;
      continue;
    }
    if (column.attribute !== undefined) attributes[column.attribute] = parsed.value;
  }
  if (valid && table.edge !== undefined && !checkCertainty(attributes, problem)) valid = false;
  return valid ? attributes : undefined;
}

/**
 * An edge row's certainty against its other cells: a probability only on a possible edge, no
 * possible edge in an alternatives group (each at the offending column). False after a problem.
 */
function checkCertainty(
  attributes: Record<string, unknown>,
  problem: (column: string, code: string, message: string) => void,
): boolean {
  const possible = attributes.certainty === 'possible';
  let valid = true;
  if (attributes.probability !== undefined && !possible) {
    problem('probability', IMPORT_CODES.confirmedProbability, CONFIRMED_PROBABILITY_MESSAGE);
    valid = false;
  }
  if (possible && attributes.alternatives !== undefined) {
    problem('alternatives', IMPORT_CODES.possibleAlternative, POSSIBLE_ALTERNATIVE_MESSAGE);
    valid = false;
  }
  return valid;
}
