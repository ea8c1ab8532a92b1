/**
 * `kedja export` (and the writing half of `import`, `import-dora`): a graph as the text of a
 * graph file (graphology JSON, GEXF, GraphML), and what is said on stderr about what was written.
 * The canonical CSV folder is written by the importer (`writeCsvFolder`), not rendered here.
 */
import type { KedjaGraph } from '@kedja/core';
import { graphToGexf, graphToGraphml, graphToJson } from '@kedja/importer';

import type { ExportFormat } from '../options/index.js';

const TEXT_WRITERS: Readonly<Record<Exclude<ExportFormat, 'csv' | 'arrow'>, (graph: KedjaGraph) => string>> = {
  json: graphToJson,
  gexf: graphToGexf,
  graphml: graphToGraphml,
};

/** The graph as a file of `format` (any format but csv, which is a folder). */
export function graphFileText(graph: KedjaGraph, format: Exclude<ExportFormat, 'csv' | 'arrow'>): string {
  return TEXT_WRITERS[format](graph);
}

/** "12 nodes, 20 edges". */
export function graphSize(graph: KedjaGraph): string {
  return `${graph.order} nodes, ${graph.size} edges`;
}

/** Said on stderr after writing: a note on attributes the CSV format dropped, then what was written where. */
export function renderExported(
  graph: KedjaGraph,
  written: { output: string; folder: boolean; dropped?: readonly string[] },
): string {
  const note =
    written.dropped && written.dropped.length > 0
      ? `note: the CSV format has no column for ${written.dropped.join(', ')}; those attributes were not written\n`
      : '';
  return `${note}wrote ${written.output}${written.folder ? '/' : ''} (${graphSize(graph)})\n`;
}

/** Why a file or folder could not be written: the system's error code (EACCES, ENOENT ...) or message. */
export function cannotWriteMessage(output: string, error: unknown): string {
  return `cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
}
