/** `kedja export <input> --format json|csv|gexf|graphml -o <path>`: the graph in a format other tools read. */
import { writeFile } from 'node:fs/promises';

import type { KedjaGraph } from '@kedja/core';
import { graphToGexf, graphToGraphml, graphToJson, writeCsvFolder } from '@kedja/importer';
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import { INPUT_DESCRIPTION, loadInput } from '../load-input.js';
import type { Io } from '../output/io.js';

export const EXPORT_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TEXT_WRITERS: Readonly<Record<Exclude<ExportFormat, 'csv'>, (graph: KedjaGraph) => string>> = {
  json: graphToJson,
  gexf: graphToGexf,
  graphml: graphToGraphml,
};

/** Writes `graph` to `output` (a file, `-` for stdout, or a folder for csv); says what it did on stderr. */
export async function writeGraph(graph: KedjaGraph, format: ExportFormat, output: string, io: Io): Promise<void> {
  const what = `${graph.order} nodes, ${graph.size} edges`;
  try {
    if (format === 'csv') {
      if (output === '-') throw new UsageError('a CSV export is a folder of files; give a folder with -o');
      const { dropped } = await writeCsvFolder(graph, output);
      if (dropped.length > 0)
        io.stderr(`note: the CSV format has no column for ${dropped.join(', ')}; those attributes were not written\n`);
      io.stderr(`wrote ${output}/ (${what})\n`);
      return;
    }
    const text = TEXT_WRITERS[format](graph);
    if (output === '-') {
      io.stdout(text);
    } else {
      await writeFile(output, text, 'utf8');
      io.stderr(`wrote ${output} (${what})\n`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'write the graph as graphology JSON (for the viewer), GEXF (for Gephi), GraphML or a canonical CSV folder',
    )
    .argument('<input>', INPUT_DESCRIPTION)
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
    .requiredOption('-o, --output <path>', 'file to write (json, gexf, graphml; - for stdout) or folder to write (csv)')
    .action(async (input: string, options: { format: ExportFormat; output: string }) => {
      const graph = await loadInput(input, io);
      await writeGraph(graph, options.format, options.output, io);
    });
}
