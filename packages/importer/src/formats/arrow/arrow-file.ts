/**
 * Opening a binary graph (layout.ts): the manifest is read, both files are read and checked against
 * its sizes and SHA-256 sums, and their tables checked, before anything is built from them. A file
 * that is missing, truncated or damaged (`KEDJA_ARROW_CORRUPT`), not a Kedja graph or without the
 * layout's columns and row ranges (`KEDJA_ARROW_SHAPE`), or written by a newer Kedja
 * (`KEDJA_ARROW_VERSION`) is refused with a diagnostic that says what to do. O(files).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import type { Diagnostic, EdgeKind, NodeKind } from '@kedja/core';
import { tableFromIPC, type Field, type Table } from 'apache-arrow';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import { readBytes, readText } from '../../guarded-file.js';
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

/** A file's bytes, checked against the manifest's size and SHA-256. */
async function readChecked(folder: string, name: string, manifest: Manifest): Promise<Uint8Array | Failure> {
  const file = join(folder, name);
  const expected = manifest.files[name];
  const read = await readBytes(file, 'Arrow file');
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
  if (createHash('sha256').update(bytes).digest('hex') !== expected.sha256) {
    return failure(
      file,
      IMPORT_CODES.arrowCorrupt,
      `damaged: its SHA-256 is not the one kedja wrote in kedja.json; ${AGAIN}`,
    );
  }
  return bytes;
}

/** Reads and checks one of the two files. */
async function openTable<K extends RowKind>(
  folder: string,
  name: string,
  manifest: Manifest,
  fields: readonly Field[],
  kinds: readonly K[],
): Promise<{ table: Table; ranges: RowRanges<K> } | Failure> {
  const file = join(folder, name);
  const bytes = await readChecked(folder, name, manifest);
  if ('diagnostics' in bytes) return bytes;
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

/** Opens and checks a binary graph (the folder of nodes.arrow and edges.arrow). */
export async function openArrowGraph(folder: string): Promise<ArrowGraphFiles | Failure> {
  const manifest = await readManifest(folder);
  if ('diagnostics' in manifest) return manifest;
  const nodes = await openTable(folder, NODES_FILE, manifest, nodeFields(), NODE_ORDER);
  if ('diagnostics' in nodes) return nodes;
  const edges = await openTable(folder, EDGES_FILE, manifest, edgeFields(), EDGE_ORDER);
  if ('diagnostics' in edges) return edges;
  const graph = parseJson(nodes.table.schema.metadata.get(META.graph));
  return {
    nodes: nodes.table,
    edges: edges.table,
    nodeRanges: nodes.ranges,
    edgeRanges: edges.ranges,
    graphAttributes: typeof graph === 'object' && graph !== null ? (graph as Record<string, unknown>) : {},
  };
}
