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
 * kind), so no object is made per node. For a sink that takes edges as numbers (NumericSink, the
 * bulk loader), the simple lines of the large edge tables are checked on their bytes, ids looked up
 * by their bytes (byte-ids.ts), and only a line with a problem or anything unusual becomes a Row,
 * so that every problem is found and worded by the same code. For a sink that reads only a few
 * attributes of a node (SimpleNodeSink, the bulk loader's columns), the simple lines of the node
 * tables are read the same way: each cell checked on its bytes or parsed once per distinct value.
 * A large edge table read as numbers is shared with a second thread (table-part.ts), whose edges
 * come to the sink in file order as if read here. O(rows).
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
import { parseCell, type Parsed } from './parse-values.js';
import { ByteIds, ByteValues } from './byte-ids.js';
import type { FastLine, FastLines, Row, TablePart, TableStatus } from './read-table.js';
import { NODE_KIND_CODES, NODE_KINDS, takesNumbers, type NumericEdgeSink } from './edge-block.js';
import { TableParts } from './table-part.js';
import { PARENTS_TABLE, TABLE_FILES, TABLES, type ColumnSpec, type TableSpec } from './schema.js';

export const KIND_FILES: Record<NodeKind, string> = {
  organisation: 'organisations.csv',
  service: 'services.csv',
  supplier: 'suppliers.csv',
};

/**
 * Reads the rows of one table, in batches that the scanner consumes whole, one after the other (a
 * promise per batch, not per row); `status.complete` turns false when the table could not be read
 * whole. A source may hand the simple lines of a table to `fast` instead of making rows of them
 * (read-table.ts does); one that does not is read as well.
 */
export type RowSource = (
  path: string,
  file: string,
  table: TableSpec,
  diagnostics: Diagnostic[],
  status: TableStatus,
  fast?: FastLines,
  part?: TablePart,
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
  /**
   * Edge tables of at least this many bytes are read by two threads when a sink takes edges as
   * numbers and there is a second core (table-part.ts; default 16 MiB). For tests.
   */
  splitFrom?: number;
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

/** The error of a required table that the folder lacks. */
function missingFile(file: string, table: TableSpec): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    code: IMPORT_CODES.missingFile,
    severity: 'error',
    message: `the folder needs ${table.file} with the columns ${table.columns
      .filter((c) => c.required)
      .map((c) => c.name)
      .join(', ')}`,
  };
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
  const parts = isNumeric(sink) ? await TableParts.forFolder(folder, present, options.splitFrom) : undefined;
  try {
    await scanTables({ folder, rows, options, sink, present, parts, diagnostics, notes, counts });
  } finally {
    await parts?.close();
  }
  const parents = present.has(PARENTS_TABLE.file)
    ? await scanParents(join(folder, PARENTS_TABLE.file), rows, diagnostics, notes)
    : undefined;
  return { diagnostics, notes, counts, ...(parents !== undefined && parents.length > 0 ? { parents } : {}) };
}

/** What scanTables reads, and where it puts what it finds. */
interface TablesScan {
  folder: string;
  rows: RowSource;
  options: FolderOptions;
  sink: FolderSink;
  present: ReadonlySet<string>;
  parts: TableParts | undefined;
  diagnostics: Diagnostic[];
  notes: ImportNote[];
  counts: Record<NodeKind, number>;
}

