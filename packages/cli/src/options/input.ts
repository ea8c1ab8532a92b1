/**
 * Loading what a command works on, and printing what the importer found: warnings go to stderr
 * and the command goes on; errors stop it with exit code 2. The importer chooses how to load
 * (`loadInput`: a graph, or for large CSV folders a snapshot); `KEDJA_LOADER=graph` or `bulk`
 * forces one.
 */
import {
  createEngine,
  createSnapshotEngine,
  formatDiagnostic,
  hasErrors,
  type Diagnostic,
  type KedjaGraph,
  type SnapshotEngine,
} from '@kedja/core';
import { GRAPH_FILE_EXTENSIONS, loadGraph, loadInput as loadForEngine } from '@kedja/importer';

import { DataError } from '../errors.js';
import type { Io } from '../output/io.js';

/** How commands describe their <input> argument. */
export const INPUT_DESCRIPTION = `a canonical CSV folder or a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')})`;

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

export interface LoadedEngine {
  engine: SnapshotEngine;
  /** The graphology graph, when the input was loaded as one. */
  graph?: KedjaGraph;
}

const forcedLoader = (value: string | undefined) => (value === 'graph' || value === 'bulk' ? value : undefined);

/** With `graph: true` the input is always loaded as a graphology graph (for analyses that read edge attributes). */
export async function loadEngine(input: string, io: Io, options: { graph?: boolean } = {}): Promise<LoadedEngine> {
  const loader = forcedLoader(process.env.KEDJA_LOADER);
  const loaded = await loadForEngine(input, { ...options, ...(loader ? { loader } : {}) });
  accept(input, loaded.diagnostics, io, loaded.form !== null);
  if (loaded.form === 'snapshot') return { engine: createSnapshotEngine(loaded.snapshot, loaded.table) };
  const graph = loaded.form === 'graph' ? loaded.graph : undefined;
  return { engine: createEngine(graph!), graph: graph! };
}
