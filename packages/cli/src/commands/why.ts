/** `kedja why <input> --org ID [scenario options]`: one shortest chain of failures to an organisation. */
import type { Command } from 'commander';

import { quoteValue } from '@kedja/core';
import { UsageError } from '../errors.js';
import {
  addScenarioOptions,
  assumeRequest,
  assumeUnknownOption,
  INPUT_DESCRIPTION,
  loadEngine,
  scenarioSpec,
  type ScenarioOptions,
} from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { nameOf } from '../output/names.js';
import { describeScenario } from '../output/scenario.js';
import { renderExplanation, whyJson } from '../render/why.js';

interface WhyOptions extends ScenarioOptions {
  org: string;
  json?: boolean;
  lang?: string;
  assumeUnknown?: string[];
}

export function registerWhy(program: Command, io: Io): void {
  addScenarioOptions(
    program
      .command('why')
      .description('why an organisation is affected: one shortest chain of failures from the scenario to it')
      .argument('<input>', INPUT_DESCRIPTION)
      .requiredOption('--org <id>', 'the organisation to explain'),
  )
    .option('--json', 'print the explanation as one JSON document')
    .addOption(assumeUnknownOption())
    .addOption(langOption())
    .action(async (input: string, options: WhyOptions) => {
      const spec = scenarioSpec(options);
      const lang = resolveLang(options.lang);
      const { engine } = await loadEngine(input, io, { assume: assumeRequest(options.assumeUnknown, lang) });
      const node = engine.table.indexOf(options.org);
      if (node === undefined || engine.table.kind(node) !== 'organisation') {
        throw new UsageError(`there is no organisation with id ${quoteValue(options.org)} in ${input}`);
      }
      const scenario = engine.scenario(spec);
      const explanation = engine.why(options.org, scenario);
      if (options.json) printJson(io, whyJson(engine.table, scenario, spec, explanation));
      else {
        const description = describeScenario(lang, scenario, (id) => nameOf(engine.table, id));
        io.stdout(renderExplanation(engine.table, explanation, description, lang));
      }
    });
}
