/**
 * `kedja import <input> -o <path>`: any input a command reads (a graph file from another tool:
 * GEXF from Gephi, GraphML, graphology JSON; a CSV folder, a workbook, a DORA register) checked
 * against the Kedja model and written as a canonical CSV folder (the default), another graph file,
 * or Kedja's binary graph (`-o graph.arrow`): a folder of Arrow files that every command reads with
 * no parsing, and that DuckDB, pandas and Polars read too. A CSV folder becomes a binary graph in
 * one pass, without a graph in memory, at any size.
 */
import { formatDiagnostic, hasErrors } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { inspectInput, type NodeKindRule } from '@kedja/importer/input';
import type { Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import {
  formatOption,
  INPUT_DESCRIPTION,
  loadInput,
  printNotes,
  resolveFormat,
  type ExportFormat,
} from '../options/index.js';
import { parseNodeKindOption } from '../options/node-kinds.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { cannotWriteMessage } from '../render/export.js';
import { renderImportedToArrow } from '../render/import.js';
import { writeGraph } from './export.js';

interface ImportOptions {
  output: string;
  format?: ExportFormat;
  nodeKind?: NodeKindRule[];
  lang?: string;
}

/** A CSV folder straight into a binary graph: checked as every reader checks it, written in one pass. */
async function folderToArrow(folder: string, output: string, io: Io, lang: Lang): Promise<void> {
  if (output === '-') throw new UsageError('a binary graph is a folder of files; give a folder with -o');
  const { writeArrowFolder } = await import('@kedja/importer');
  const { diagnostics, notes, written } = await writeArrowFolder(folder, output);
  printNotes(io, notes);
  const writeFailed = diagnostics.find((d) => d.code === 'KEDJA_WRITE_FAILED');
  if (writeFailed) throw new UsageError(cannotWriteMessage(output, new Error(writeFailed.message), lang));
  if (!written || hasErrors(diagnostics)) {
    throw new DataError(`${folder} is not a valid Kedja graph; nothing was written`, diagnostics);
  }
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  io.stderr(renderImportedToArrow(output, lang));
}

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description(
      'check any input and write it as a canonical CSV folder, another graph file, or a binary graph (-o graph.arrow)',
    )
    .argument('<input>', `${INPUT_DESCRIPTION}; a GEXF or GraphML file from another tool may need --node-kind`)
    .requiredOption('-o, --output <path>', 'folder to write (csv, arrow), or file (json, gexf, graphml; - for stdout)')
    .addOption(formatOption('csv'))
    .option(
      '--node-kind <rules>',
      "map a GEXF or GraphML file's own attributes to kinds: attribute=value:kind,... (value * for any), or a file of such rules",
      parseNodeKindOption,
    )
    .addOption(langOption())
    .action(async (input: string, options: ImportOptions) => {
      const lang = resolveLang(options.lang);
      const format = resolveFormat(options.format, options.output, 'csv');
      if (format === 'arrow' && (await inspectInput(input)).kind === 'csv-folder') {
        await folderToArrow(input, options.output, io, lang);
        return;
      }
      const graph = await loadInput(input, io, options.nodeKind ? { nodeKinds: options.nodeKind } : {});
      await writeGraph(graph, format, options.output, io, lang);
    });
}
