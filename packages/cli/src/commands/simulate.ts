/**
 * `kedja simulate <input> --samples N --p P --seed S`: Monte Carlo of independent supplier
 * failures. The distribution of organisations affected, organisations losing a critical function
 * and population served; the worst draw; each supplier's share of the expected damage. Same seed,
 * same numbers. A progress bar on a terminal.
 */
import type { SimulationResult } from '@kedja/core';
import { Option, type Command } from 'commander';

import { messagesIn } from '../messages/index.js';
import { INPUT_DESCRIPTION, loadEngine, parseCount, parseProbability, parseSimulationSeed } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { renderSimulation, simulationJson } from '../render/simulate.js';

const HUMAN_DEFAULT_TOP = 10;

interface SimulateOptions {
  samples: number;
  p?: number;
  seed: number;
  top?: number;
  kernel: 'auto' | 'per-draw' | 'bit-parallel';
  shares: boolean;
  json?: boolean;
  lang?: string;
}

export function registerSimulate(program: Command, io: Io): void {
  program
    .command('simulate')
    .description('Monte Carlo of independent supplier failures: distributions, worst draw, share of the damage')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--samples <n>', 'number of draws', parseCount, 10_000)
    .option(
      '--p <probability>',
      'failure probability of every supplier without a failure_probability',
      parseProbability,
    )
    .option('--seed <n>', 'seed of the random numbers (same seed, same numbers)', parseSimulationSeed, 1)
    .option(
      '--top <n>',
      `suppliers in the share table (human output shows ${HUMAN_DEFAULT_TOP} unless told)`,
      parseCount,
    )
    .addOption(
      new Option('--kernel <kernel>', 'propagation kernel (both give the same numbers)')
        .choices(['auto', 'per-draw', 'bit-parallel'])
        .default('auto'),
    )
    .option('--no-shares', 'skip each supplier’s share of the damage (faster)')
    .option('--json', 'print the result as one JSON document')
    .addOption(langOption())
    .action(async (input: string, options: SimulateOptions) => {
      const lang = resolveLang(options.lang);
      let { engine } = await loadEngine(input, io);
      // Possible edges are drawn with their probability, which only the graph carries (the bulk
      // loader's snapshot marks them possible, without it): read the input as a graph then.
      if (engine.possibleEdges > 0 && !('graph' in engine)) ({ engine } = await loadEngine(input, io, { graph: true }));
      const progress = startProgress(io, messagesIn(lang).commands.progress.simulating, options.samples, lang);
      let result: SimulationResult;
      try {
        result = engine.simulate({
          samples: options.samples,
          seed: options.seed,
          kernel: options.kernel,
          attribution: options.shares,
          ...(options.p !== undefined ? { probability: options.p } : {}),
          onProgress: (done) => progress.update(done),
        });
      } finally {
        progress.stop();
      }
      if (options.json) printJson(io, simulationJson(engine.table, result, options.top));
      else io.stdout(renderSimulation(engine.table, result, options.top ?? HUMAN_DEFAULT_TOP, lang));
    });
}
