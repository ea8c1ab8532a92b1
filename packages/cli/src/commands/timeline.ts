/**
 * `kedja timeline <input> [scenario options]`: how the consequences of a scenario grow with the
 * duration of the outage: at 4 h, 24 h, 48 h, 1 week and 1 month (or `--at`), the organisations
 * per consequence level, the critical functions that fail at each step, and the population and
 * sectors behind them. With possible dependencies (issue 13) the steps are the lower bound's and
 * each gains the upper bound's (`upper` in the JSON, ranges in the text).
 */
import { computeTimeline, createEngine, nodeName } from '@kedja/core';
import type { Command } from 'commander';

import { messagesIn } from '../messages/index.js';
import {
  addScenarioOptions,
  assumeRequest,
  assumeUnknownOption,
  INPUT_DESCRIPTION,
  loadConsequenceModel,
  loadInput,
  parseCount,
  parseDurationList,
  rulesOption,
  scenarioSpec,
  type ScenarioOptions,
} from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { describeScenario } from '../output/scenario.js';
import { renderTimeline, timelineJson, type BoundedTimeline } from '../render/timeline.js';

interface TimelineOptions extends ScenarioOptions {
  json?: boolean;
  /** The outage durations of `--at`, in hours. */
  at?: number[];
  rules?: string;
  limit: number;
  lang?: string;
  assumeUnknown?: string[];
}

export function registerTimeline(program: Command, io: Io): void {
  addScenarioOptions(
    program
      .command('timeline')
      .description('consequences of a scenario by outage length: which critical functions fail when')
      .argument('<input>', INPUT_DESCRIPTION),
  )
    .option('--at <lengths>', 'outage lengths, comma-separated (default 4h,24h,48h,1w,1m)', parseDurationList)
    .addOption(rulesOption())
    .addOption(assumeUnknownOption())
    .option('--limit <n>', 'failing functions listed per step in the human output', parseCount, 10)
    .option('--json', 'print the result as one JSON document')
    .addOption(langOption())
    .action(async (input: string, options: TimelineOptions) => {
      const lang = resolveLang(options.lang);
      const spec = scenarioSpec(options);
      const model = await loadConsequenceModel(options.rules, io);
      const graph = await loadInput(input, io, { assume: assumeRequest(options.assumeUnknown, lang) });
      const engine = createEngine(graph);
      const scenario = engine.scenario(spec);
      if (scenario.members.length === 0) io.stderr(`${messagesIn(lang).commands.notes.noMembers(input)}\n`);
      const timelineOptions = { model, ...(options.at ? { hours: options.at } : {}) };
      // With possible dependencies (issue 13): steps of the lower bound, and the upper bound's beside them.
      const bounded = engine.possibleEdges > 0;
      const blast = bounded ? engine.blastLower(scenario) : engine.blast(scenario);
      const upperBlast = bounded ? engine.blast(scenario) : undefined;
      const timeline: BoundedTimeline = computeTimeline(graph, blast, timelineOptions);
      if (upperBlast) timeline.upper = computeTimeline(graph, upperBlast, timelineOptions).steps;
      if (options.json) {
        printJson(io, timelineJson(graph, blast, spec, timeline, upperBlast));
        return;
      }
      const description = describeScenario(lang, scenario, (id) => nodeName(graph, id));
      io.stdout(renderTimeline(graph, description, timeline, model.rules, options.limit, lang));
    });
}
