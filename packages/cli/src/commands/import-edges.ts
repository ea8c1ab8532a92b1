/**
 * `kedja import-edges <file> --kind <kind> --from <column> --to <column> -o <folder>`: a supplier
 * list or edge list from any spreadsheet (CSV with `,` or `;`, UTF-8 or Windows-1252; `.xlsx`) as a
 * canonical CSV folder, nodes created as the names come and merged by organisation number and
 * normalised name. `--certainty possible` is refused until the canonical format has a certainty
 * column.
 */
import { EDGE_KINDS, formatDiagnostic, hasErrors, type EdgeKind } from '@kedja/core';
import { importEdgeList, TABLES, writeCsvFolder } from '@kedja/importer';
import { Option, type Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { printNotes } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { cannotWriteMessage } from '../render/export.js';
import { edgesImportJson, renderEdgesImport } from '../render/import-edges.js';
import { countGraph } from '../render/validate.js';

interface EdgesOptions {
  kind: EdgeKind;
  from: string;
  to: string;
  fromCode?: string;
  toCode?: string;
  sheet?: string;
  certainty?: string;
  output: string;
  json?: boolean;
  lang?: string;
}

/** Whether the canonical format has a certainty column yet (docs/format.md, issue 13). */
const HAS_CERTAINTY = TABLES.some((table) => table.columns.some((column) => column.name === 'certainty'));

export function registerImportEdges(program: Command, io: Io): void {
  program
    .command('import-edges')
    .description('turn a supplier list or edge list from any spreadsheet into a canonical CSV folder')
    .argument('<file>', 'a CSV file (, or ; separated, UTF-8 or Windows-1252) or an .xlsx workbook')
    .addOption(new Option('--kind <kind>', 'the kind of every edge').choices([...EDGE_KINDS]).makeOptionMandatory())
    .requiredOption('--from <column>', 'the column naming each edge source (for subcontracts: the supplier)')
    .requiredOption('--to <column>', 'the column naming each edge target (for subcontracts: the subcontractor)')
    .option('--from-code <column>', 'the column with the organisation numbers of the sources')
    .option('--to-code <column>', 'the column with the organisation numbers of the targets')
    .option('--sheet <name>', 'in an .xlsx workbook, the sheet to read (default: the first with content)')
    .option(
      '--certainty <certainty>',
      'confirmed or possible: not supported yet (the canonical format has no certainty column)',
    )
    .requiredOption('-o, --output <folder>', 'folder to write the canonical CSV files into')
    .option('--json', 'print a summary as one JSON document')
    .addOption(langOption())
    .action(async (file: string, options: EdgesOptions) => {
      const lang = resolveLang(options.lang);
      if (options.certainty !== undefined && !HAS_CERTAINTY) {
        throw new UsageError(
          `--certainty ${options.certainty} is not supported yet: the canonical format has no certainty column (uncertain edges are issue 13); leave it out and every edge is read as confirmed`,
        );
      }
      const { graph, report, diagnostics, notes } = await importEdgeList(file, {
        kind: options.kind,
        from: options.from,
        to: options.to,
        ...(options.fromCode !== undefined ? { fromCode: options.fromCode } : {}),
        ...(options.toCode !== undefined ? { toCode: options.toCode } : {}),
        ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
      });
      printNotes(io, notes);
      if (!graph || !report || hasErrors(diagnostics)) {
        throw new DataError(`${file}: the list could not be imported; nothing was written`, diagnostics);
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      try {
        await writeCsvFolder(graph, options.output);
      } catch (error) {
        throw new UsageError(cannotWriteMessage(options.output, error, lang));
      }
      const imported = {
        output: options.output,
        kind: options.kind,
        report,
        counts: countGraph(graph),
        warnings: diagnostics.length,
      };
      if (options.json) printJson(io, edgesImportJson(imported));
      else io.stdout(renderEdgesImport(imported, lang));
    });
}
