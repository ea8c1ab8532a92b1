/**
 * `kedja blast <input> [scenario options] [--duration 48h]`: who loses what when the scenario's
 * suppliers fail, and with `--duration` how badly (a consequence level per organisation).
 * With `--engine neo4j --uri ...` the blast radius is computed in Cypher, in the database the
 * graph was pushed to, and printed the same way.
 */
import {
  assessConsequences,
  countLevels,
  CONSEQUENCE_LEVELS,
  formatDuration,
  type BlastRadius,
  type ConsequenceLevel,
  type KedjaGraph,
  type ScenarioSpec,
} from '@kedja/core';
import { graphNodeTable, type NodeTable } from '@kedja/core/kernel';
import { blastInDatabase, withNeo4j } from '@kedja/neo4j';
import type { Command } from 'commander';

import { loadConsequenceModel, parseLength, RULES_OPTION_HELP } from '../consequence-options.js';
import { addEngineOption, inputFor, refuseInput, type EngineOptions } from '../engine-option.js';
import { UsageError } from '../errors.js';
import { INPUT_DESCRIPTION, loadEngine } from '../load-input.js';
import { addNeo4jOptions, neo4jTarget } from '../neo4j-options.js';
import { printJson, type Io } from '../output/io.js';
import { nameOf } from '../output/names.js';
import { plural, renderTable, formatNumber } from '../output/table.js';
import { addScenarioOptions, scenarioSpec, type ScenarioOptions } from '../scenario-options.js';
import { parseCount } from './options.js';

/** Consequence levels of the affected organisations after an outage of `hours`. */
export interface BlastLevels {
  hours: number;
  rules: string;
  levels: ReadonlyMap<string, ConsequenceLevel>;
}

/** The blast radius with names and organisation facts added, as `--json` prints it. */
export function decorateBlast(table: NodeTable, blast: BlastRadius, levels?: BlastLevels) {
  const named = <T extends { id: string }>(item: T) => ({ ...item, name: nameOf(table, item.id) });
  return {
    scenario: blast.scenario,
    failedSuppliers: blast.failedSuppliers.map(named),
    failedServices: blast.failedServices.map(named),
    affectedOrganisations: blast.affectedOrganisations.map((o) => {
      const node = table.indexOf(o.id)!;
      const type = table.orgType(node);
      const population = table.population(node);
      return {
        ...named(o),
        ...(type !== undefined ? { type } : {}),
        ...(population !== undefined ? { population } : {}),
        ...(levels ? { level: levels.levels.get(o.id) } : {}),
      };
    }),
    totals: {
      ...blast.totals,
      byType: sortedKeys(blast.totals.byType),
      byCounty: sortedKeys(blast.totals.byCounty),
      bySector: sortedKeys(blast.totals.bySector),
      ...(levels ? { byLevel: countLevels([...levels.levels.values()].map((level) => ({ level }))) } : {}),
    },
    ...(levels ? { duration: { hours: levels.hours, label: formatDuration(levels.hours), rules: levels.rules } } : {}),
  };
}

