/**
 * `kedja export <input> --format json|csv|gexf|graphml|arrow -o <path>`: the graph in a format
 * other tools read, or as Kedja's binary graph (a folder of Arrow files that every command reads
 * with no parsing). `writeGraph` is also how `import` and `import-dora` write what they read.
 */
import { writeFile } from 'node:fs/promises';

import type { KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { writeArrowGraph, writeCsvFolder } from '@kedja/importer';
import type { Command } from 'commander';

import { UsageError } from '../errors.js';
import { formatOption, INPUT_DESCRIPTION, loadInput, resolveFormat, type ExportFormat } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { cannotWriteMessage, graphFileText, renderExported } from '../render/export.js';

/** Writes `graph` to `output` (a file, `-` for stdout, or a folder for csv); says what it did on stderr, in `lang`. */
export async function writeGraph(
  graph: KedjaGraph,
  format: ExportFormat,
  output: string,
  io: Io,
  lang: Lang = 'en',
): Promise<void> {
  try {
    if (format === 'csv' || format === 'arrow') {
      if (output === '-')
        throw new UsageError(
          `a ${format === 'csv' ? 'CSV export' : 'binary graph'} is a folder of files; give a folder with -o`,
        );
      if (format === 'arrow') await writeArrowGraph(graph, output);
      const { dropped } = format === 'csv' ? await writeCsvFolder(graph, output) : { dropped: [] };
      io.stderr(renderExported(graph, { output, folder: true, dropped }, lang));
      return;
    }
    const text = graphFileText(graph, format);
    if (output === '-') {
      io.stdout(text);
    } else {
      await writeFile(output, text, 'utf8');
      io.stderr(renderExported(graph, { output, folder: false }, lang));
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(cannotWriteMessage(output, error, lang));
  }
}

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'write the graph as graphology JSON (for the viewer), GEXF (for Gephi), GraphML or a canonical CSV folder',
    )
    .argument('<input>', INPUT_DESCRIPTION)
    .addOption(formatOption('json'))
    .requiredOption(
      '-o, --output <path>',
      'file to write (json, gexf, graphml; - for stdout) or folder to write (csv, arrow)',
    )
    .addOption(langOption())
    .action(async (input: string, options: { format?: ExportFormat; output: string; lang?: string }) => {
      const graph = await loadInput(input, io);
      const format = resolveFormat(options.format, options.output, 'json');
      await writeGraph(graph, format, options.output, io, resolveLang(options.lang));
    });
}
