/** `kedja serve <input> [--port N] [--host H]`: the viewer on one graph, read-only, on 127.0.0.1 by default. */
import type { Command } from 'commander';

import { INPUT_DESCRIPTION, parsePort } from '../options/index.js';
import type { Io } from '../output/io.js';
import { DEFAULT_PORT, serveGraph } from '../serve/index.js';

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('show a graph in the viewer (a web page on 127.0.0.1) until interrupted')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--port <n>', `port to listen on (0 picks a free one; default ${DEFAULT_PORT})`, parsePort)
    .option('--host <address>', 'address to listen on (default 127.0.0.1; anything else exposes the graph)')
    .action(async (input: string, options: { port?: number; host?: string }) => {
      await serveGraph(input, options, io);
    });
}
