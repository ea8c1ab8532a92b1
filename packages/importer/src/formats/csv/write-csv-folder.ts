/**
 * Writing a graph as a canonical CSV folder (docs/format.md): the seven files with their full
 * headers, one row per node or edge, and parents.csv when the graph has ownership groups (a stale
 * one from an earlier write is removed when it has none), streamed through @fast-csv/format with backpressure, so that
 * memory stays bounded by the graph itself. Reading the folder back gives the same graph.
 *
 * Attributes that have no column in the format (a JSON graph may carry extra ones) cannot be
 * written; they are returned, per kind, so the caller can say so. O(V + E).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type * as FastCsv from '@fast-csv/format';
import type { EdgeKind, KedjaGraph, NodeKind } from '@kedja/core';

import { lazyRequire } from '../../lazy-require.js';
import { PARENTS_TABLE, TABLES, type ColumnSpec, type TableSpec } from './schema.js';

const fastCsv = lazyRequire<typeof FastCsv>('@fast-csv/format');

export interface WriteCsvResult {
  files: string[];
  /** Attribute names found on nodes or edges that no column holds, as `kind.attribute`. */
  dropped: string[];
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

interface Writer {
  write(row: string[]): Promise<void>;
  close(): Promise<void>;
}

function openWriter(file: string, header: string[]): Writer {
  const output = createWriteStream(file, 'utf8');
  const stream = fastCsv().format({ headers: header, alwaysWriteHeaders: true, includeEndRowDelimiter: true });
  stream.pipe(output);
  return {
    async write(row) {
      if (!stream.write(row)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(output, 'finish');
    },
  };
}

const valueColumns = (table: TableSpec) =>
  table.columns.filter((c): c is ColumnSpec & { attribute: string } => c.attribute !== undefined);

/**
 * The table's columns to write: every one, except those written only when used (see ColumnSpec)
 * that no row of `rows` fills. O(rows) for a table with such columns.
 */
function writtenColumns(table: TableSpec, rows: () => Iterable<Record<string, unknown>>): ColumnSpec[] {
  const optional = table.columns.filter((c) => c.writtenWhenUsed && c.attribute !== undefined);
  if (optional.length === 0) return table.columns;
  const used = new Set<string>();
  for (const row of rows()) for (const c of optional) if (row[c.attribute!] !== undefined) used.add(c.name);
  return table.columns.filter((c) => !c.writtenWhenUsed || used.has(c.name));
}

/** Writes `graph` into `folder` (created when missing; existing table files are replaced). */
export async function writeCsvFolder(graph: KedjaGraph, folder: string): Promise<WriteCsvResult> {
  await mkdir(folder, { recursive: true });
  const dropped = new Set<string>();
  const files: string[] = [];
  const nodeTables = new Map<NodeKind, TableSpec>();
  const edgeTables = new Map<EdgeKind, TableSpec>();
  for (const table of TABLES) {
    if (table.node) nodeTables.set(table.node, table);
    if (table.edge) edgeTables.set(table.edge, table);
  }

  const nodesOf = (kind: NodeKind) =>
    function* () {
      for (const node of graph.nodes()) {
        const attributes = graph.getNodeAttributes(node) as unknown as Record<string, unknown>;
        if (attributes.kind === kind) yield attributes;
      }
    };
  const edgesOf = (kind: EdgeKind) =>
    function* () {
      for (const edge of graph.edges()) {
        const attributes = graph.getEdgeAttributes(edge) as unknown as Record<string, unknown>;
        if (attributes.kind === kind) yield attributes;
      }
    };

  for (const [kind, table] of nodeTables) {
    const file = join(folder, table.file);
    const written = writtenColumns(table, nodesOf(kind));
    const columns = valueColumns({ ...table, columns: written });
    const known = new Set(['kind', ...valueColumns(table).map((c) => c.attribute)]);
    const writer = openWriter(
      file,
      written.map((c) => c.name),
    );
    for (const node of graph.nodes()) {
      const attributes = graph.getNodeAttributes(node) as unknown as Record<string, unknown>;
      if (attributes.kind !== kind) continue;
      for (const key of Object.keys(attributes)) if (!known.has(key)) dropped.add(`${kind}.${key}`);
      await writer.write([node, ...columns.map((c) => cell(attributes[c.attribute]))]);
    }
    await writer.close();
    files.push(file);
  }

  for (const [kind, table] of edgeTables) {
    const file = join(folder, table.file);
    const written = writtenColumns(table, edgesOf(kind));
    const columns = valueColumns({ ...table, columns: written });
    const known = new Set(['kind', ...valueColumns(table).map((c) => c.attribute)]);
    const writer = openWriter(
      file,
      written.map((c) => c.name),
    );
    for (const edge of graph.edges()) {
      const attributes = graph.getEdgeAttributes(edge) as unknown as Record<string, unknown>;
      if (attributes.kind !== kind) continue;
      for (const key of Object.keys(attributes)) if (!known.has(key)) dropped.add(`${kind}.${key}`);
      await writer.write([
        graph.source(edge),
        graph.target(edge),
        ...columns.map((c) => cell(attributes[c.attribute])),
      ]);
    }
    await writer.close();
    files.push(file);
  }

  const parents = graph.getAttribute('parents');
  const parentsFile = join(folder, PARENTS_TABLE.file);
  if (parents !== undefined && parents.length > 0) {
    const columns = valueColumns(PARENTS_TABLE);
    const writer = openWriter(
      parentsFile,
      PARENTS_TABLE.columns.map((c) => c.name),
    );
    for (const group of parents) {
      const row = group as unknown as Record<string, unknown>;
      await writer.write(columns.map((c) => cell(row[c.attribute])));
    }
    await writer.close();
    files.push(parentsFile);
  } else {
    await rm(parentsFile, { force: true });
  }
  return { files, dropped: [...dropped].sort() };
}
