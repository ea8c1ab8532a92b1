/**
 * `kedja screen <input> --pairs | --cover <share>`: joint failures. `--pairs` (N-2): the pairs of
 * suppliers whose joint failure takes down organisations that neither takes down alone, with the
 * redundancy they defeat; `--cover`: the fewest suppliers whose joint failure affects a share of
 * the organisations or of the population, with how far from the optimum that can be.
 */
import type { CoverOptions } from '@kedja/core';
import { Option, type Command } from 'commander';

import { UsageError } from '../errors.js';
import { INPUT_DESCRIPTION, loadEngine, parseCount, parseShare } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { renderScreen, screenJson } from '../render/screen.js';

interface ScreenOptions {
  pairs?: boolean;
  top: number;
  cover?: number;
  by: CoverOptions['by'];
  json?: boolean;
  lang?: string;
}

export function registerScreen(program: Command, io: Io): void {
  program
    .command('screen')
    .description(
      'joint failures: N-2 pairs that defeat a redundancy (--pairs), the fewest suppliers to take down a share (--cover)',
    )
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--pairs', 'N-2 screen: pairs that take down organisations neither takes down alone')
    .option('--top <n>', 'pairs to show', parseCount, 10)
    .option('--cover <share>', 'the fewest suppliers whose joint failure affects this share (0.5 or 50%)', parseShare)
    .addOption(
      new Option('--by <measure>', 'what --cover counts')
        .choices(['organisations', 'population'])
        .default('organisations'),
    )
    .option('--json', 'print the result as one JSON document')
    .addOption(langOption())
    .action(async (input: string, options: ScreenOptions) => {
      if (!options.pairs && options.cover === undefined) {
        throw new UsageError('say what to screen: --pairs (N-2), --cover <share>, or both');
      }
      const { engine } = await loadEngine(input, io);
      // With possible dependencies both bounds are screened (screen/screen-bounds.ts in core).
      const bounded = engine.possibleEdges > 0;
      const pairs = options.pairs ? (bounded ? engine.pairsBounds : engine.pairs)({ top: options.top }) : undefined;
      const cover =
        options.cover !== undefined
          ? (bounded ? engine.coverBounds : engine.cover)({ share: options.cover, by: options.by })
          : undefined;
      if (options.json) printJson(io, screenJson(engine.table, pairs, cover));
      else io.stdout(renderScreen(engine.table, pairs, cover, resolveLang(options.lang)));
    });
}
