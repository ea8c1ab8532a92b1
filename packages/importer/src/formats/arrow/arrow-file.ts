/**
 * Opening a binary graph (layout.ts): the manifest is read, both files are read and checked against
 * its sizes, and their tables checked; their SHA-256 sums are taken meanwhile on a second thread
 * (file-hash.ts), and `whenChecked` gives what the graph built from them should be answered with. A
 * file that is missing, truncated or damaged (`KEDJA_ARROW_CORRUPT`), not a Kedja graph or without
 * the layout's columns and row ranges (`KEDJA_ARROW_SHAPE`), or written by a newer Kedja
 * (`KEDJA_ARROW_VERSION`) is refused with a diagnostic that says what to do; a damaged file is
 * refused as damaged whatever reading it did. O(files).
 */
import { join } from 'node:path';

import type { Diagnostic, EdgeKind, NodeKind } from '@kedja/core';
import { tableFromIPC, type Field, type Table } from './apache-arrow.js';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import { readSharedBytes, readText } from '../../guarded-file.js';
import { BACKGROUND_HASH_BYTES, FileHasher } from './file-hash.js';
import {
  ARROW_FORMAT,
  ARROW_VERSION,
  EDGE_ORDER,
  EDGES_FILE,
  edgeFields,
  MANIFEST_FILE,
  META,
  NODE_ORDER,
  nodeFields,
  NODES_FILE,
  type Manifest,
  type RowKind,
  type RowRanges,
} from './layout.js';

/** A checked binary graph: its two tables, their row ranges and the graph's own attributes. */
export interface ArrowGraphFiles {
  nodes: Table;
  edges: Table;
  nodeRanges: RowRanges<NodeKind>;
  edgeRanges: RowRanges<EdgeKind>;
  graphAttributes: Record<string, unknown>;
  /**
   * `result` once both files' SHA-256 sums are the manifest's, else the refusal of the damaged file:
   * every answer built from the tables goes through it (a throw while building is awaited too).
   */
  whenChecked<T>(build: () => T): Promise<T | Failure>;
}

type Failure = { diagnostics: Diagnostic[] };

const failure = (file: string, code: string, message: string): Failure => ({
  diagnostics: [{ file, code, severity: 'error', message }],
});

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** The row ranges of the metadata, checked to tile the table in layout order. */
function checkRanges<K extends RowKind>(value: unknown, kinds: readonly K[], rows: number): RowRanges<K> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ranges = value as Record<string, unknown>;
  let at = 0;
  for (const kind of kinds) {
    const range = ranges[kind];
    if (!Array.isArray(range) || range[0] !== at || !Number.isInteger(range[1]) || range[1] < at) return undefined;
    at = range[1] as number;
  }
  return at === rows ? (ranges as RowRanges<K>) : undefined;
}

/** The first field of the layout that the table lacks or holds with another type. */
function missingField(table: Table, fields: readonly Field[]): string | undefined {
  for (const field of fields) {
    const found = table.schema.fields.find((f) => f.name === field.name);
    if (!found || String(found.type) !== String(field.type)) return field.name;
  }
  return undefined;
}

const AGAIN = 'write it again with kedja import';

/** The manifest (kedja.json), checked for its format and version. */
async function readManifest(folder: string): Promise<Manifest | Failure> {
  const file = join(folder, MANIFEST_FILE);
  let manifest: Partial<Manifest> | undefined;
  const read = await readText(file, 'manifest');
  if (!read.ok && read.diagnostic.code !== IMPORT_CODES.inputNotFound) return { diagnostics: [read.diagnostic] };
  try {
    if (!read.ok) throw new Error('missing');
    manifest = JSON.parse(read.value) as Partial<Manifest>;
  } catch {
    return failure(
      file,
      IMPORT_CODES.arrowCorrupt,
      `${read.ok ? 'not readable JSON' : 'missing'}: a binary graph holds kedja.json beside its Arrow files; ${AGAIN}`,
    );
  }
  if (manifest?.format !== ARROW_FORMAT || typeof manifest.files !== 'object' || manifest.files === null) {
    return failure(file, IMPORT_CODES.arrowShape, `not the manifest of a Kedja graph; ${AGAIN}`);
  }
  if (!Number.isInteger(manifest.version) || manifest.version! > ARROW_VERSION) {
    return failure(
      file,
      IMPORT_CODES.arrowVersion,
      `written in format version ${String(manifest.version)}, newer than this Kedja reads (${ARROW_VERSION}); update Kedja, or write the graph again with this one`,
    );
  }
  return manifest as Manifest;
}

const damaged = (file: string) =>
  failure(file, IMPORT_CODES.arrowCorrupt, `damaged: its SHA-256 is not the one kedja wrote in kedja.json; ${AGAIN}`);

/**
 * A file's bytes, checked against the manifest's size, and the check of its SHA-256 (`undefined`
 * when it is the manifest's), taken by `hasher` meanwhile.
 */
