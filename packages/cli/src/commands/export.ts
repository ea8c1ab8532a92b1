/** `kedja export <input> --format json -o <file>`: the graph in a format other tools read. */
import { writeFile } from 'node:fs/promises';

import { graphToJson } from '@kedja/importer';
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import { loadInput } from '../load-input.js';
import type { Io } from '../output/io.js';

export const EXPORT_FORMATS = ['json'] as const;

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('write the graph as graphology JSON (for the viewer and other tools)')
    .argument('<input>', 'a canonical CSV folder or a graph .json file')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
    .requiredOption('-o, --output <file>', 'where to write; - for stdout')
    .action(async (input: string, options: { format: string; output: string }) => {
      const graph = await loadInput(input, io);
      const text = graphToJson(graph);
      if (options.output === '-') {
        io.stdout(text);
        return;
      }
      try {
        await writeFile(options.output, text, 'utf8');
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      io.stderr(`wrote ${options.output} (${graph.order} nodes, ${graph.size} edges)\n`);
    });
}
