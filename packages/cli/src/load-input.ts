/**
 * Loading what a command works on, and printing what the importer found: warnings go to stderr
 * and the command goes on; errors stop it with exit code 2.
 *
 * Commands that only ask the engine (rank, blast, why) take `loadEngine`: a canonical CSV folder
 * larger than BULK_THRESHOLD bytes goes straight into a snapshot (the bulk loader) instead of a
 * graphology graph, which at a million organisations would take minutes and gigabytes. The same
 * checks run either way. `KEDJA_LOADER=graph` or `bulk` forces one.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import {
  createEngine,
  createSnapshotEngine,
  formatDiagnostic,
  hasErrors,
  type Diagnostic,
  type KedjaGraph,
  type SnapshotEngine,
} from '@kedja/core';
import { GRAPH_FILE_EXTENSIONS, loadGraph, loadSnapshot, TABLE_FILES } from '@kedja/importer';

import { DataError } from './errors.js';
import type { Io } from './output/io.js';

/** How commands describe their <input> argument. */
export const INPUT_DESCRIPTION = `a canonical CSV folder or a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')})`;

/** Folders with more CSV bytes than this are bulk-loaded (about a million rows). */
export const BULK_THRESHOLD = 64 * 1024 * 1024;

function accept(input: string, diagnostics: Diagnostic[], io: Io, valid: boolean): void {
  if (!valid || hasErrors(diagnostics)) {
    throw new DataError(`${input} is not a valid Kedja graph; nothing was imported`, diagnostics);
  }
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

export async function loadInput(input: string, io: Io): Promise<KedjaGraph> {
  const { graph, diagnostics } = await loadGraph(input);
  accept(input, diagnostics, io, graph !== null);
  return graph!;
}

async function csvBytes(folder: string): Promise<number> {
  try {
    if (!(await stat(folder)).isDirectory()) return 0;
    let total = 0;
    for (const entry of await readdir(folder)) {
      if (TABLE_FILES.includes(entry)) total += (await stat(join(folder, entry))).size;
    }
    return total;
  } catch {
    return 0;
  }
}

export interface LoadedEngine {
  engine: SnapshotEngine;
  /** The graphology graph, when the input was loaded as one. */
  graph?: KedjaGraph;
}

/** With `graph: true` the input is always loaded as a graphology graph (for analyses that read edge attributes). */
export async function loadEngine(input: string, io: Io, options: { graph?: boolean } = {}): Promise<LoadedEngine> {
  const forced = options.graph ? 'graph' : process.env.KEDJA_LOADER;
  const bulk = forced === 'bulk' || (forced !== 'graph' && (await csvBytes(input)) > BULK_THRESHOLD);
  if (bulk) {
    const { snapshot, table, diagnostics } = await loadSnapshot(input);
    accept(input, diagnostics, io, snapshot !== null && table !== null);
    return { engine: createSnapshotEngine(snapshot!, table!) };
  }
  const graph = await loadInput(input, io);
  return { engine: createEngine(graph), graph };
}
