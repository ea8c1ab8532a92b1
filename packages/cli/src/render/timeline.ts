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

import { largestFirst } from '../output/order.js';
import { formatNumber, plural, renderTable } from '../output/table.js';
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
export function describeReason(rules: ConsequenceRules, reason: string, maxOutageHours?: number): string {
  if (reason === 'fallback') return 'lowered by its fallback routine';
  if (reason === 'max-outage-hours') return `its max_outage_hours (${maxOutageHours ?? '?'} h) is reached`;
  const source = rules.rules.find((rule) => rule.id === reason)?.source;
  if (source?.table === undefined) return `rule ${reason}`;
  return [source.table, source.row, source.column].filter((part) => part !== undefined).join(', ');
}

/** One failing function: organisation, function, sectors, dependency, level and why. */
function describeFailing(graph: KedjaGraph, rules: ConsequenceRules, f: TimelineStep['failing'][number]): string {
  // The tolerance has the last word: when it decided, the rules before it do not matter.
  const decisive = f.because.includes('max-outage-hours') ? ['max-outage-hours'] : f.because;
  const reasons = decisive.map((reason) => describeReason(rules, reason, f.maxOutageHours)).join('; ');
  const sectors = f.sectors.length > 0 ? ` [${f.sectors.join(', ')}]` : '';
  const on = f.function.startsWith('contract with ') ? '' : ` on ${nodeName(graph, f.dependency)}`;
  return `  ${nodeName(graph, f.organisation)} (${f.organisation}): ${f.function}${sectors}${on}: ${f.level} (${reasons})`;
}

/** The functions that fail at one step, the largest organisations first, at most `limit`. */
function describeFailingFunctions(graph: KedjaGraph, rules: ConsequenceRules, step: TimelineStep, limit: number) {
  const organisations = new Set(step.failing.map((f) => f.organisation)).size;
  const newly =
    step.newOrganisations.length === organisations
      ? ''
      : `; ${plural(step.newOrganisations.length, 'organisation')} newly at critical or worse`;
  const served = formatNumber(step.newPopulation);
  const population =
    step.newPopulation === 0
      ? ''
      : step.newResidents === 0
        ? `, no more residents (population served ${served}, all counted already)`
        : `, ${formatNumber(step.newResidents)} more residents (population served ${served})`;
  const out = [
    `After ${step.label}: ${plural(step.failing.length, 'critical function')} ${step.failing.length === 1 ? 'fails' : 'fail'} ` +
      `at ${plural(organisations, 'organisation')}${newly}${population}.`,
  ];
  const order = largestFirst(graph);
  const failing = [...step.failing].sort((a, b) => order(a.organisation, b.organisation));
  for (const f of failing.slice(0, limit)) out.push(describeFailing(graph, rules, f));
  if (step.failing.length > limit) {
    out.push(`  … and ${formatNumber(step.failing.length - limit)} more (--limit or --json for all)`);
  }
  return out;
}

function describeStep(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  step: TimelineStep,
  first: boolean,
  limit: number,
): string[] {
  const out: string[] =
    step.failing.length === 0
      ? [
          `After ${step.label}: ${first ? 'no critical function has failed yet' : 'no further critical function fails'}.`,
        ]
      : describeFailingFunctions(graph, rules, step, limit);
  if (step.crisis.length > 0) {
    out.push(
      `  In crisis from now: ${listWords(
        [...step.crisis].sort(largestFirst(graph)).map((id) => `${nodeName(graph, id)} (${id})`),
        { max: limit },
      )}.`,
    );
  }
  return out;
}

/** Organisations per consequence level (worst first) at each duration, with residents, population and sectors. */
function levelTable(timeline: Timeline): string {
  const levels = [...CONSEQUENCE_LEVELS].reverse();
  return renderTable(timeline.steps, [
    { header: 'after', value: (s) => s.label },
    ...levels.map((level) => ({ header: level, value: (s: TimelineStep) => s.levels[level], right: true })),
    { header: 'failing', value: (s) => s.organisations, right: true },
    { header: 'residents', value: (s) => s.residents, right: true },
    { header: 'population', value: (s) => s.population, right: true },
    {
      header: 'sectors',
      value: (s) =>
        Object.entries(s.bySector)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([sector, n]) => `${sector} ${n}`)
          .join(', '),
      max: 60,
    },
  ]);
}

export function renderTimeline(
  graph: KedjaGraph,
  description: string,
  timeline: Timeline,
  rules: ConsequenceRules,
  limit = 50,
): string {
  const affected = timeline.steps[0] ? Object.values(timeline.steps[0].levels).reduce((a, b) => a + b, 0) : 0;
  const out: string[] = [`Scenario: ${description}.`, ''];
  if (affected === 0) {
    out.push('No organisation is affected, so the outage has no consequences at any length.');
    return `${out.join('\n')}\n`;
  }
  out.push(
    `${plural(affected, 'organisation')} affected. Consequence levels by outage length (rules: ${timeline.rules});`,
    'a function fails when it reaches critical. failing = organisations at critical or worse.',
    '',
  );
  out.push(levelTable(timeline));
  timeline.steps.forEach((step, i) => {
    for (const line of describeStep(graph, rules, step, i === 0, limit)) out.push(line);
  });
  return `${out.join('\n')}\n`;
}
