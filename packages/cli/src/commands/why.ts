/** `kedja why <input> --org ID [scenario options]`: one shortest chain of failures to an organisation. */
import type { Command } from 'commander';

import { quoteValue, type Explanation, type Scenario, type SnapshotEngine } from '@kedja/core';
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
import { renderExplanation, whyJson, type WhyBounds } from '../render/why.js';

/**
 * The explanation, and with possible dependencies its bounds: an organisation affected in the
 * lower bound is explained there (a chain of confirmed dependencies, never one through a possible
 * edge that merely happens to be as short); one affected only in the upper bound is explained
 * there, the steps that fail only in the upper bound marked possible.
 */
function explain(
  engine: SnapshotEngine,
  organisation: string,
  scenario: Scenario,
): { explanation: Explanation; bounds?: WhyBounds } {
  const upper = engine.why(organisation, scenario);
  // Not affected even with every possible dependency real: nothing to bound.
  if (engine.possibleEdges === 0 || !upper.affected) return { explanation: upper };
  const lower = engine.whyLower(organisation, scenario);
  const blast = engine.blastLower(scenario);
  if (lower.affected) {
    // What the blast radius says it loses in the upper bound and not in the lower.
    const lostIn = (radius: typeof blast) =>
      radius.affectedOrganisations.find((o) => o.id === organisation)?.lost ?? [];
    const sure = new Set(lostIn(blast));
    const lostPossible = lostIn(engine.blast(scenario)).filter((id) => !sure.has(id));
    return { explanation: lower, bounds: { certainty: 'confirmed', possibleSteps: new Set(), lostPossible } };
  }
  const failed = new Set([...blast.failedSuppliers, ...blast.failedServices].map((node) => node.id));
  const possibleSteps = new Set(upper.chain.filter((step) => !failed.has(step.id)).map((step) => step.id));
  return { explanation: upper, bounds: { certainty: 'possible', possibleSteps, lostPossible: [] } };
}

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
      const { explanation, bounds } = explain(engine, options.org, scenario);
      if (options.json) printJson(io, whyJson(engine.table, scenario, spec, explanation, bounds));
      else {
        const description = describeScenario(lang, scenario, (id) => nameOf(engine.table, id));
        io.stdout(renderExplanation(engine.table, explanation, description, lang, bounds));
      }
    });
}
