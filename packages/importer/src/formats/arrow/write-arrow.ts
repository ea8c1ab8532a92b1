/**
 * Writing the binary graph (layout.ts). From a graph (`writeArrowGraph`), or straight from a
 * canonical CSV folder (`writeArrowFolder`): the folder is read once, checked exactly as every
 * reader checks it, and its rows go to the files without a graphology graph, so that a graph of ten
 * million edges is written in about the time it takes to read its CSV. Nothing is written when the
 * input has errors. The folder is written beside its destination and renamed into place, so that
 * a reader never sees half of it. O(rows).
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { hasErrors, type Diagnostic, type EdgeKind, type KedjaGraph, type NodeKind } from '@kedja/core';
import { storeSnapshot } from '@kedja/core/kernel';

import { IMPORT_CODES } from '../../errors.js';
import type { ImportNote } from '../../types.js';
import { loadSnapshot, type FolderOptions, type FolderSink, type NodeRef, type TableSpec } from '../csv/index.js';
import { ArrowRows } from './arrow-rows.js';
import {
  ARROW_FORMAT,
  ARROW_VERSION,
  EDGE_ORDER,
  EDGES_FILE,
  MANIFEST_FILE,
  NODE_ORDER,
  NODES_FILE,
  SNAPSHOT_FILE,
  type Manifest,
} from './layout.js';
import { tablesOf } from './arrow-file.js';
import { fromTables, nodeTexts } from './arrow-snapshot.js';
import { snapshotFileBytes } from './snapshot-file.js';

const describe = (bytes: Uint8Array) => ({
  bytes: bytes.length,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});

/**
 * snapshot.arrow for the tables in `files` (with their manifest entries), built as a reader builds
 * the snapshot from them, so that the two ways give the same arrays; none when the tables give no
 * snapshot (a reader then refuses the tables, as it would without it).
 */
function derivedSnapshot(folder: string, files: { nodes: Uint8Array; edges: Uint8Array }, listed: Manifest['files']) {
  const tables = tablesOf(folder, files);
  if ('diagnostics' in tables) return undefined;
  const built = fromTables(folder, tables);
  if (built.snapshot === null || hasErrors(built.diagnostics)) return undefined;
  const stored = storeSnapshot(built.snapshot, built.columns);
  const derivedFrom = { [NODES_FILE]: listed[NODES_FILE]!.sha256, [EDGES_FILE]: listed[EDGES_FILE]!.sha256 };
  const written = {
    stored,
    loneAlternatives: built.loneAlternatives,
    ...nodeTexts(built.columns),
    graph: tables.graphAttributes,
  };
  return snapshotFileBytes(written, derivedFrom);
}

/** Writes nodes.arrow, edges.arrow and snapshot.arrow into `folder` (replacing what was there), all or nothing. */
async function writeFolder(folder: string, rows: ArrowRows, graphAttributes: Readonly<Record<string, unknown>>) {
  const partial = `${folder}.partial-${process.pid}`;
  const files = rows.toFiles(graphAttributes);
  const listed: Manifest['files'] = { [NODES_FILE]: describe(files.nodes), [EDGES_FILE]: describe(files.edges) };
  const snapshot = derivedSnapshot(folder, files, listed);
  if (snapshot !== undefined) listed[SNAPSHOT_FILE] = describe(snapshot);
  const manifest: Manifest = { format: ARROW_FORMAT, version: ARROW_VERSION, files: listed };
  try {
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    await writeFile(join(partial, NODES_FILE), files.nodes);
    await writeFile(join(partial, EDGES_FILE), files.edges);
    if (snapshot !== undefined) await writeFile(join(partial, SNAPSHOT_FILE), snapshot);
    await writeFile(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(folder, { recursive: true, force: true });
    await rename(partial, folder);
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

/** The graph's rows: nodes by kind, then edges by kind, each in the graph's order. O(V + E). */
function graphRows(graph: KedjaGraph): ArrowRows {
  const rows = new ArrowRows();
  const rowOf = new Map<string, number>();
  let row = 0;
  for (const kind of NODE_ORDER) {
    graph.forEachNode((id, attributes) => {
      if (attributes.kind !== kind) return;
      rows.node(kind, id, attributes as unknown as Record<string, unknown>);
      rowOf.set(id, row++);
    });
  }
  for (const kind of EDGE_ORDER) {
    graph.forEachEdge((_key, attributes, source, target) => {
      if (attributes.kind !== kind) return;
      const ends = { source, target, sourceRow: rowOf.get(source)!, targetRow: rowOf.get(target)! };
      rows.edge(kind, ends, attributes as unknown as Record<string, unknown>);
    });
  }
  return rows;
}

/** Writes `graph` as a binary graph (a folder of nodes.arrow and edges.arrow). */
export async function writeArrowGraph(graph: KedjaGraph, folder: string): Promise<void> {
  await writeFolder(folder, graphRows(graph), { ...graph.getAttributes() });
}

/**
 * A sink of the CSV scan that adds every row to the file's rows. The node tables are read before
 * the edge tables (organisations, services, suppliers), so an edge's ends have their rows.
 */
class RowSink implements FolderSink {
  readonly rows = new ArrowRows();
  private readonly counts: Record<NodeKind, number> = { organisation: 0, service: 0, supplier: 0 };

  node(kind: NodeKind, id: string, _ordinal: number, attributes: Record<string, unknown> | undefined): void {
    this.rows.node(kind, id, attributes ?? {});
    this.counts[kind]++;
  }

  private rowOf(node: NodeRef): number {
    const { organisation, service } = this.counts;
    return (
      node.ordinal +
      (node.kind === 'organisation' ? 0 : node.kind === 'service' ? organisation : organisation + service)
    );
  }

  edge(
    kind: EdgeKind,
    _table: TableSpec,
    source: NodeRef,
    target: NodeRef,
    attributes?: Record<string, unknown>,
  ): void {
    const ends = { source: source.id, target: target.id, sourceRow: this.rowOf(source), targetRow: this.rowOf(target) };
    this.rows.edge(kind, ends, attributes ?? {});
  }
}

export interface WriteArrowResult {
  /** Every problem of the input; the file was written only when none is an error. */
  diagnostics: Diagnostic[];
  notes?: ImportNote[];
  written: boolean;
}

/** Reads a canonical CSV folder and writes it as a binary graph, in one pass, without a graph. */
export async function writeArrowFolder(
  folder: string,
  output: string,
  options: FolderOptions = {},
): Promise<WriteArrowResult> {
  const sink = new RowSink();
  const { snapshot, diagnostics, notes, parents } = await loadSnapshot(folder, { ...options, also: sink });
  const said = notes ? { notes } : {};
  if (snapshot === null || hasErrors(diagnostics)) return { diagnostics, written: false, ...said };
  try {
    // The graph's own attributes, as a graph read from the folder has them: parents.csv's groups.
    await writeFolder(output, sink.rows, parents !== undefined ? { parents } : {});
  } catch (error) {
    const message = `cannot write it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    diagnostics.push({ file: output, code: IMPORT_CODES.writeFailed, severity: 'error', message });
    return { diagnostics, written: false, ...said };
  }
  return { diagnostics, written: true, ...said };
}
