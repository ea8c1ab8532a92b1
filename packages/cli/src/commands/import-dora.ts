/**
 * `kedja import-dora <folder> -o <path>`: an EU DORA register of information (its CSV tables, as
 * the EBA's reporting format writes them) as a Kedja graph, written as a canonical CSV folder or a
 * graph file. Every command also reads the register folder directly.
 */
import { formatDiagnostic, hasErrors } from '@kedja/core';
import { readDoraRegister } from '@kedja/importer';
import type { Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { formatOption, resolveFormat, type ExportFormat } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { doraImportJson, renderDoraImport } from '../render/import-dora.js';
import { writeGraph } from './export.js';

export function registerImportDora(program: Command, io: Io): void {
  program
    .command('import-dora')
    .description('read an EU DORA register of information (B_01.01 to B_07.01 as CSV) as a Kedja graph')
    .argument(
      '<folder>',
      'folder with the register tables b_01.01.csv ... b_07.01.csv (or its reports/ folder), or the register package (.zip)',
    )
    .requiredOption('-o, --output <path>', 'folder to write (csv, arrow), or file (json, gexf, graphml; - for stdout)')
    .addOption(formatOption('csv'))
    .option('--json', 'print a summary as one JSON document')
    .addOption(langOption())
    .action(
      async (folder: string, options: { output: string; format?: ExportFormat; json?: boolean; lang?: string }) => {
        const lang = resolveLang(options.lang);
        const { graph, diagnostics } = await readDoraRegister(folder);
        if (!graph || hasErrors(diagnostics)) {
          throw new DataError(`${folder}: the register could not be imported; nothing was written`, diagnostics);
        }
        for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
        if (options.json && options.output === '-') {
          throw new UsageError('--json and -o - would both write to stdout; give a file or folder with -o');
        }
        await writeGraph(graph, resolveFormat(options.format, options.output, 'csv'), options.output, io, lang);
        const imported = { register: folder, output: options.output, graph, warnings: diagnostics.length };
        if (options.json) printJson(io, doraImportJson(imported));
        else if (options.output !== '-') io.stdout(renderDoraImport(imported, lang));
      },
    );
}
