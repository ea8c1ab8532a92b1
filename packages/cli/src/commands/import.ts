/**
 * `kedja import <file> -o <folder>`: a graph file from another tool (GEXF from Gephi, GraphML,
 * graphology JSON) checked against the Kedja model and written as a canonical CSV folder (or, with
 * --format, as another graph file). Every command also reads such files directly; this one makes
 * the folder a planner can open in a spreadsheet.
 */
import { extname } from 'node:path';

import { GRAPH_FILE_EXTENSIONS, type NodeKindRule } from '@kedja/importer/input';
import type { Command } from 'commander';

import { UsageError } from '../errors.js';
import { formatOption, loadInput, type ExportFormat } from '../options/index.js';
import { parseNodeKindOption } from '../options/node-kinds.js';
import type { Io } from '../output/io.js';
import { IMPORT_EXTENSIONS, notAGraphFileMessage } from '../render/import.js';
import { writeGraph } from './export.js';

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('read a GEXF, GraphML or graphology JSON file, check it, and write it as a canonical CSV folder')
    .argument('<file>', `a graph file (${IMPORT_EXTENSIONS}) whose nodes and edges carry their kind`)
    .requiredOption('-o, --output <path>', 'folder to write (csv), or file (json, gexf, graphml; - for stdout)')
    .addOption(formatOption('csv'))
    .option(
      '--node-kind <rules>',
      "map a GEXF or GraphML file's own attributes to kinds: attribute=value:kind,... (value * for any), or a file of such rules",
      parseNodeKindOption,
    )
    .action(async (file: string, options: { output: string; format: ExportFormat; nodeKind?: NodeKindRule[] }) => {
      if (!GRAPH_FILE_EXTENSIONS.includes(extname(file).toLowerCase())) {
        throw new UsageError(notAGraphFileMessage(file));
      }
      const graph = await loadInput(file, io, options.nodeKind ? { nodeKinds: options.nodeKind } : {});
      await writeGraph(graph, options.format, options.output, io);
    });
}
