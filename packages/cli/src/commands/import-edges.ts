/**
 * `kedja import-edges <file> --kind <kind> --from <column> --to <column> -o <folder>`: a supplier
 * list or edge list from any spreadsheet (CSV with `,` or `;`, UTF-8 or Windows-1252; `.xlsx`) as a
 * canonical CSV folder, nodes created as the names come and merged by organisation number and
 * normalised name. `--certainty possible` marks every edge of the list possible (issue 13): a
 * framework agreement's permitted subcontractors, of which a contract uses some.
 */
import { EDGE_KINDS, formatDiagnostic, hasErrors, type EdgeKind } from '@kedja/core';
import { EDGE_CERTAINTIES } from '@kedja/core/kernel';
import { importEdgeList, writeCsvFolder } from '@kedja/importer';
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
  certainty?: (typeof EDGE_CERTAINTIES)[number];
  output: string;
  json?: boolean;
  lang?: string;
}

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
    .addOption(
      new Option(
        '--certainty <certainty>',
        'every edge of the list is confirmed (the default) or only possible',
      ).choices([...EDGE_CERTAINTIES]),
    )
    .requiredOption('-o, --output <folder>', 'folder to write the canonical CSV files into')
    .option('--json', 'print a summary as one JSON document')
    .addOption(langOption())
    .action(async (file: string, options: EdgesOptions) => {
      const lang = resolveLang(options.lang);
      const { graph, report, diagnostics, notes } = await importEdgeList(file, {
        kind: options.kind,
        from: options.from,
        to: options.to,
        ...(options.fromCode !== undefined ? { fromCode: options.fromCode } : {}),
        ...(options.toCode !== undefined ? { toCode: options.toCode } : {}),
        ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
        ...(options.certainty !== undefined ? { certainty: options.certainty } : {}),
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
