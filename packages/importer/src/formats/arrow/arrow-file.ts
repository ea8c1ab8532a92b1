/**
 * Opening a binary graph (layout.ts): the manifest is read, the files a reader needs are read and
 * checked against its sizes, and their tables checked; their SHA-256 sums are taken meanwhile on a
 * second thread (file-hash.ts), nodes.arrow's too when the engine reads a current snapshot.arrow
 * instead of it, and `whenChecked` gives what the graph built from them should be answered with. A
 * file that is missing, truncated or damaged (`KEDJA_ARROW_CORRUPT`), not a Kedja graph or without
 * the layout's columns and row ranges (`KEDJA_ARROW_SHAPE`), or written by a newer Kedja
 * (`KEDJA_ARROW_VERSION`) is refused with a diagnostic that says what to do; a damaged file is
 * refused as damaged whatever reading it did. O(files).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { Diagnostic, EdgeKind, NodeKind } from '@kedja/core';
import { tableFromIPC, type Field, type Table } from './apache-arrow.js';

import { quoteValue } from '@kedja/core';
import { SNAPSHOT_LAYOUT } from '@kedja/core/kernel';
import { IMPORT_CODES } from '../../errors.js';
import { readSharedBytes, readText } from '../../guarded-file.js';
import { BACKGROUND_HASH_BYTES, FileHasher } from './file-hash.js';
import { missingField, parseJson } from './arrow-columns.js';
import { derivation, readSnapshotTable, type DerivedSnapshot } from './snapshot-file.js';
import {
  ARROW_FORMAT,
  ARROW_VERSION,
  EDGE_ORDER,
  EDGES_FILE,
  edgeFields,
  MANIFEST_FILE,
  META,
  SNAPSHOT_COLUMNS,
  SNAPSHOT_FILE,
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

/**
 * A checked binary graph read for its derived snapshot (snapshot.arrow, layout.ts): what
 * snapshot.arrow holds. nodes.arrow is hashed, not read, and edges.arrow only checked for its size.
 */
export interface ArrowSnapshotFiles extends Pick<ArrowGraphFiles, 'graphAttributes' | 'whenChecked'> {
  derived: DerivedSnapshot;
}

type Failure = { diagnostics: Diagnostic[] };

const failure = (file: string, code: string, message: string): Failure => ({
  diagnostics: [{ file, code, severity: 'error', message }],
});

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
  hashedAlready?: Promise<Failure | undefined>,
): Promise<{ bytes: Uint8Array; hashed: Promise<Failure | undefined> } | Failure> {
  const file = join(folder, name);
  const expected = manifest.files[name];
  const read = await readSharedBytes(file, 'Arrow file');
  if (!read.ok) {
    if (read.diagnostic.code !== IMPORT_CODES.inputNotFound) return { diagnostics: [read.diagnostic] };
    return failure(file, IMPORT_CODES.arrowCorrupt, `missing; ${AGAIN}`);
  }
  const bytes: Uint8Array = read.value;
  if (expected === undefined || bytes.length !== expected.bytes) return wrongSize(file, bytes.length, expected);
  const hashed =
    hashedAlready ?? hasher.hash(bytes).then((hex) => (hex === expected.sha256 ? undefined : damaged(file)));
  return { bytes, hashed };
}

/**
 * The check of a file the caller does not read but vouches for (nodes.arrow beside a current
 * snapshot.arrow, which holds what the engine reads of it): its size, then its SHA-256, read and
 * taken by `hasher`.
 */
async function hashUnread(
  folder: string,
  name: string,
  manifest: Manifest,
  hasher: FileHasher,
): Promise<Failure | undefined> {
  const sized = await checkUnread(folder, name, manifest);
  if (sized !== undefined) return sized;
  const file = join(folder, name);
  const { bytes, sha256 } = manifest.files[name]!;
  const hex = await hasher.hashFile(file, bytes);
  if (hex === undefined) return failure(file, IMPORT_CODES.inputUnreadable, 'cannot be read');
  return hex === sha256 ? undefined : damaged(file);
}

type Read = { bytes: Uint8Array; hashed: Promise<Failure | undefined> };

/**
 * The check of a file the caller does not read (edges.arrow beside a current snapshot.arrow): there,
 * and of the manifest's size. Its bytes are checked by the commands that read it, and by
 * `verify` (kedja validate), which reads every file.
 */