/** The node tables, then the edge tables, of a listed folder (parents.csv is read apart). */
async function scanTables(scan: TablesScan): Promise<void> {
  const { folder, rows, options, sink, present, parts, diagnostics, notes, counts } = scan;
  const known = new Map<string, number>();
  const byteIds: (ByteIds | undefined)[] = []; // the ids of each kind by their bytes, made when an edge table needs them
  const lines: Record<NodeKind, number[]> = { organisation: [], service: [], supplier: [] };
  // Node kinds whose table could not be read whole: references to them are not reported as
  // unknown, since the real problem (already reported) is the table itself.
  const incomplete = new Set<NodeKind>();
  /** A node whose id is valid and new: numbered, and where it is kept; its ordinal. */
  const register = (kind: NodeKind, id: string, line: number): number => {
    const ordinal = counts[kind]++;
    known.set(id, ordinal * 4 + NODE_KIND_CODES[kind]);
    lines[kind].push(line);
    return ordinal;
  };

  for (const table of TABLES) {
    const file = join(folder, table.file);
    if (!present.has(table.file)) {
      if (table.node !== undefined) incomplete.add(table.node);
      if (table.required && !options.optionalFiles?.includes(table.file)) diagnostics.push(missingFile(file, table));
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
    const ids = (kind: number) => (byteIds[kind] ??= new ByteIds(known, kind));
    const numeric = takesNumbers(table) && isNumeric(sink) ? sink : undefined;
    const fast =
      table.node !== undefined && takesSimpleNodes(sink)
        ? fastNodes(table, sink, known, register)
        : numeric !== undefined
          ? fastEdges(table, ids, numeric)
          : undefined;
    const part = numeric !== undefined ? parts?.part(table, ids, numeric) : undefined;
    for await (const batch of rows(file, file, table, diagnostics, status, fast, part))
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
            const previousKind = NODE_KINDS[previous & 3]!;
            problem(
              'id',
              IMPORT_CODES.duplicateId,
              `id ${quoteValue(id)} is already used by the ${previousKind} on ${KIND_FILES[previousKind]} line ${lines[previousKind][previous >>> 2]}; ids must be unique across organisations, services and suppliers`,
            );
            continue;
          }
          sink.node(kind, id, register(kind, id, row.line), attributes, row);
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
            const kind = NODE_KINDS[code & 3]!;
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
}

/** A sink that also takes edges as numbers (the bulk loader's columns; the metrics' facts). */
export interface NumericSink extends FolderSink, NumericEdgeSink {}

export const isNumeric = (sink: FolderSink): sink is NumericSink => 'numericEdge' in sink;

/**
 * A sink that reads only a few attributes of a node (the bulk loader's columns): when a sink has
 * this, the scanner reads the simple lines of the node tables as bytes, and a line whose row would
 * pass every check (each cell parses as its column's type, the id is valid and new) comes to
 * `simpleNode` instead of `node`, in file order with the rows (every other line still comes to
 * `node` as a row). Not part of the package's API: only loadSnapshot's own sink has it.
 */
export interface SimpleNodeSink extends FolderSink {
  /** The attributes `node` reads; `simpleNode` is given the values of these alone. */
  readonly nodeAttributes: readonly string[];
  /**
   * A node row with no problem, as `node` would be given it but with no row, and for attributes the
   * value of each of `nodeAttributes` in its order (undefined for an empty cell or an absent
   * column). The array, and the values in it, may be shared between nodes (one list for every cell
   * `a;b`): read them during the call, and keep or change none of them.
   */
  simpleNode(kind: NodeKind, id: string, ordinal: number, values: readonly unknown[]): void;
}

export const takesSimpleNodes = (sink: FolderSink): sink is SimpleNodeSink => 'simpleNode' in sink;

/**
 * What the fast reading of a node table does with a column's cell: Skipped is text or a list the
 * sink does not read (any value passes), Text text it reads, Boolean and Count are checked (and
 * read) on their bytes, Parsed is anything else, parsed by parseCell once per distinct cell.
 */
const NodeCell = { Id: 0, Skipped: 1, Text: 2, Boolean: 3, Count: 4, Parsed: 5 } as const;
type NodeCell = (typeof NodeCell)[keyof typeof NodeCell];

/** A column whose cache holds this many distinct cells repeats too little to be worth one: it is read cell by cell. */
const CACHE_LIMIT = 4096;

/**
 * The FastLines of a node table for a SimpleNodeSink: a simple line is taken only when the row it
 * would make passes every check of the scanner (each cell parses as its column's type, the id is
 * no reserved name and not taken; `register` then numbers it), and gives the sink the same
 * values; any other line is left to be read as a row, which reports its problems. The values of
 * repeated cells come from a cache per column (ByteValues), so that a county or a list of sectors
 * is parsed and made a string once.
 */
function fastNodes(
  table: TableSpec,
  sink: SimpleNodeSink,
  known: ReadonlyMap<string, number>,
  register: (kind: NodeKind, id: string, line: number) => number,
): FastLines {
  const kind = table.node!;
  // Only an id that passes every check of a row's (scanFolder) is taken: its ordinal, or -1.
  const add = (id: string, line: number) =>
    checkNodeId(id) === undefined && !known.has(id) ? register(kind, id, line) : -1;
  const wanted = sink.nodeAttributes;
  return (fieldOf) => {
    const fields: number[] = [];
    const cells: NodeCell[] = [];
    const required: boolean[] = [];
    /** Where each column's value goes in `values` (the index of its attribute in nodeAttributes), or -1. */
    const slots: number[] = [];
    const specs: ColumnSpec[] = [];
    const caches: (ByteValues<unknown> | undefined)[] = [];
    for (const column of table.columns) {
      const field = fieldOf(column.name);
      if (field === undefined) {
        if (column.required) return undefined; // every row is invalid: reported as rows
        continue;
      }
      const { value } = column;
      const slot = column.attribute === undefined ? -1 : wanted.indexOf(column.attribute);
      let cell: NodeCell = NodeCell.Parsed;
      if (value.type === 'id') cell = NodeCell.Id;
      else if (slot < 0 && (value.type === 'text' || value.type === 'list')) cell = NodeCell.Skipped;
      else if (value.type === 'text') cell = NodeCell.Text;
      else if (value.type === 'boolean') cell = NodeCell.Boolean;
      else if (value.type === 'count') cell = NodeCell.Count;
      fields.push(field);
      cells.push(cell);
      required.push(column.required);
      slots.push(slot);
      specs.push(column);
      caches.push(cell === NodeCell.Text || cell === NodeCell.Parsed ? new ByteValues<unknown>() : undefined);
    }
    /** The values of a line, reused from line to line. */
    const values = new Array<unknown>(wanted.length).fill(undefined);
    /** The value of a Text or Parsed cell, undefined when it does not parse; from the column's cache when it has one. */
    const valueOf = (c: number, bytes: Uint8Array, a: number, z: number): unknown => {
      const cache = caches[c];
      let value = cache?.get(bytes, a, z);
      if (value !== undefined) return value;
      const text = (bytes as Buffer).toString('latin1', a, z);
      if (cells[c] === NodeCell.Text) value = text;
      else {
        const parsed: Parsed = parseCell(text, specs[c]!.value);
        if (!parsed.ok) return undefined;
        value = parsed.value;
      }
      if (cache !== undefined) {
        if (cache.size < CACHE_LIMIT) cache.set(bytes, a, z, value);
        else caches[c] = undefined;
      }
      return value;
    };
    const line: FastLine = (bytes, starts, ends, at) => {
      let id = '';
      values.fill(undefined);
      for (let c = 0; c < fields.length; c++) {
        const f = fields[c]!;
        const a = starts[f]!;
        const z = ends[f]!;
        if (a === z) {
          if (required[c]) return false;
          continue;
        }
        const slot = slots[c]!;
        switch (cells[c]) {
          case NodeCell.Id:
            id = (bytes as Buffer).toString('latin1', a, z);
            break;
          case NodeCell.Skipped:
            break;
          case NodeCell.Boolean: {
            const value = booleanAt(bytes, a, z);
            if (value === undefined) return false;
            if (slot >= 0) values[slot] = value;
            break;
          }
          case NodeCell.Count: {
            const value = countAt(bytes, a, z);
            if (value < (specs[c]!.value as { min: number }).min) return false;
            if (slot >= 0) values[slot] = value;
            break;
          }
          default: {
            const value = valueOf(c, bytes, a, z);
            if (value === undefined) return false;
            if (slot >= 0) values[slot] = value;
          }
        }
      }
      const ordinal = add(id, at);
      if (ordinal < 0) return false;
      sink.simpleNode(kind, id, ordinal, values);
      return true;
    };
    return line;
  };
}

/**
 * The value of an ASCII cell of digits, as parseCell's `count` reads it; -1 when it holds anything
 * else or more than 15 digits (all safe integers; a longer cell is left to parseCell).
 */
function countAt(bytes: Uint8Array, start: number, end: number): number {
  if (end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * What the fast reading of an edge table does with a column's cell: Ignored is text the sink has
 * no use for (any value passes), Boolean another yes/no column (only checked), Other anything else
 * (the line is read as a row unless the cell is empty).
 */
const Cell = {
  Ignored: 0,
  Source: 1,
  Target: 2,
  Critical: 3,
  Boolean: 4,
  Number: 5,
  Alternatives: 6,
  Other: 7,
} as const;
type Cell = (typeof Cell)[keyof typeof Cell];

/**
 * The FastLines of an edge table for a NumericSink: a simple line is taken only when the row it
 * would make passes every check of the scanner (each cell parses as its column's type, both ends
 * are known nodes of the right kind and not the same node, no certainty or probability), and
 * becomes the same edge; any other line is left to be read as a row, which reports its problems.
 */
export function fastEdges(table: TableSpec, ids: (kind: number) => ByteIds, sink: NumericSink): FastLines {
  const kind = table.edge!;
  return (fieldOf) => {
    const fields: number[] = [];
    const cells: Cell[] = [];
    const required: boolean[] = [];
    const kinds: number[] = [];
    let refs = 0;
    for (const column of table.columns) {
      const field = fieldOf(column.name);
      if (field === undefined) {
        if (column.required) return undefined; // every row is invalid: reported as rows
        continue;
      }
      const { value } = column;
      let cell: Cell = Cell.Other;
      if (value.type === 'ref') {
        cell = refs++ === 0 ? Cell.Source : Cell.Target;
        kinds.push(NODE_KIND_CODES[value.kind]);
      } else if (value.type === 'boolean') cell = column.attribute === 'critical' ? Cell.Critical : Cell.Boolean;
      else if (value.type === 'number') cell = Cell.Number;
      else if (value.type === 'text') cell = column.attribute === 'alternatives' ? Cell.Alternatives : Cell.Ignored;
      fields.push(field);
      cells.push(cell);
      required.push(column.required);
    }
    if (refs !== 2) return undefined;
    const [sourceKind, targetKind] = kinds as [number, number];
    const sources = ids(sourceKind);
    const targets = ids(targetKind);
    const firstColumn = fieldOf(table.columns[0]!.name)! + 1;
    // The last source and its bytes: rows come grouped by their first column (every use of one
    // organisation together), so most rows need no lookup for it.
    const last = new Uint8Array(256);
    let lastLength = -1;
    let lastSource = -1;
    const sameSource = (bytes: Uint8Array, a: number, z: number): boolean => {
      const length = z - a;
      if (length === lastLength) {
        let i = 0;
        while (i < length && last[i] === bytes[a + i]) i++;
        if (i === length) return true;
      }
      if (length <= last.length) {
        for (let i = 0; i < length; i++) last[i] = bytes[a + i]!;
        lastLength = length;
      } else lastLength = -1;
      return false;
    };
    const line: FastLine = (bytes, starts, ends, at) => {
      let source = -1;
      let target = -1;
      let critical: boolean | undefined;
      let alternatives = '';
      for (let c = 0; c < fields.length; c++) {
        const f = fields[c]!;
        const a = starts[f]!;
        const z = ends[f]!;
        if (a === z) {
          if (required[c]) return false;
          continue;
        }
        switch (cells[c]) {
          case Cell.Ignored:
            break;
          case Cell.Source:
            source = sameSource(bytes, a, z) ? lastSource : (lastSource = sources.get(bytes, a, z));
            if (source < 0 || (source & 3) !== sourceKind) return false;
            break;
          case Cell.Target:
            target = targets.get(bytes, a, z);
            if (target < 0 || (target & 3) !== targetKind) return false;
            break;
          case Cell.Critical:
          case Cell.Boolean: {
            const value = booleanAt(bytes, a, z);
            if (value === undefined) return false;
            if (cells[c] === Cell.Critical) critical = value;
            break;
          }
          case Cell.Number:
            if (!numberAt(bytes, a, z)) return false;
            break;
          case Cell.Alternatives:
            alternatives = (bytes as Buffer).toString('latin1', a, z);
            break;
          default:
            return false;
        }
      }
      if (source === target) return false; // a self-loop
      sink.numericEdge(
        kind,
        NODE_KINDS[source & 3]!,
        source >>> 2,
        NODE_KINDS[target & 3]!,
        target >>> 2,
        critical,
        alternatives,
        at,
        firstColumn,
      );
      return true;
    };
    return line;
  };
}

const lower = (byte: number) => (byte >= 65 && byte <= 90 ? byte + 32 : byte);

/** Whether the ASCII cell `bytes[start, end)` is `word` (lower case) in any case. */
function isWord(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(bytes[start + i]!) !== word.charCodeAt(i)) return false;
  return true;
}

/** The yes/no value of an ASCII cell as parseBoolean reads it (true, yes, 1, ja; false, no, 0, nej; any case), or undefined. */
function booleanAt(bytes: Uint8Array, start: number, end: number): boolean | undefined {
  switch (lower(bytes[start]!)) {
    case 116: // t
      return isWord(bytes, start, end, 'true') ? true : undefined;
    case 121: // y
      return isWord(bytes, start, end, 'yes') ? true : undefined;
    case 49: // 1
      return end - start === 1 ? true : undefined;
    case 106: // j
      return isWord(bytes, start, end, 'ja') ? true : undefined;
    case 102: // f
      return isWord(bytes, start, end, 'false') ? false : undefined;
    case 110: // n
      return isWord(bytes, start, end, 'no') ? false : isWord(bytes, start, end, 'nej') ? false : undefined;
    case 48: // 0
      return end - start === 1 ? false : undefined;
    default:
      return undefined;
  }
}

/** Whether an ASCII cell is a number as parseCell's `number` reads it: digits, and a dot and digits. */
function numberAt(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end && bytes[i]! >= 48 && bytes[i]! <= 57) i++;
  if (i === start) return false;
  if (i === end) return true;
  if (bytes[i] !== 46) return false;
  const dot = ++i;
  while (i < end && bytes[i]! >= 48 && bytes[i]! <= 57) i++;
  return i === end && i > dot;
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
