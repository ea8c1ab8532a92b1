/**
 * `kedja blast <input> [scenario options] [--duration 48h]`: who loses what when the scenario's
 * suppliers fail, and with `--duration` how badly (a consequence level per organisation).
 * With `--engine neo4j --uri ...` the blast radius is computed in Cypher, in the database the
 * graph was pushed to, and printed the same way. A graph with possible dependencies (issue 13)
 * gives both bounds (the engine's `blastBounds`, or the database's `blastBoundsInDatabase`).
 */
import {
  assessConsequences,
  type BlastRadius,
  type ConsequenceModel,
  type KedjaGraph,
  type ScenarioSpec,
} from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { graphNodeTable, type NodeTable } from '@kedja/core/kernel';
import type { Command } from 'commander';

import { quoteValue } from '@kedja/core';
import { UsageError } from '../errors.js';
import {
  addEngineOption,
  addNeo4jOptions,
  addScenarioOptions,
  assumeRequest,
  assumeUnknownOption,
  durationOption,
  INPUT_DESCRIPTION,
  inputFor,
  loadConsequenceModel,
  loadEngine,
  neo4jTarget,
  parseCount,
  refuseAssumeInDatabase,
  refuseInput,
  rulesOption,
  scenarioSpec,
  type EngineOptions,
  type ScenarioOptions,
} from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { messagesIn } from '../messages/index.js';
import { printJson, type Io } from '../output/io.js';
import { describeScenario } from '../output/scenario.js';
import { nameOf } from '../output/names.js';
import { blastJson, renderBlast, type BlastLevels } from '../render/blast.js';

interface BlastOptions extends ScenarioOptions, EngineOptions {
  json?: boolean;
  limit: number;
  /** The outage duration, in hours. */
  duration?: number;
  rules?: string;
  lang?: string;
  assumeUnknown?: string[];
}

async function computeBlast(
  input: string | undefined,
  spec: ScenarioSpec,
  options: BlastOptions,
  io: Io,
  lang: Lang,
): Promise<{ table: NodeTable; graph: KedjaGraph | undefined; blast: BlastRadius; source: string }> {
  if (options.engine === 'neo4j') {
    refuseInput(input);
    refuseAssumeInDatabase(options.assumeUnknown);
    if (options.duration !== undefined) {
      throw new UsageError('--duration needs the whole graph in memory; it does not work with --engine neo4j yet');
    }
    const target = await neo4jTarget(options);
    const { blastBoundsInDatabase, blastInDatabase, hasPossibleEdgesInDatabase, withNeo4j } =
      await import('@kedja/neo4j');
    const { graph, blast } = await withNeo4j(target, async (connection) => {
      const dataset = { dataset: options.dataset };
      return (await hasPossibleEdgesInDatabase(connection, dataset))
        ? blastBoundsInDatabase(connection, spec, dataset)
        : blastInDatabase(connection, spec, dataset);
    });
    return {
      table: graphNodeTable(graph),
      graph,
      blast,
      source: messagesIn(lang).commands.notes.dataset(quoteValue(options.dataset), target.uri),
    };
  }
  const path = inputFor(input, options);
  // Consequence levels read edge attributes (function, maxOutageHours, fallback): the graph.
  const { engine, graph } = await loadEngine(path, io, {
    graph: options.duration !== undefined,
    assume: assumeRequest(options.assumeUnknown, lang),
  });
  const blast = engine.possibleEdges > 0 ? engine.blastBounds(spec) : engine.blast(spec);
  return { table: engine.table, graph, blast, source: path };
}

/** The consequence level of each affected organisation after an outage of `duration` hours. */
function consequenceLevels(
  graph: KedjaGraph,
  blast: BlastRadius,
  duration: number,
  model: ConsequenceModel,
): BlastLevels {
  const consequences = assessConsequences(graph, blast, duration, model);
  return { duration, rules: model.rules.name, levels: new Map(consequences.map((c) => [c.id, c.level])) };
}

export function registerBlast(program: Command, io: Io): void {
  const command = addScenarioOptions(
    program
      .command('blast')
      .description('the blast radius of a scenario: failed suppliers and services, affected organisations')
      .argument('[input]', `${INPUT_DESCRIPTION} (not with --engine neo4j)`),
  )
    .addOption(durationOption())
    .addOption(rulesOption())
    .option('--limit <n>', 'rows per list in the human output', parseCount, 50)
    .option('--json', 'print the result as one JSON document')
    .addOption(assumeUnknownOption())
    .addOption(langOption());
  addNeo4jOptions(addEngineOption(command)).action(async (input: string | undefined, options: BlastOptions) => {
    const lang = resolveLang(options.lang);
    const notes = messagesIn(lang).commands.notes;
    const spec = scenarioSpec(options);
    const model = await loadConsequenceModel(options.rules, io);
    const { table, graph, blast, source } = await computeBlast(input, spec, options, io, lang);
    if (blast.scenario.members.length === 0) io.stderr(`${notes.noMembers(source)}\n`);
    let levels: BlastLevels | undefined;
    if (options.duration !== undefined) {
      levels = consequenceLevels(graph!, blast, options.duration, model);
    } else if (options.rules !== undefined) {
      io.stderr(`${notes.rulesWithoutDuration}\n`);
    }
    if (options.json) {
      printJson(io, blastJson(table, blast, spec, levels));
      return;
    }
    const description = describeScenario(lang, { ...blast.scenario, spec }, (id) => nameOf(table, id));
    io.stdout(renderBlast(table, blast, options.limit, levels, lang, description));
  });
}
