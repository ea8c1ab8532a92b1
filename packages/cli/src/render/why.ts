/**
 * `kedja why`: one shortest chain of failures from a scenario to an organisation, as the `--json`
 * document (the explanation with names) and as numbered sentences. O(chain + lost).
 */
import type { Explanation, Scenario, ScenarioSpec } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';

import { nameOf } from '../output/names.js';

const EDGE_PHRASES = {
  uses: 'which uses it',
  contracts: 'which holds a contract with it',
  providedBy: 'which is provided by it',
  subcontracts: 'which relies on it as a subcontractor',
} as const;

export function whyJson(table: NodeTable, scenario: Scenario, spec: ScenarioSpec, explanation: Explanation) {
  return {
    scenario: { description: scenario.description, members: scenario.members, spec },
    ...explanation,
    name: nameOf(table, explanation.organisation),
    chain: explanation.chain.map((step) => ({
      ...step,
      name: nameOf(table, step.id),
      ...(step.alternativesFailed
        ? { alternativesFailedNames: step.alternativesFailed.map((id) => nameOf(table, id)) }
        : {}),
    })),
  };
}

/** "a", "a and b", "a, b and c". */
const listed = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

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
    const others = step.alternativesFailed ?? [];
    const group =
      others.length === 0
        ? ''
        : `; ${others.length === 1 ? 'its alternative' : 'its alternatives'} ${listed(others.map(label))} failed too`;
    out.push(`  ${i === 0 ? ' ' : '→'} ${step.kind} ${label(step.id)}, ${how}${group}`);
  });
  return out.join('\n') + '\n';
}