/** The counts by key in key order, so that both engines (which find organisations in different orders) print alike. */
const sortedKeys = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function renderBlast(table: NodeTable, blast: BlastRadius, limit: number, levels?: BlastLevels): string {
  const { totals } = blast;
  const out: string[] = [`Scenario: ${blast.scenario.description}.`, ''];
  if (totals.organisations === 0) {
    out.push('No organisation is affected.');
  } else {
    out.push(
      `${plural(totals.organisations, 'organisation')} affected: ${formatNumber(totals.criticalOrganisations)} lose a critical function, ` +
        `${formatNumber(totals.hiddenOrganisations)} are hit only through subcontractors they never named (hidden); ` +
        `population served ${formatNumber(totals.population)}.`,
    );
    const types = Object.entries(totals.byType)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, count]) => `${type} ${formatNumber(count)}`);
    out.push(`By type: ${types.join(', ')}.`);
    if (levels) {
      const counts = countLevels([...levels.levels.values()].map((level) => ({ level })));
      const worstFirst = [...CONSEQUENCE_LEVELS].reverse().map((level) => `${level} ${formatNumber(counts[level])}`);
      out.push(`After ${formatDuration(levels.hours)} (rules: ${levels.rules}): ${worstFirst.join(', ')}.`);
    }
  }
  out.push(`${plural(totals.failedSuppliers, 'supplier')} and ${plural(totals.failedServices, 'service')} fail.`, '');

  const more = (total: number) =>
    total > limit ? `… and ${formatNumber(total - limit)} more (--limit or --json for all)\n` : '';
  if (blast.affectedOrganisations.length > 0) {
    out.push('Affected organisations');
    out.push(
      renderTable(blast.affectedOrganisations.slice(0, limit), [
        { header: 'organisation', value: (o) => nameOf(table, o.id), max: 40 },
        { header: 'id', value: (o) => o.id, max: 24 },
        { header: 'tier', value: (o) => o.tier, right: true },
        { header: 'critical', value: (o) => yesNo(o.critical) },
        { header: 'hidden', value: (o) => yesNo(o.hidden) },
        ...(levels ? [{ header: 'level', value: (o: { id: string }) => levels.levels.get(o.id) ?? '' }] : []),
        { header: 'lost', value: (o) => o.lost.map((id) => nameOf(table, id)).join(', '), max: 60 },
      ]) + more(blast.affectedOrganisations.length),
    );
  }
  const failed = [
    ...blast.failedSuppliers.map((f) => ({ ...f, kind: 'supplier' })),
    ...blast.failedServices.map((f) => ({ ...f, kind: 'service' })),
  ].sort((a, b) => a.tier - b.tier || (a.id < b.id ? -1 : 1));
  if (failed.length > 0) {
    out.push('Failed suppliers and services (tier 0 is the scenario, tier k falls in round k)');
    out.push(
      renderTable(failed.slice(0, limit), [
        { header: 'tier', value: (f) => f.tier, right: true },
        { header: 'kind', value: (f) => f.kind },
        { header: 'name', value: (f) => nameOf(table, f.id), max: 40 },
        { header: 'id', value: (f) => f.id, max: 24 },
      ]) + more(failed.length),
    );
  }
  return out.join('\n');
}

async function computeBlast(
  input: string | undefined,
  spec: ScenarioSpec,
  options: EngineOptions & { duration?: number },
  io: Io,
): Promise<{ table: NodeTable; graph: KedjaGraph | undefined; blast: BlastRadius; source: string }> {
  if (options.engine === 'neo4j') {
    refuseInput(input);
    if (options.duration !== undefined) {
      throw new UsageError('--duration needs the whole graph in memory; it does not work with --engine neo4j yet');
    }
    const target = neo4jTarget(options);
    const { graph, blast } = await withNeo4j(target, (connection) =>
      blastInDatabase(connection, spec, { dataset: options.dataset }),
    );
    return {
      table: graphNodeTable(graph),
      graph,
      blast,
      source: `dataset ${JSON.stringify(options.dataset)} at ${target.uri}`,
    };
  }
  const path = inputFor(input, options);
  // Consequence levels read edge attributes (function, maxOutageHours, fallback): the graph.
  const { engine, graph } = await loadEngine(path, io, { graph: options.duration !== undefined });
  return { table: engine.table, graph, blast: engine.blast(spec), source: path };
}

export function registerBlast(program: Command, io: Io): void {
  const command = addScenarioOptions(
    program
      .command('blast')
      .description('the blast radius of a scenario: failed suppliers and services, affected organisations')
      .argument('[input]', `${INPUT_DESCRIPTION} (not with --engine neo4j)`),
  )
    .option(
      '--duration <length>',
      'outage length (24h, 48h, 1w, 1m or hours): a consequence level per organisation',
      parseLength,
    )
    .option('--rules <file>', RULES_OPTION_HELP)
    .option('--limit <n>', 'rows per list in the human output', parseCount, 50)
    .option('--json', 'print the result as one JSON document');
  addNeo4jOptions(addEngineOption(command)).action(
    async (
      input: string | undefined,
      options: ScenarioOptions & EngineOptions & { json?: boolean; limit: number; duration?: number; rules?: string },
    ) => {
      const spec = scenarioSpec(options);
      const model = await loadConsequenceModel(options.rules, io);
      const { table, graph, blast, source } = await computeBlast(input, spec, options, io);
      if (blast.scenario.members.length === 0) {
        io.stderr(`note: the scenario selects no supplier or service in ${source}\n`);
      }
      let levels: BlastLevels | undefined;
      if (options.duration !== undefined) {
        const consequences = assessConsequences(graph!, blast, options.duration, model);
        levels = {
          hours: options.duration,
          rules: model.rules.name,
          levels: new Map(consequences.map((c) => [c.id, c.level])),
        };
      } else if (options.rules !== undefined) {
        io.stderr('note: --rules has no effect without --duration\n');
      }
      if (options.json) {
        const decorated = decorateBlast(table, blast, levels);
        printJson(io, { ...decorated, scenario: { ...blast.scenario, spec } });
      } else io.stdout(renderBlast(table, blast, options.limit, levels));
    },
  );
}
