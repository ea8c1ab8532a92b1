/**
 * `kedja serve <input> [--port N] [--host H] [--lang sv|en]`: the viewer on one graph, read-only, on
 * 127.0.0.1 by default. The page speaks the language of `--lang`, else of KEDJA_LANG, else of the
 * reader's browser (the machine's locale is not asked: the reader may be elsewhere); `?lang=` in
 * its address and the switch in the page choose another.
 */
import type { Command } from 'commander';

import { INPUT_DESCRIPTION, parsePort } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { DEFAULT_PORT, serveGraph } from '../serve/index.js';

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('show a graph in the viewer (a web page on 127.0.0.1) until interrupted')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--port <n>', `port to listen on (0 picks a free one; default ${DEFAULT_PORT})`, parsePort)
    .option('--host <address>', 'address to listen on (default 127.0.0.1; anything else exposes the graph)')
    .addOption(langOption())
    .action(async (input: string, options: { port?: number; host?: string; lang?: string }) => {
      const { lang, ...rest } = options;
      // Only a choice someone made (--lang, KEDJA_LANG) goes to the page; else the browser's language decides.
      const chosen = lang !== undefined || process.env.KEDJA_LANG ? resolveLang(lang) : undefined;
      await serveGraph(input, { ...rest, ...(chosen ? { lang: chosen } : {}) }, io);
    });
}
