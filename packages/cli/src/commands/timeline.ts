/**
 * `kedja timeline <input> [scenario options]`: how the consequences of a scenario grow with the
 * length of the outage: at 4 h, 24 h, 48 h, 1 week and 1 month (or `--at`), the organisations per
 * consequence level, the critical functions that fail at each step, and the population and
 * sectors behind them.
 */
import {
  computeTimeline,
  CONSEQUENCE_LEVELS,
  createEngine,
  nodeName,
  type ConsequenceRules,
  type KedjaGraph,
  type Timeline,
  type TimelineStep,
} from '@kedja/core';
import { InvalidArgumentError, type Command } from 'commander';

import { loadConsequenceModel, parseLength, RULES_OPTION_HELP } from '../consequence-options.js';
import { loadInput } from '../load-input.js';
import { printJson, type Io } from '../output/io.js';
import { formatNumber, plural, renderTable } from '../output/table.js';
import { largestFirst } from '../output/order.js';
import { listWords } from '../output/words.js';
import { addScenarioOptions, scenarioSpec, type ScenarioOptions } from '../scenario-options.js';
import { parseCount } from './options.js';

function parseSteps(value: string): number[] {
  const hours = value.split(',').map((part) => parseLength(part.trim()));
  if (new Set(hours).size !== hours.length) throw new InvalidArgumentError('each length may appear once');
  return hours.sort((a, b) => a - b);
}

/** A reason for a level in words: the rule's source row, the fallback routine, the tolerance. */
export function describeReason(rules: ConsequenceRules, reason: string, maxOutageHours?: number): string {
  if (reason === 'fallback') return 'lowered by its fallback routine';
  if (reason === 'max-outage-hours') return `its max_outage_hours (${maxOutageHours ?? '?'} h) is reached`;
  const source = rules.rules.find((rule) => rule.id === reason)?.source;
  if (source?.table === undefined) return `rule ${reason}`;
  return [source.table, source.row, source.column].filter((part) => part !== undefined).join(', ');
}

function describeStep(
  graph: KedjaGraph,
  rules: ConsequenceRules,
  step: TimelineStep,
  first: boolean,
  limit: number,
): string[] {
  const out: string[] = [];
  if (step.failing.length === 0) {
    out.push(
      `After ${step.label}: ${first ? 'no critical function has failed yet' : 'no further critical function fails'}.`,
    );
  } else {
    const organisations = new Set(step.failing.map((f) => f.organisation)).size;
    const newly =
      step.newOrganisations.length === organisations
        ? ''
        : `; ${plural(step.newOrganisations.length, 'organisation')} newly at critical or worse`;
    const population = step.newPopulation > 0 ? `, population ${formatNumber(step.newPopulation)}` : '';
    out.push(
      `After ${step.label}: ${plural(step.failing.length, 'critical function')} ${step.failing.length === 1 ? 'fails' : 'fail'} ` +
        `at ${plural(organisations, 'organisation')}${newly}${population}.`,
    );
    const order = largestFirst(graph);
    const failing = [...step.failing].sort((a, b) => order(a.organisation, b.organisation));
    for (const f of failing.slice(0, limit)) {
      // The tolerance has the last word: when it decided, the rules before it do not matter.
      const decisive = f.because.includes('max-outage-hours') ? ['max-outage-hours'] : f.because;
      const reasons = decisive.map((reason) => describeReason(rules, reason, f.maxOutageHours)).join('; ');
      const sectors = f.sectors.length > 0 ? ` [${f.sectors.join(', ')}]` : '';
      const on = f.function.startsWith('contract with ') ? '' : ` on ${nodeName(graph, f.dependency)}`;
      out.push(
        `  ${nodeName(graph, f.organisation)} (${f.organisation}): ${f.function}${sectors}${on}: ${f.level} (${reasons})`,
      );
    }
    if (step.failing.length > limit) {
      out.push(`  … and ${formatNumber(step.failing.length - limit)} more (--limit or --json for all)`);
    }
  }
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
  const levels = [...CONSEQUENCE_LEVELS].reverse();
  out.push(
    renderTable(timeline.steps, [
      { header: 'after', value: (s) => s.label },
      ...levels.map((level) => ({ header: level, value: (s: TimelineStep) => s.levels[level], right: true })),
      { header: 'failing', value: (s) => s.organisations, right: true },
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
    ]),
  );
  timeline.steps.forEach((step, i) => out.push(...describeStep(graph, rules, step, i === 0, limit)));
  return `${out.join('\n')}\n`;
}

export function registerTimeline(program: Command, io: Io): void {
  addScenarioOptions(
    program
      .command('timeline')
      .description('consequences of a scenario by outage length: which critical functions fail when')
      .argument('<input>', 'a canonical CSV folder or a graph .json file'),
  )
    .option('--at <lengths>', 'outage lengths, comma-separated (default 4h,24h,48h,1w,1m)', parseSteps)
    .option('--rules <file>', RULES_OPTION_HELP)
    .option('--limit <n>', 'failing functions listed per step in the human output', parseCount, 10)
    .option('--json', 'print the result as one JSON document')
    .action(
      async (
        input: string,
        options: ScenarioOptions & { json?: boolean; at?: number[]; rules?: string; limit: number },
      ) => {
        const spec = scenarioSpec(options);
        const model = await loadConsequenceModel(options.rules, io);
        const graph = await loadInput(input, io);
        const engine = createEngine(graph);
        const scenario = engine.scenario(spec);
        if (scenario.members.length === 0) io.stderr(`note: the scenario selects no supplier or service in ${input}\n`);
        const blast = engine.blast(scenario);
        const timeline = computeTimeline(graph, blast, { model, ...(options.at ? { hours: options.at } : {}) });
        if (options.json) {
          const named = (id: string) => ({ id, name: nodeName(graph, id) });
          printJson(io, {
            scenario: { ...blast.scenario, spec },
            rules: timeline.rules,
            organisations: blast.totals.organisations,
            steps: timeline.steps.map((step) => ({
              ...step,
              failing: step.failing.map((f) => ({ ...f, name: nodeName(graph, f.organisation) })),
              crisis: step.crisis.map(named),
              newOrganisations: step.newOrganisations.map(named),
            })),
          });
        } else io.stdout(renderTimeline(graph, blast.scenario.description, timeline, model.rules, options.limit));
      },
    );
}