async function readChecked(
  folder: string,
  name: string,
  manifest: Manifest,
  hasher: FileHasher,
): Promise<{ bytes: Uint8Array; hashed: Promise<Failure | undefined> } | Failure> {
  const file = join(folder, name);
  const expected = manifest.files[name];
  const read = await readSharedBytes(file, 'Arrow file');
  if (!read.ok) {
    if (read.diagnostic.code !== IMPORT_CODES.inputNotFound) return { diagnostics: [read.diagnostic] };
    return failure(file, IMPORT_CODES.arrowCorrupt, `missing; ${AGAIN}`);
  }
  const bytes: Uint8Array = read.value;
  if (expected === undefined || bytes.length !== expected.bytes) {
    const sizes =
      expected === undefined
        ? 'the manifest does not list it'
        : `${bytes.length} bytes where the manifest says ${expected.bytes}`;
    return failure(file, IMPORT_CODES.arrowCorrupt, `truncated or changed (${sizes}); ${AGAIN}`);
  }
  const hashed = hasher.hash(bytes).then((hex) => (hex === expected.sha256 ? undefined : damaged(file)));
  return { bytes, hashed };
}

/** Reads and checks one of the two files. */
async function openTable<K extends RowKind>(
  folder: string,
  name: string,
  reading: Promise<{ bytes: Uint8Array; hashed: Promise<Failure | undefined> } | Failure>,
  fields: readonly Field[],
  kinds: readonly K[],
): Promise<{ table: Table; ranges: RowRanges<K>; hashed: Promise<Failure | undefined> } | Failure> {
  const read = await reading;
  if ('diagnostics' in read) return read;
  const { bytes, hashed } = read;
  // A damaged file is refused as damaged, whatever else is wrong with what it holds.
  const opened = checkTable(join(folder, name), bytes, fields, kinds);
  return 'diagnostics' in opened ? ((await hashed) ?? opened) : { ...opened, hashed };
}

/** The table in a file's bytes, checked for the layout's metadata, columns and row ranges. */
function checkTable<K extends RowKind>(
  file: string,
  bytes: Uint8Array,
  fields: readonly Field[],
  kinds: readonly K[],
): { table: Table; ranges: RowRanges<K> } | Failure {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    return failure(
      file,
      IMPORT_CODES.arrowCorrupt,
      `not a readable Arrow file (${(error as Error).message}); ${AGAIN}`,
    );
  }
  const metadata = table.schema.metadata;
  if (metadata.get(META.format) !== ARROW_FORMAT) {
    return failure(
      file,
      IMPORT_CODES.arrowShape,
      'an Arrow file, but not part of a Kedja graph (no kedja.format in its metadata); write one with kedja import',
    );
  }
  const version = Number(metadata.get(META.version));
  if (!Number.isInteger(version) || version > ARROW_VERSION) {
    return failure(
      file,
      IMPORT_CODES.arrowVersion,
      `written in format version ${metadata.get(META.version)}, newer than this Kedja reads (${ARROW_VERSION}); update Kedja, or write it again with this one`,
    );
  }
  const missing = missingField(table, fields);
  if (missing !== undefined)
    return failure(file, IMPORT_CODES.arrowShape, `the column ${quoteValue(missing)} is missing or of another type`);
  const ranges = checkRanges(parseJson(metadata.get(META.rows)), kinds, table.numRows);
  if (ranges === undefined)
    return failure(file, IMPORT_CODES.arrowShape, 'the row ranges in its metadata (kedja.rows) do not fit its rows');
  return { table, ranges };
}

/** How a binary graph is read: only how its files are checked, never what is read from them. */
export interface ArrowReadOptions {
  /** Files of at least this many bytes are hashed on a worker thread (default 8 MiB; 0: every file). */
  backgroundHashBytes?: number;
}

/**
 * Opens and checks a binary graph (the folder of nodes.arrow and edges.arrow). Files from
 * `backgroundHashBytes` on are hashed on a worker thread while the caller builds from them.
 */
export async function openArrowGraph(
  folder: string,
  { backgroundHashBytes = BACKGROUND_HASH_BYTES }: ArrowReadOptions = {},
): Promise<ArrowGraphFiles | Failure> {
  const manifest = await readManifest(folder);
  if ('diagnostics' in manifest) return manifest;
  const hasher = new FileHasher(backgroundHashBytes);
  let checked: Promise<Failure | undefined> | undefined;
  // Both files are read at once (each on a thread of Node's pool), and checked in order.
  const reading = [NODES_FILE, EDGES_FILE].map((name) => readChecked(folder, name, manifest, hasher));
  try {
    const nodes = await openTable(folder, NODES_FILE, reading[0]!, nodeFields(), NODE_ORDER);
    if ('diagnostics' in nodes) return nodes;
    const edges = await openTable(folder, EDGES_FILE, reading[1]!, edgeFields(), EDGE_ORDER);
    if ('diagnostics' in edges) return (await nodes.hashed) ?? edges;
    const graph = parseJson(nodes.table.schema.metadata.get(META.graph));
    checked = Promise.all([nodes.hashed, edges.hashed])
      .then(([inNodes, inEdges]) => inNodes ?? inEdges)
      .finally(() => hasher.close());
    const verdict = checked;
    return {
      nodes: nodes.table,
      edges: edges.table,
      nodeRanges: nodes.ranges,
      edgeRanges: edges.ranges,
      graphAttributes: typeof graph === 'object' && graph !== null ? (graph as Record<string, unknown>) : {},
      async whenChecked<T>(build: () => T): Promise<T | Failure> {
        let built: { value: T } | { error: unknown };
        try {
          built = { value: build() };
        } catch (error) {
          built = { error };
        }
        const refusal = await verdict;
        if (refusal !== undefined) return refusal;
        if ('error' in built) throw built.error;
        return built.value;
      },
    };
  } finally {
    // A refusal: the other file's reading is let finish before the worker ends.
    if (checked === undefined) {
      await Promise.all(reading);
      await hasher.close();
    }
  }
}
