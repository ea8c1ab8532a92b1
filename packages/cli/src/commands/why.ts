/** `kedja why <input> --org ID [scenario options]`: one shortest chain of failures to an organisation. */
import type { Explanation } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';
import type { Command } from 'commander';

import { UsageError } from '../errors.js';
import { INPUT_DESCRIPTION, loadEngine } from '../load-input.js';
import { nameOf } from '../output/names.js';
import { printJson, type Io } from '../output/io.js';
import { addScenarioOptions, scenarioSpec, type ScenarioOptions } from '../scenario-options.js';

const EDGE_PHRASES = {
  uses: 'which uses it',
  contracts: 'which holds a contract with it',
  providedBy: 'which is provided by it',
  subcontracts: 'which relies on it as a subcontractor',
} as const;

export function renderExplanation(table: NodeTable, explanation: Explanation, description: string): string {
  const label = (id: string) => `${nameOf(table, id)} (${id})`;
  const out = [`Scenario: ${description}.`, ''];
  if (!explanation.affected) {
    out.push(`${label(explanation.organisation)} is not affected: it keeps every dependency it needs.`);
    return out.join('\n') + '\n';
  }
  const facts = [explanation.critical ? 'loses a critical function' : 'loses no critical function'];
  if (explanation.hidden) facts.push('hidden: it never named any supplier or service of the scenario');
  out.push(`${label(explanation.organisation)} is affected in round ${explanation.tier} (${facts.join('; ')}).`);
  out.push(`It lost: ${explanation.lost.map(label).join(', ')}.`, '', 'Why, step by step:');
  explanation.chain.forEach((step, i) => {
    const verb = step.kind === 'organisation' ? 'is affected' : 'fails';
    const how =
      step.edge === undefined ? 'fails (in the scenario)' : `${EDGE_PHRASES[step.edge]}, ${verb} in round ${step.tier}`;
    out.push(`  ${i === 0 ? ' ' : '→'} ${step.kind} ${label(step.id)}, ${how}`);
  });
  return out.join('\n') + '\n';
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
    .action(async (input: string, options: ScenarioOptions & { org: string; json?: boolean }) => {
      const spec = scenarioSpec(options);
      const { engine } = await loadEngine(input, io);
      const node = engine.table.indexOf(options.org);
      if (node === undefined || engine.table.kind(node) !== 'organisation') {
        throw new UsageError(`there is no organisation with id ${JSON.stringify(options.org)} in ${input}`);
      }
      const scenario = engine.scenario(spec);
      const explanation = engine.why(options.org, scenario);
      if (options.json) {
        printJson(io, {
          scenario: { description: scenario.description, members: scenario.members, spec },
          ...explanation,
          name: nameOf(engine.table, options.org),
          chain: explanation.chain.map((step) => ({ ...step, name: nameOf(engine.table, step.id) })),
        });
      } else {
        io.stdout(renderExplanation(engine.table, explanation, scenario.description));
      }
    });
}
