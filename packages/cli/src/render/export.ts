/**
 * `kedja export` (and the writing half of `import`, `import-dora`): a graph as the text of a
 * graph file (graphology JSON, GEXF, GraphML), and what is said on stderr about what was written.
 * The canonical CSV folder is written by the importer (`writeCsvFolder`), not rendered here.
 */
import type { KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { graphToGexf, graphToGraphml, graphToJson } from '@kedja/importer';

import { messagesIn } from '../messages/index.js';
import type { ExportFormat } from '../options/index.js';
import { formatNumber } from '../output/table.js';

const TEXT_WRITERS: Readonly<Record<Exclude<ExportFormat, 'csv' | 'arrow'>, (graph: KedjaGraph) => string>> = {
  json: graphToJson,
  gexf: graphToGexf,
  graphml: graphToGraphml,
};

/** The graph as a file of `format` (any format but csv, which is a folder). */
export function graphFileText(graph: KedjaGraph, format: Exclude<ExportFormat, 'csv' | 'arrow'>): string {
  return TEXT_WRITERS[format](graph);
}

/** "12 nodes, 20 edges" (English has always written these ungrouped; Swedish groups them). */
export function graphSize(graph: KedjaGraph, lang: Lang = 'en'): string {
  const count = (value: number) => (lang === 'en' ? String(value) : formatNumber(value, lang));
  return messagesIn(lang).files.size(count(graph.order), graph.order, count(graph.size), graph.size);
}

/** Said on stderr after writing: a note on attributes the CSV format dropped, then what was written where. */
export function renderExported(
  graph: KedjaGraph,
  written: { output: string; folder: boolean; dropped?: readonly string[] },
  lang: Lang = 'en',
): string {
  const m = messagesIn(lang).files;
  const note = written.dropped && written.dropped.length > 0 ? `${m.notWritten(written.dropped.join(', '))}\n` : '';
  return `${note}${m.wrote(`${written.output}${written.folder ? '/' : ''}`, graphSize(graph, lang))}\n`;
}

/** Why a file or folder could not be written: the system's error code (EACCES, ENOENT ...) or message. */
export function cannotWriteMessage(output: string, error: unknown, lang: Lang = 'en'): string {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return messagesIn(lang).files.cannotWrite(output, reason);
}
