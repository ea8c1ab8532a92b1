/**
 * `kedja timeline`: how a scenario's consequences grow with the outage duration, as the `--json`
 * document (each step with names added) and as text: a table of organisations per consequence
 * level at each duration, then per step the critical functions that fail (largest organisations
 * first, each with the rule that decided it) and the organisations in crisis from then on.
 */
import {
  CONSEQUENCE_LEVELS,
  nodeName,
  type BlastRadius,
  type ConsequenceRules,
  type KedjaGraph,
  type ScenarioSpec,
  type Timeline,
  type TimelineStep,
} from '@kedja/core';
import { WORDS, type Lang } from '@kedja/core/i18n';

import { messagesIn } from '../messages/index.js';
import { outageLength } from '../output/duration.js';
import { largestFirst } from '../output/order.js';
import { formatNumber, formatPlain, renderTable } from '../output/table.js';
import { listWords } from '../output/words.js';

export function timelineJson(graph: KedjaGraph, blast: BlastRadius, spec: ScenarioSpec, timeline: Timeline) {
  const named = (id: string) => ({ id, name: nodeName(graph, id) });
  return {
    scenario: { ...blast.scenario, spec },
    rules: timeline.rules,
    organisations: blast.totals.organisations,
    steps: timeline.steps.map((step) => ({
      ...step,
      failing: step.failing.map((f) => ({ ...f, name: nodeName(graph, f.organisation) })),
      crisis: step.crisis.map(named),
      newOrganisations: step.newOrganisations.map(named),
    })),
  };
}

/** A reason for a level in words: the rule's source row, the fallback routine, the tolerance. */
export function describeReason(
  rules: ConsequenceRules,
  reason: string,
  maxOutageHours?: number,
  lang: Lang = 'en',
): string {
  const m = messagesIn(lang).timeline.reason;
  if (reason === 'fallback') return m.fallback;
  if (reason === 'max-outage-hours') {
    return m.maxOutage(maxOutageHours === undefined ? '?' : formatPlain(maxOutageHours, lang));
  }
  const source = rules.rules.find((rule) => rule.id === reason)?.source;
  if (source?.table === undefined) return m.rule(reason);
  return [source.table, source.row, source.column].filter((part) => part !== undefined).join(', ');
}

/** How core names a lost contract that has no function of its own: "contract with <supplier>". */
const CONTRACT_WITH = messagesIn('en').timeline.contractWith('');

/** One failing function: organisation, function, sectors, dependency, level and why. */
function describeFailing(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  f: TimelineStep['failing'][number],
  lang: Lang,
): string {
  const m = messagesIn(lang).timeline;
  // The tolerance has the last word: when it decided, the rules before it do not matter.
  const decisive = f.because.includes('max-outage-hours') ? ['max-outage-hours'] : f.because;
  const reasons = decisive.map((reason) => describeReason(rules, reason, f.maxOutageHours, lang)).join('; ');
  const sectors = f.sectors.length > 0 ? ` [${f.sectors.join(', ')}]` : '';
  const contract = f.function.startsWith(CONTRACT_WITH);
  const name = contract ? m.contractWith(f.function.slice(CONTRACT_WITH.length)) : f.function;
  const on = contract ? '' : ` ${m.on(nodeName(graph, f.dependency))}`;
  const level = WORDS[lang].levels[f.level];
  return `  ${nodeName(graph, f.organisation)} (${f.organisation}): ${name}${sectors}${on}: ${level} (${reasons})`;
}

/** The functions that fail at one step, the largest organisations first, at most `limit`. */
function describeFailingFunctions(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  step: TimelineStep,
  limit: number,
  lang: Lang,
) {
  const { common, timeline: m } = messagesIn(lang);
  const n = (value: number) => formatNumber(value, lang);
  const organisations = new Set(step.failing.map((f) => f.organisation)).size;
  const newly =
    step.newOrganisations.length === organisations
      ? ''
      : `; ${m.newly(n(step.newOrganisations.length), step.newOrganisations.length)}`;
  const served = n(step.newPopulation);
  const population =
    step.newPopulation === 0
      ? ''
      : step.newResidents === 0
        ? `, ${m.noMoreResidents(served)}`
        : `, ${m.moreResidents(n(step.newResidents), served)}`;
  const out = [
    m.step(
      outageLength(step.hours, lang),
      n(step.failing.length),
      step.failing.length,
      n(organisations),
      organisations,
      `${newly}${population}`,
    ),
  ];
  const order = largestFirst(graph);
  const failing = [...step.failing].sort((a, b) => order(a.organisation, b.organisation));
  for (const f of failing.slice(0, limit)) out.push(describeFailing(graph, rules, f, lang));
  if (step.failing.length > limit) out.push(`  ${common.moreLimit(n(step.failing.length - limit))}`);
  return out;
}

function describeStep(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  step: TimelineStep,
  first: boolean,
  limit: number,
  lang: Lang,
): string[] {
  const m = messagesIn(lang).timeline;
  const after = outageLength(step.hours, lang);
  const out: string[] =
    step.failing.length === 0
      ? [first ? m.noneYet(after) : m.noneFurther(after)]
      : describeFailingFunctions(graph, rules, step, limit, lang);
  if (step.crisis.length > 0) {
    const crisis = [...step.crisis].sort(largestFirst(graph)).map((id) => `${nodeName(graph, id)} (${id})`);
    out.push(`  ${m.crisis(listWords(crisis, { max: limit, lang }))}`);
  }
  return out;
}

/** Organisations per consequence level (worst first) at each duration, with residents, population and sectors. */
function levelTable(timeline: Timeline, lang: Lang): string {
  const m = messagesIn(lang).timeline.headers;
  const levels = [...CONSEQUENCE_LEVELS].reverse();
  return renderTable(
    timeline.steps,
    [
      { header: m.after, value: (s) => outageLength(s.hours, lang) },
      ...levels.map((level) => ({
        header: WORDS[lang].levels[level],
        value: (s: TimelineStep) => s.levels[level],
        right: true,
      })),
      { header: m.failing, value: (s) => s.organisations, right: true },
      { header: m.residents, value: (s) => s.residents, right: true },
      { header: m.population, value: (s) => s.population, right: true },
      {
        header: m.sectors,
        value: (s) =>
          Object.entries(s.bySector)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            // English has always written these counts ungrouped.
            .map(([sector, n]) => `${sector} ${lang === 'en' ? n : formatNumber(n, lang)}`)
            .join(', '),
        max: 60,
      },
    ],
    lang,
  );
}

/** The timeline as text in `lang` (English unless told); `description` is the scenario in that language. */
export function renderTimeline(
  graph: KedjaGraph,
  description: string,
  timeline: Timeline,
  rules: ConsequenceRules,
  limit = 50,
  lang: Lang = 'en',
): string {
  const { common, timeline: m } = messagesIn(lang);
  const affected = timeline.steps[0] ? Object.values(timeline.steps[0].levels).reduce((a, b) => a + b, 0) : 0;
  const out: string[] = [common.scenario(description), ''];
  if (affected === 0) {
    out.push(m.none);
    return `${out.join('\n')}\n`;
  }
  out.push(m.intro(formatNumber(affected, lang), affected, timeline.rules), m.legend, '');
  out.push(levelTable(timeline, lang));
  timeline.steps.forEach((step, i) => {
    for (const line of describeStep(graph, rules, step, i === 0, limit, lang)) out.push(line);
  });
  return `${out.join('\n')}\n`;
}
