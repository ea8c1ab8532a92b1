/**
 * Loading what a command works on, and printing what the importer found: warnings go to stderr
 * and the command goes on; errors stop it with exit code 2. The importer chooses how to load
 * (`loadInput`): a CSV folder straight into the engine's snapshot, at every size, unless the
 * command needs a graph (`graph: true`). Through `@kedja/importer/input`, which loads only the CSV
 * reader until another format is met.
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
import {
  GRAPH_FILE_EXTENSIONS,
  loadGraph,
  loadInput as loadForEngine,
  type ImportNote,
  type LoadGraphOptions,
} from '@kedja/importer/input';

import { DataError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { Assumption } from '../render/gaps.js';
import { assumeOnGraph, assumeOnSnapshot, type AssumeRequest } from './assume-unknown.js';

/** How commands describe their <input> argument. */
export const INPUT_DESCRIPTION = `a canonical CSV folder (or an .xlsx workbook of it), a binary graph (the folder kedja import -o graph.arrow writes), a DORA register (folder or .zip) or a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')})`;

/** Says how input not in the canonical form was read (a `;`-separated or Windows-1252 file), on stderr. */
export function printNotes(io: Io, notes: readonly ImportNote[] | undefined): void {
  for (const note of notes ?? []) io.stderr(`${note.file}: note ${note.code}: ${note.message}\n`);
}

/** Prints what loading said (notes, then warnings), or refuses the input when it is not valid. */
export function accept(
  input: string,
  diagnostics: Diagnostic[],
  io: Io,
  valid: boolean,
  notes?: readonly ImportNote[],
): void {
  printNotes(io, notes);
  if (!valid || hasErrors(diagnostics)) {
    throw new DataError(`${input} is not a valid Kedja graph; nothing was imported`, diagnostics);
  }
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

/** The input as a graphology graph, with the `--assume-unknown` what-if applied when asked. */
export async function loadInput(
  input: string,
  io: Io,
  options: LoadGraphOptions & { assume?: AssumeRequest | undefined } = {},
): Promise<KedjaGraph> {
  const { assume, ...load } = options;
  const { graph, diagnostics, notes } = await loadGraph(input, load);
  accept(input, diagnostics, io, graph !== null, notes);
  if (assume !== undefined) await assumeOnGraph(graph!, assume, io);
  return graph!;
}

export interface LoadedEngine {
  engine: SnapshotEngine;
  /** The graphology graph, when the input was loaded as one. */
  graph?: KedjaGraph;
  /** What `--assume-unknown` assumed, when asked. */
  assumption?: Assumption;
}

/**
 * With `graph: true` the input is always loaded as a graphology graph (for analyses that read edge
 * attributes); with `assume`, the `--assume-unknown` what-if is applied before the engine is built.
 */
export async function loadEngine(
  input: string,
  io: Io,
  options: { graph?: boolean; assume?: AssumeRequest | undefined } = {},
): Promise<LoadedEngine> {
  const { assume, ...load } = options;
  const loaded = await loadForEngine(input, load);
  accept(input, loaded.diagnostics, io, loaded.form !== null, loaded.notes);
  if (loaded.form === 'snapshot') {
    const engine = createSnapshotEngine(loaded.snapshot, loaded.table);
    return assume === undefined ? { engine } : assumeOnSnapshot(engine, assume, io);
  }
  const graph = loaded.form === 'graph' ? loaded.graph : undefined;
  const assumption = assume === undefined ? undefined : await assumeOnGraph(graph!, assume, io);
  return { engine: createEngine(graph!), graph: graph!, ...(assumption !== undefined ? { assumption } : {}) };
}
