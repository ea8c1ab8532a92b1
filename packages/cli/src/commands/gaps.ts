/**
 * `kedja gaps <input> [--top N] [--assume-unknown <suppliers>] [--json]`: which knowledge gap matters
 * most (issue 13). The suppliers whose subcontracting is unknown or who could settle possible
 * dependencies, ranked by the doubt their answer would settle, summed over every supplier failing
 * alone (core's `engine.gaps`, see packages/core/src/gaps/knowledge-gaps.ts).
 */
import type { Command } from 'commander';

import { messagesIn } from '../messages/index.js';
import { assumeRequest, assumeUnknownOption } from '../options/assume-unknown.js';
import { INPUT_DESCRIPTION, loadEngine, parseCount } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { gapsJson, renderGaps } from '../render/gaps.js';

const HUMAN_DEFAULT_TOP = 20;

interface GapsOptions {
  top?: number;
  json?: boolean;
  lang?: string;
  assumeUnknown?: string[];
}

export function registerGaps(program: Command, io: Io): void {
  program
    .command('gaps')
    .description('which knowledge gap matters most: whom to ask first about subcontracting and possible dependencies')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--top <n>', `only the first N suppliers (human output shows ${HUMAN_DEFAULT_TOP} unless told)`, parseCount)
    .addOption(assumeUnknownOption())
    .option('--json', 'print the gaps as one JSON document')
    .addOption(langOption())
    .action(async (input: string, options: GapsOptions) => {
      const lang = resolveLang(options.lang);
      // The text and the JSON both say what was assumed: not on stderr too.
      const { engine, assumption } = await loadEngine(input, io, {
        assume: assumeRequest(options.assumeUnknown, lang, false),
      });
      const progress = startProgress(io, messagesIn(lang).gaps.progress, 1, lang);
      let result;
      try {
        result = engine.gaps({ onProgress: (done, total) => progress.update(done, total) });
      } finally {
        progress.stop();
      }
      if (options.json) printJson(io, gapsJson(engine.table, result, options.top, assumption));
      else io.stdout(renderGaps(engine.table, result, options.top ?? HUMAN_DEFAULT_TOP, lang, assumption));
    });
}
