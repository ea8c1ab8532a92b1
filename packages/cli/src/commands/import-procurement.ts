/**
 * `kedja import-procurement <inputs...> -o <folder>`: eForms contract award notices (XML files,
 * folders, .zip and .tar.gz archives) as a canonical CSV folder, with procurement-report.json and
 * procurement-report.md beside the tables (what was read, merged and skipped, and where every edge
 * comes from). A progress bar on a terminal while the inputs are read.
 */
import { mkdir } from 'node:fs/promises';

import { formatDiagnostic, hasErrors, type KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { importProcurement, writeCsvFolder, writeProcurementReport, type ProcurementReport } from '@kedja/importer';
import type { Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { messagesIn } from '../messages/index.js';
import { parseCpvOption } from '../options/cpv.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { cannotWriteMessage } from '../render/export.js';
import { procurementImportJson, renderProcurementImport } from '../render/import-procurement.js';

interface ProcurementOptions {
  output: string;
  cpv?: string[];
  json?: boolean;
  lang?: string;
}

/** The graph as a canonical CSV folder with the report beside the tables; the files written. */
async function writeProcurementFolder(
  graph: KedjaGraph,
  report: ProcurementReport,
  output: string,
  lang: Lang,
): Promise<string[]> {
  try {
    await mkdir(output, { recursive: true });
    const files = [...(await writeCsvFolder(graph, output)).files];
    for (const file of await writeProcurementReport(report, output)) files.push(file);
    return files;
  } catch (error) {
    throw new UsageError(cannotWriteMessage(output, error, lang));
  }
}

export function registerImportProcurement(program: Command, io: Io): void {
  program
    .command('import-procurement')
    .description('read eForms contract award notices (public procurement) as a Kedja graph, with a report')
    .argument('<inputs...>', 'eForms notices: XML files, folders of them, .zip or .tar.gz archives')
    .requiredOption('-o, --output <folder>', 'folder to write the canonical CSV files and the report into')
    .option(
      '--cpv <prefixes>',
      'keep only contracts whose main CPV code starts with one of these: 72,48,30.2,64.2 or ict',
      parseCpvOption,
    )
    .option('--json', 'print a summary as one JSON document')
    .addOption(langOption())
    .action(async (inputs: string[], options: ProcurementOptions) => {
      const lang = resolveLang(options.lang);
      const progress = startProgress(io, messagesIn(lang).commands.progress.notices, 1, lang);
      const { graph, report, diagnostics } = await importProcurement(inputs, {
        ...(options.cpv ? { cpv: options.cpv } : {}),
        onProgress: (bytes, total) => progress.update(Math.round(bytes / 1024), Math.max(1, Math.round(total / 1024))),
      });
      progress.stop();
      if (!graph || !report || hasErrors(diagnostics)) {
        throw new DataError(
          `${inputs.join(', ')}: the notices could not be imported; nothing was written`,
          diagnostics,
        );
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const files = await writeProcurementFolder(graph, report, options.output, lang);
      const imported = { inputs, output: options.output, report, files, warnings: diagnostics.length };
      if (options.json) printJson(io, procurementImportJson(imported));
      else io.stdout(renderProcurementImport(imported, lang));
    });
}
