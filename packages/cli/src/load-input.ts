/**
 * Loading the graph a command works on, and printing what the importer found: warnings go to
 * stderr and the command goes on; errors stop it with exit code 2.
 */
import { formatDiagnostic, hasErrors, type KedjaGraph } from '@kedja/core';
import { GRAPH_FILE_EXTENSIONS, loadGraph } from '@kedja/importer';

import { DataError } from './errors.js';
import type { Io } from './output/io.js';

/** How commands describe their <input> argument. */
export const INPUT_DESCRIPTION = `a canonical CSV folder or a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')})`;

export async function loadInput(input: string, io: Io): Promise<KedjaGraph> {
  const { graph, diagnostics } = await loadGraph(input);
  if (graph === null || hasErrors(diagnostics)) {
    throw new DataError(`${input} is not a valid Kedja graph; nothing was imported`, diagnostics);
  }
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  return graph;
}
