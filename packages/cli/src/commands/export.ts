/** `kedja export <input> --format json|csv -o <path>`: the graph in a format other tools read. */
import { writeFile } from 'node:fs/promises';

import { graphToJson, writeCsvFolder } from '@kedja/importer';
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import { loadInput } from '../load-input.js';
import type { Io } from '../output/io.js';

export const EXPORT_FORMATS = ['json', 'csv'] as const;

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('write the graph as graphology JSON (for the viewer and other tools) or as a canonical CSV folder')
    .argument('<input>', 'a canonical CSV folder or a graph .json file')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
    .requiredOption('-o, --output <path>', 'file to write (json; - for stdout) or folder to write (csv)')
    .action(async (input: string, options: { format: (typeof EXPORT_FORMATS)[number]; output: string }) => {
      const graph = await loadInput(input, io);
      const what = `${graph.order} nodes, ${graph.size} edges`;
      try {
        if (options.format === 'csv') {
          if (options.output === '-') throw new UsageError('a CSV export is a folder of files; give a folder with -o');
          const { dropped } = await writeCsvFolder(graph, options.output);
          if (dropped.length > 0)
            io.stderr(
              `note: the CSV format has no column for ${dropped.join(', ')}; those attributes were not written\n`,
            );
          io.stderr(`wrote ${options.output}/ (${what})\n`);
        } else if (options.output === '-') {
          io.stdout(graphToJson(graph));
        } else {
          await writeFile(options.output, graphToJson(graph), 'utf8');
          io.stderr(`wrote ${options.output} (${what})\n`);
        }
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(
          `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    });
}