async function checkUnread(folder: string, name: string, manifest: Manifest): Promise<Failure | undefined> {
  const file = join(folder, name);
  const expected = manifest.files[name];
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure(file, IMPORT_CODES.arrowCorrupt, `missing; ${AGAIN}`);
    return failure(file, IMPORT_CODES.inputUnreadable, `cannot be read (${code ?? String(error)})`);
  }
  return expected === undefined || size !== expected.bytes ? wrongSize(file, size, expected) : undefined;
}

function wrongSize(file: string, size: number, expected: Manifest['files'][string] | undefined): Failure {
  const sizes =
    expected === undefined
      ? 'the manifest does not list it'
      : `${size} bytes where the manifest says ${expected.bytes}`;
  return failure(file, IMPORT_CODES.arrowCorrupt, `truncated or changed (${sizes}); ${AGAIN}`);
}

/** Reads one file and checks it with `check`; a damaged file is refused as damaged, whatever else is wrong with it. */
async function openFile<T>(
  folder: string,
  name: string,
  reading: Promise<Read | Failure>,
  check: (file: string, table: Table) => T | Failure,
): Promise<{ opened: T; hashed: Promise<Failure | undefined> } | Failure> {
  const read = await reading;
  if ('diagnostics' in read) return read;
  const { bytes, hashed } = read;
  const file = join(folder, name);
  const table = readTable(file, bytes);
  const opened = 'diagnostics' in table ? table : check(file, table);
  if (isFailure(opened)) return (await hashed) ?? opened;
  return { opened, hashed };
}

const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && 'diagnostics' in value;

/** The table in a file's bytes, checked to be part of a Kedja graph of a version this Kedja reads. */
function readTable(file: string, bytes: Uint8Array): Table | Failure {
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
  return table;
}

/** A table of nodes.arrow or edges.arrow with its row ranges, checked. */
type Checked<K extends RowKind> = { table: Table; ranges: RowRanges<K> };

/** A table of nodes.arrow or edges.arrow, checked for the layout's columns and row ranges. */
function tableOf<K extends RowKind>(
  fields: readonly Field[],
  kinds: readonly K[],
): (file: string, table: Table) => Checked<K> | Failure {
  return (file, table) => {
    const missing = missingField(table, fields);
    if (missing !== undefined)
      return failure(file, IMPORT_CODES.arrowShape, `the column ${quoteValue(missing)} is missing or of another type`);
    const ranges = checkRanges(parseJson(table.schema.metadata.get(META.rows)), kinds, table.numRows);
    if (ranges === undefined)
      return failure(file, IMPORT_CODES.arrowShape, 'the row ranges in its metadata (kedja.rows) do not fit its rows');
    return { table, ranges };
  };
}

/**
 * What snapshot.arrow holds, or `stale` when it cannot be used (another layout, or derived from
 * tables other than the manifest's): then the snapshot is built from the tables.
 */
function derivedOf(manifest: Manifest): (file: string, table: Table) => DerivedSnapshot | 'stale' | Failure {
  return (file, table) => {
    const { layout, columns, derivedFrom } = derivation(table);
    const current = [NODES_FILE, EDGES_FILE].every((name) => derivedFrom[name] === manifest.files[name]?.sha256);
    if (layout !== SNAPSHOT_LAYOUT || columns !== SNAPSHOT_COLUMNS || !current) return 'stale';
    const derived = readSnapshotTable(table);
    return typeof derived === 'string' ? failure(file, IMPORT_CODES.arrowShape, `${derived}; ${AGAIN}`) : derived;
  };
}

/** The tables of nodes.arrow and edges.arrow in memory (as a writer has them), checked as a reader checks them. */
export function tablesOf(
  folder: string,
  bytes: { nodes: Uint8Array; edges: Uint8Array },
): Omit<ArrowGraphFiles, 'whenChecked'> | Failure {
  const nodeTable = readTable(join(folder, NODES_FILE), bytes.nodes);
  if ('diagnostics' in nodeTable) return nodeTable;
  const nodes = tableOf(nodeFields(), NODE_ORDER)(join(folder, NODES_FILE), nodeTable);
  if ('diagnostics' in nodes) return nodes;
  const edgeTable = readTable(join(folder, EDGES_FILE), bytes.edges);
  if ('diagnostics' in edgeTable) return edgeTable;
  const edges = tableOf(edgeFields(), EDGE_ORDER)(join(folder, EDGES_FILE), edgeTable);
  if ('diagnostics' in edges) return edges;
  return graphFiles(nodes, edges);
}

