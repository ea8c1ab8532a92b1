/**
 * `kedja timeline`: how a scenario's consequences grow with the outage duration, as the `--json`
 * document (each step with names added) and as text: a table of organisations per consequence
 * level at each duration, then per step the critical functions that fail (largest organisations
 * first, each with the rule that decided it) and the organisations in crisis from then on.
 *
 * With possible dependencies (issue 13) the timeline carries the upper bound's steps beside the
 * lower bound's: the JSON gives each step `upper` with the same fields, the text gives every count
 * of the table and the intro as a range, then the upper bound's steps, each function that fails
 * only there marked possible.
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

/** A timeline, and with possible dependencies the upper bound's steps (at the same lengths); `steps` are the lower bound's. */
export type BoundedTimeline = Timeline & { upper?: TimelineStep[] };

/**
 * The `--json` document: `blast` and `timeline.steps` are the lower bound's; with `upperBlast` and
 * `timeline.upper` it gains `organisationsUpper` and each step `upper` with the same fields.
 */
export function timelineJson(
  graph: KedjaGraph,
  blast: BlastRadius,
  spec: ScenarioSpec,
  timeline: BoundedTimeline,
  upperBlast?: BlastRadius,
) {
  const named = (id: string) => ({ id, name: nodeName(graph, id) });
  const stepJson = (step: TimelineStep) => ({
    ...step,
    failing: step.failing.map((f) => ({ ...f, name: nodeName(graph, f.organisation) })),
    crisis: step.crisis.map(named),
    newOrganisations: step.newOrganisations.map(named),
  });
  const upper = upperBlast && timeline.upper;
  return {
    scenario: { ...blast.scenario, spec },
    rules: timeline.rules,
    organisations: blast.totals.organisations,
    ...(upper ? { organisationsUpper: upperBlast.totals.organisations } : {}),
    steps: timeline.steps.map((step, i) => ({
      ...stepJson(step),
      ...(upper ? { upper: stepJson(upper[i]!) } : {}),
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

/** The key of a failing function: its organisation and the dependency it lost. */
const failingKey = (f: TimelineStep['failing'][number]) => `${f.organisation}\u0000${f.dependency}`;

/** One failing function: organisation, function, sectors, dependency, level and why; marked when it fails only in the upper bound. */
function describeFailing(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  f: TimelineStep['failing'][number],
  lang: Lang,
  possible = false,
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
  const mark = possible ? ` (${m.possible})` : '';
  return `  ${nodeName(graph, f.organisation)} (${f.organisation}): ${name}${sectors}${on}: ${level} (${reasons})${mark}`;
}

/**
 * The functions that fail at one step, the largest organisations first, at most `limit`; with `sure`
 * (the functions failed by then in the lower bound) each one not in it is marked possible.
 */
function describeFailingFunctions(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  step: TimelineStep,
  limit: number,
  lang: Lang,
  sure?: ReadonlySet<string>,
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
  for (const f of failing.slice(0, limit)) {
    out.push(describeFailing(graph, rules, f, lang, sure !== undefined && !sure.has(failingKey(f))));
  }
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
  sure?: ReadonlySet<string>,
): string[] {
  const m = messagesIn(lang).timeline;
  const after = outageLength(step.hours, lang);
  const out: string[] =
    step.failing.length === 0
      ? [first ? m.noneYet(after) : m.noneFurther(after)]
      : describeFailingFunctions(graph, rules, step, limit, lang, sure);
  if (step.crisis.length > 0) {
    const crisis = [...step.crisis].sort(largestFirst(graph)).map((id) => `${nodeName(graph, id)} (${id})`);
    out.push(`  ${m.crisis(listWords(crisis, { max: limit, lang }))}`);
  }
  return out;
}

/**
 * Organisations per consequence level (worst first) at each duration, with residents, population and
 * sectors; with the upper bound's steps each count is a range ("3–5", one number when both agree).
 */
function levelTable(timeline: BoundedTimeline, lang: Lang): string {
  const m = messagesIn(lang).timeline.headers;
  const levels = [...CONSEQUENCE_LEVELS].reverse();
  const rows = timeline.steps.map((lower, i) => ({ lower, upper: timeline.upper?.[i] }));
  type Row = (typeof rows)[number];
  const count = (row: Row, of: (step: TimelineStep) => number): number | string => {
    const low = of(row.lower);
    if (row.upper === undefined || of(row.upper) === low) return low;
    return `${formatNumber(low, lang)}–${formatNumber(of(row.upper), lang)}`;
  };
  // English has always written the sectors' counts ungrouped.
  const sectorCount = (n: number) => (lang === 'en' ? String(n) : formatNumber(n, lang));
  const sectors = (row: Row) => {
    const upper = row.upper?.bySector ?? row.lower.bySector;
    const names = [...new Set([...Object.keys(row.lower.bySector), ...Object.keys(upper)])].sort((a, b) =>
      a < b ? -1 : 1,
    );
    return names
      .map((sector) => {
        const low = row.lower.bySector[sector] ?? 0;
        const high = upper[sector] ?? 0;
        return `${sector} ${low === high ? sectorCount(low) : `${sectorCount(low)}–${sectorCount(high)}`}`;
      })
      .join(', ');
  };
  return renderTable(
    rows,
    [
      { header: m.after, value: (row) => outageLength(row.lower.hours, lang) },
      ...levels.map((level) => ({
        header: WORDS[lang].levels[level],
        value: (row: Row) => count(row, (s) => s.levels[level]),
        right: true,
      })),
      { header: m.failing, value: (row) => count(row, (s) => s.organisations), right: true },
      { header: m.residents, value: (row) => count(row, (s) => s.residents), right: true },
      { header: m.population, value: (row) => count(row, (s) => s.population), right: true },
      { header: m.sectors, value: sectors, max: 60 },
    ],
    lang,
  );
}

/** The organisations a step's levels count (every affected organisation, at any level). */
const affectedAt = (step: TimelineStep | undefined) =>
  step ? Object.values(step.levels).reduce((a, b) => a + b, 0) : 0;

/**
 * The timeline as text in `lang` (English unless told); `description` is the scenario in that language.
 * With the upper bound's steps the counts are ranges and the steps described are the upper bound's.
 */
export function renderTimeline(
  graph: KedjaGraph,
  description: string,
  timeline: BoundedTimeline,
  rules: ConsequenceRules,
  limit = 50,
  lang: Lang = 'en',
): string {
  const { common, timeline: m } = messagesIn(lang);
  const affected = affectedAt(timeline.steps[0]);
  const upper = timeline.upper;
  const affectedUpper = upper ? affectedAt(upper[0]) : affected;
  const out: string[] = [common.scenario(description), ''];
  if (affectedUpper === 0) {
    out.push(m.none);
    return `${out.join('\n')}\n`;
  }
  const organisations = common.range(formatNumber(affected, lang), formatNumber(affectedUpper, lang));
  out.push(m.intro(organisations, affectedUpper, timeline.rules), m.legend);
  if (upper) out.push(m.rangeLegend);
  out.push('', levelTable(timeline, lang));
  if (upper === undefined) {
    timeline.steps.forEach((step, i) => {
      for (const line of describeStep(graph, rules, step, i === 0, limit, lang)) out.push(line);
    });
    return `${out.join('\n')}\n`;
  }
  out.push(m.upperSteps);
  // The functions failed by each step in the lower bound: the others fail only if a possible dependency is real.
  const sure = new Set<string>();
  upper.forEach((step, i) => {
    for (const f of timeline.steps[i]?.failing ?? []) sure.add(failingKey(f));
    for (const line of describeStep(graph, rules, step, i === 0, limit, lang, sure)) out.push(line);
  });
  return `${out.join('\n')}\n`;
}
