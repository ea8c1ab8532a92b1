/**
 * `kedja why`: one shortest chain of failures from a scenario to an organisation, as the `--json`
 * document (the explanation with names) and as numbered sentences. O(chain + lost).
 */
import type { Explanation, Scenario, ScenarioSpec } from '@kedja/core';
import { WORDS, type Lang } from '@kedja/core/i18n';
import type { NodeTable } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { nameOf } from '../output/names.js';
import { formatNumber } from '../output/table.js';
import { listWords } from '../output/words.js';

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

/** The explanation as numbered sentences in `lang` (English unless told); `description` is the scenario in that language. */
export function renderExplanation(
  table: NodeTable,
  explanation: Explanation,
  description: string,
  lang: Lang = 'en',
): string {
  const { common, why: m } = messagesIn(lang);
  const label = (id: string) => `${nameOf(table, id)} (${id})`;
  const round = (tier: number | null) => (tier === null ? String(tier) : formatNumber(tier, lang));
  const out = [common.scenario(description), ''];
  if (!explanation.affected) {
    out.push(m.notAffected(label(explanation.organisation)));
    return out.join('\n') + '\n';
  }
  const facts = [explanation.critical ? m.critical : m.notCritical];
  if (explanation.hidden) facts.push(m.hidden);
  out.push(m.affected(label(explanation.organisation), round(explanation.tier), facts.join('; ')));
  out.push(m.lost(explanation.lost.map(label).join(', ')), '', m.steps);
  explanation.chain.forEach((step, i) => {
    const verb = step.kind === 'organisation' ? m.affectedInRound(round(step.tier)) : m.failsInRound(round(step.tier));
    const how = step.edge === undefined ? m.inScenario : `${m.edges[step.edge]}, ${verb}`;
    const others = step.alternativesFailed ?? [];
    const group =
      others.length === 0
        ? ''
        : `; ${m.alternatives(listWords(others.map(label), { max: Infinity, lang }), others.length)}`;
    out.push(`  ${i === 0 ? ' ' : '→'} ${WORDS[lang].kinds[step.kind]} ${label(step.id)}, ${how}${group}`);
  });
  return out.join('\n') + '\n';
}