/** What a checked nodes.arrow and edges.arrow give. */
function graphFiles(nodes: Checked<NodeKind>, edges: Checked<EdgeKind>): Omit<ArrowGraphFiles, 'whenChecked'> {
  return {
    nodes: nodes.table,
    nodeRanges: nodes.ranges,
    graphAttributes: graphAttributesOf(nodes.table),
    edges: edges.table,
    edgeRanges: edges.ranges,
  };
}

/** The graph's own attributes, from nodes.arrow's metadata. */
function graphAttributesOf(nodes: Table): Record<string, unknown> {
  const graph = parseJson(nodes.schema.metadata.get(META.graph));
  return typeof graph === 'object' && graph !== null ? (graph as Record<string, unknown>) : {};
}

/** How a binary graph is read: only how its files are checked, never what is read from them. */
export interface ArrowReadOptions {
  /** Files of at least this many bytes are hashed on a worker thread (default 8 MiB; 0: every file). */
  backgroundHashBytes?: number;
  /**
   * Read and check every file, snapshot.arrow too, even where the tables alone would do (kedja
   * validate); a loader of the snapshot then also checks snapshot.arrow against the tables.
   */
  verify?: boolean;
}

/**
 * Opens and checks a binary graph (the folder of nodes.arrow and edges.arrow). Files from
 * `backgroundHashBytes` on are hashed on a worker thread while the caller builds from them.
 */
export async function openArrowGraph(
  folder: string,
  options: ArrowReadOptions = {},
): Promise<ArrowGraphFiles | Failure> {
  return (await openFolder(folder, options, options.verify ? 'verify' : 'tables')) as ArrowGraphFiles | Failure;
}

/**
 * Opens and checks a binary graph for the engine: nodes.arrow and the derived snapshot.arrow when
 * the folder has a current one, else nodes.arrow and edges.arrow, as `openArrowGraph`. With
 * `verify`, every file, and the tables' files with what a current snapshot.arrow holds (`derived`).
 */
export async function openArrowSnapshot(
  folder: string,
  options: ArrowReadOptions = {},
): Promise<ArrowSnapshotFiles | (ArrowGraphFiles & { derived?: DerivedSnapshot }) | Failure> {
  return openFolder(folder, options, options.verify ? 'verify' : 'snapshot');
}

/**
 * Which files are read: a current snapshot.arrow, with nodes.arrow hashed meanwhile (`snapshot`,
 * else as `tables`), nodes.arrow and edges.arrow (`tables`), or every file (`verify`). A listed file
 * that is not read is checked for its size.
 */
type Reading = 'snapshot' | 'tables' | 'verify';

