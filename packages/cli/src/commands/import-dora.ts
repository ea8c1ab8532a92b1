/**
 * `kedja import-dora <folder> -o <path>`: an EU DORA register of information (its CSV tables, as
 * the EBA's reporting format writes them) as a Kedja graph, written as a canonical CSV folder or a
 * graph file. Every command also reads the register folder directly.
 */
import { formatDiagnostic, hasErrors, type KedjaGraph } from '@kedja/core';
import { readDoraRegister } from '@kedja/importer';
import { Option, type Command } from 'commander';

import { DataError, UsageError } from '../errors.js';
import { printJson, type Io } from '../output/io.js';
import { plural } from '../output/table.js';
import { summarise } from './validate.js';
import { EXPORT_FORMATS, writeGraph, type ExportFormat } from './export.js';

/** Providers that appear only as subcontractors (no financial entity contracts them directly). */
function subcontractorsOnly(graph: KedjaGraph): number {
  let count = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'supplier') return;
    if (!graph.inEdges(node).some((edge) => graph.getEdgeAttribute(edge, 'kind') === 'providedBy')) count++;
  });
  return count;
}

export function registerImportDora(program: Command, io: Io): void {
  program
    .command('import-dora')
    .description('read an EU DORA register of information (B_01.01 to B_07.01 as CSV) as a Kedja graph')
    .argument('<folder>', 'folder with the register tables b_01.01.csv ... b_07.01.csv (or its reports/ folder)')
    .requiredOption('-o, --output <path>', 'folder to write (csv), or file (json, gexf, graphml; - for stdout)')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('csv'))
    .option('--json', 'print a summary as one JSON document')
    .action(async (folder: string, options: { output: string; format: ExportFormat; json?: boolean }) => {
      const { graph, diagnostics } = await readDoraRegister(folder);
      if (!graph || hasErrors(diagnostics)) {
        throw new DataError(`${folder}: the register could not be imported; nothing was written`, diagnostics);
      }
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (options.json && options.output === '-') {
        throw new UsageError('--json and -o - would both write to stdout; give a file or folder with -o');
      }
      await writeGraph(graph, options.format, options.output, io);
      const c = summarise(graph);
      const onlySub = subcontractorsOnly(graph);
      if (options.json) {
        printJson(io, {
          register: folder,
          output: options.output,
          financialEntities: c.organisations,
          providers: c.suppliers,
          subcontractorsOnly: onlySub,
          ictServices: c.services,
          edges: { uses: c.uses, providedBy: c.providedBy, subcontracts: c.subcontracts },
          warnings: diagnostics.length,
        });
        return;
      }
      if (options.output === '-') return;
      io.stdout(
        `${folder}: ${plural(c.organisations!, 'financial entity', 'financial entities')}, ` +
          `${plural(c.suppliers!, 'ICT third-party service provider')} (${onlySub} only as subcontractors), ` +
          `${plural(c.services!, 'ICT service')}; ${plural(c.uses!, 'uses edge')}, ${plural(c.providedBy!, 'providedBy edge')}, ` +
          `${plural(c.subcontracts!, 'subcontracts edge')}.\n` +
          (diagnostics.length > 0
            ? `${plural(diagnostics.length, 'warning')} above: incomplete data is normal in registers; what was missing is named, and the rest was imported.\n`
            : ''),
      );
    });
}
