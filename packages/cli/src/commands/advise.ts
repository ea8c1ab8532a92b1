/**
 * `kedja advise <input> [--top k] [--by critical|population]`: the changes that cut the systemic
 * risk score most (an independent alternative supplier for a service, a fallback routine at an
 * organisation, a supplier moving off a shared subcontractor), greedily one after another, each
 * in plain sentences with its effect.
 */
import { createEngine } from '@kedja/core';
import { Option, type Command } from 'commander';

import { INPUT_DESCRIPTION, loadInput, parseCount } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { adviceJson, renderAdvice } from '../render/advise.js';

export function registerAdvise(program: Command, io: Io): void {
  program
    .command('advise')
    .description('mitigation advice: the changes that cut the systemic risk score most, in plain sentences')
    .argument('<input>', INPUT_DESCRIPTION)
    .option('--top <k>', 'number of changes to propose', parseCount, 5)
    .addOption(
      new Option('--by <measure>', 'what the risk score counts: critical organisations, or the population they serve')
        .choices(['critical', 'population'])
        .default('critical'),
    )
    .option('--json', 'print the result as one JSON document')
    .addOption(langOption())
    .action(
      async (input: string, options: { top: number; by: 'critical' | 'population'; json?: boolean; lang?: string }) => {
        const graph = await loadInput(input, io);
        const advice = createEngine(graph).advise({ top: options.top, by: options.by });
        if (options.json) printJson(io, adviceJson(graph, advice));
        else io.stdout(renderAdvice(graph, advice, options.top, resolveLang(options.lang)));
      },
    );
}