async function openFolder(
  folder: string,
  { backgroundHashBytes = BACKGROUND_HASH_BYTES }: ArrowReadOptions,
  mode: Reading,
): Promise<ArrowSnapshotFiles | (ArrowGraphFiles & { derived?: DerivedSnapshot }) | Failure> {
  const manifest = await readManifest(folder);
  if ('diagnostics' in manifest) return manifest;
  const hasher = new FileHasher(backgroundHashBytes);
  const reading: Promise<unknown>[] = [];
  // Files are read at once (each on a thread of Node's pool), and checked in order.
  const read = (name: string, hashed?: Promise<Failure | undefined>) => {
    const started = readChecked(folder, name, manifest, hasher, hashed);
    reading.push(started);
    return started;
  };
  const hashes: Promise<Failure | undefined>[] = [];
  // A damaged file read earlier is the refusal, whatever is wrong with a later one.
  const refuse = async (refusal: Failure) => (await firstDamage(hashes)) ?? refusal;
  let checked: Promise<Failure | undefined> | undefined;
  const listed = manifest.files[SNAPSHOT_FILE] !== undefined;
  const withSnapshot = listed && mode !== 'tables';
  // The engine's reading: snapshot.arrow holds what it needs of nodes.arrow, which is only hashed
  // (from its file, on the worker, while snapshot.arrow is read); the tables are read if it is stale.
  const nodesUnread = withSnapshot && mode === 'snapshot';
  const withEdges = mode !== 'snapshot' || !listed;
  // The file of the manifest that is not read is checked for its size: edges.arrow beside a
  // snapshot, snapshot.arrow beside the tables.
  const unread = !withEdges ? EDGES_FILE : listed && !withSnapshot ? SNAPSHOT_FILE : undefined;
  const unreadChecked = unread !== undefined ? checkUnread(folder, unread, manifest) : undefined;
  if (unreadChecked !== undefined) reading.push(unreadChecked);
  const toHash = [NODES_FILE, ...(withSnapshot ? [SNAPSHOT_FILE] : []), ...(withEdges ? [EDGES_FILE] : [])];
  hasher.expect(toHash.map((name) => manifest.files[name]?.bytes ?? 0));
  const nodesHashed = nodesUnread ? hashUnread(folder, NODES_FILE, manifest, hasher) : undefined;
  if (nodesHashed !== undefined) reading.push(nodesHashed);
  let nodesRead = nodesUnread ? undefined : read(NODES_FILE);
  const snapshotRead = withSnapshot ? read(SNAPSHOT_FILE) : undefined;
  let edgesRead = withEdges ? read(EDGES_FILE) : undefined;
  try {
    // nodes.arrow's check comes first, whether it is read or only hashed.
    if (nodesHashed !== undefined) hashes.push(nodesHashed);
    const openNodes = async () => {
      const opened = await openFile(
        folder,
        NODES_FILE,
        (nodesRead ??= read(NODES_FILE, nodesHashed)),
        tableOf(nodeFields(), NODE_ORDER),
      );
      if ('diagnostics' in opened) return opened;
      if (nodesHashed === undefined) hashes.push(opened.hashed);
      return opened.opened;
    };
    let nodes = nodesUnread ? undefined : await openNodes();
    if (nodes !== undefined && 'diagnostics' in nodes) return nodes;
    let derived: DerivedSnapshot | 'stale' = 'stale';
    if (snapshotRead !== undefined) {
      const snapshot = await openFile(folder, SNAPSHOT_FILE, snapshotRead, derivedOf(manifest));
      if ('diagnostics' in snapshot) return await refuse(snapshot);
      hashes.push(snapshot.hashed);
      derived = snapshot.opened;
    }
    if (unreadChecked !== undefined) {
      const refusal = await unreadChecked;
      if (refusal !== undefined) return await refuse(refusal);
    }
    if (nodes === undefined && derived === 'stale') {
      nodes = await openNodes();
      if ('diagnostics' in nodes) return await refuse(nodes);
    }
    let edges: Checked<EdgeKind> | undefined;
    if (derived === 'stale' || mode === 'verify') {
      const opened = await openFile(
        folder,
        EDGES_FILE,
        (edgesRead ??= read(EDGES_FILE)),
        tableOf(edgeFields(), EDGE_ORDER),
      );
      if ('diagnostics' in opened) return await refuse(opened);
      hashes.push(opened.hashed);
      edges = opened.opened;
    }
    // The worker ends once the sums are in; nothing waits for it to be gone.
    checked = firstDamage(hashes).finally(() => void hasher.close());
    const whenChecked = checkedBuild(checked);
    if (nodes === undefined || edges === undefined) {
      // Only a current snapshot.arrow was read.
      const current = derived as DerivedSnapshot;
      return { derived: current, graphAttributes: current.graph, whenChecked };
    }
    return { ...graphFiles(nodes, edges), whenChecked, ...(derived === 'stale' ? {} : { derived }) };
  } finally {
    // A refusal: the other files' reading and hashing are let finish before the worker ends.
    if (checked === undefined) {
      await Promise.all(reading);
      await hasher.close();
    }
  }
}

/** The first refusal among files' checks, in order, once all are done. */
async function firstDamage(hashes: readonly Promise<Failure | undefined>[]): Promise<Failure | undefined> {
  return (await Promise.all(hashes)).find((refusal) => refusal !== undefined);
}

/** `whenChecked` of ArrowGraphFiles over the verdict of the files' sums. */
function checkedBuild(verdict: Promise<Failure | undefined>) {
  return async <T>(build: () => T): Promise<T | Failure> => {
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
  };
}
