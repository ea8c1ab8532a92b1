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

/**
 * With possible dependencies (issue 13): whether the organisation is affected for certain (then
 * the explanation is the lower bound's, its chain all confirmed) or only in the upper bound (then
 * the steps that fail only there are possible), and what it may lose beyond the explanation's `lost`.
 */
export interface WhyBounds {
  certainty: 'confirmed' | 'possible';
  /** Ids of the chain's steps that fail only in the upper bound. */
  possibleSteps: ReadonlySet<string>;
  /** Dependencies lost only in the upper bound. */
  lostPossible: readonly string[];
}

export function whyJson(
  table: NodeTable,
  scenario: Scenario,
  spec: ScenarioSpec,
  explanation: Explanation,
  bounds?: WhyBounds,
) {
  return {
    scenario: { description: scenario.description, members: scenario.members, spec },
    ...explanation,
    ...(bounds ? { certainty: bounds.certainty, lostPossible: bounds.lostPossible } : {}),
    name: nameOf(table, explanation.organisation),
    chain: explanation.chain.map((step) => ({
      ...step,
      name: nameOf(table, step.id),
      ...(step.alternativesFailed
        ? { alternativesFailedNames: step.alternativesFailed.map((id) => nameOf(table, id)) }
        : {}),
      ...(bounds ? { certainty: bounds.possibleSteps.has(step.id) ? 'possible' : 'confirmed' } : {}),
    })),
  };
}

/** The explanation as numbered sentences in `lang` (English unless told); `description` is the scenario in that language. */
export function renderExplanation(
  table: NodeTable,
  explanation: Explanation,
  description: string,
  lang: Lang = 'en',
  bounds?: WhyBounds,
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
  const lost = explanation.lost.map(label).join(', ');
  out.push(bounds?.certainty === 'possible' ? m.wouldLose(lost) : m.lost(lost));
  if (bounds && bounds.lostPossible.length > 0) out.push(m.mayAlsoLose(bounds.lostPossible.map(label).join(', ')));
  if (bounds) out.push(bounds.certainty === 'confirmed' ? m.certain : m.possibly);
  out.push('', m.steps);
  explanation.chain.forEach((step, i) => {
    const verb = step.kind === 'organisation' ? m.affectedInRound(round(step.tier)) : m.failsInRound(round(step.tier));
    const how = step.edge === undefined ? m.inScenario : `${m.edges[step.edge]}, ${verb}`;
    const others = step.alternativesFailed ?? [];
    const group =
      others.length === 0
        ? ''
        : `; ${m.alternatives(listWords(others.map(label), { max: Infinity, lang }), others.length)}`;
    const mark = bounds?.possibleSteps.has(step.id) ? ` (${m.possible})` : '';
    out.push(`  ${i === 0 ? ' ' : '→'} ${WORDS[lang].kinds[step.kind]} ${label(step.id)}${mark}, ${how}${group}`);
  });
  return out.join('\n') + '\n';
}
