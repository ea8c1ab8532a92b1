/**
 * `kedja rank <input> [--top N]`: every supplier failing alone, ranked by organisations affected.
 * With `--engine neo4j --uri ...` the ranking is computed in Cypher, in the database the graph was
 * pushed to, and printed the same way.
 */
import { availableParallelism } from 'node:os';

import type { RankEntry } from '@kedja/core';
import { graphNodeTable, type NodeTable } from '@kedja/core/kernel';
import { rankInDatabase, withNeo4j } from '@kedja/neo4j';
import type { Command } from 'commander';

import { addEngineOption, inputFor, refuseInput, type EngineOptions } from '../engine-option.js';
import { INPUT_DESCRIPTION, loadEngine } from '../load-input.js';
import { addNeo4jOptions, neo4jTarget } from '../neo4j-options.js';
import { printJson, type Io } from '../output/io.js';
import { nameOf } from '../output/names.js';
import { rankInParallel } from '../parallel/rank-parallel.js';
import { startProgress } from '../output/progress.js';
import { formatNumber, renderTable } from '../output/table.js';
import { parseCount } from './options.js';

const HUMAN_DEFAULT_TOP = 20;
/** Graphs with more edges than this are ranked on two threads unless told otherwise. */
const PARALLEL_EDGES = 2_000_000;

export function renderRanking(table: NodeTable, entries: readonly RankEntry[], shown: number): string {
  const rows = entries.slice(0, shown).map((entry, i) => ({ ...entry, position: i + 1 }));
  const text = renderTable(rows, [
    { header: '#', value: (r) => r.position, right: true },
    { header: 'supplier', value: (r) => nameOf(table, r.supplier), max: 40 },
    { header: 'id', value: (r) => r.supplier, max: 24 },
    { header: 'organisations', value: (r) => r.organisations, right: true },
    { header: 'critical', value: (r) => r.criticalOrganisations, right: true },
    { header: 'services', value: (r) => r.services, right: true },
    { header: 'suppliers', value: (r) => r.suppliers, right: true },
    { header: 'population', value: (r) => r.population, right: true },
  ]);
  const rest = entries.length - rows.length;
  return (
    `Systemic ranking: each of ${formatNumber(entries.length)} suppliers failing alone.\n` +
    'organisations = affected, critical = of those losing a critical function, services and suppliers = failing with it.\n\n' +
    text +
    (rest > 0 ? `… and ${formatNumber(rest)} more (--top N to see more)\n` : '')
  );
}

async function computeRanking(
  input: string | undefined,
  options: EngineOptions & { threads?: number },
  io: Io,
): Promise<{ table: NodeTable; entries: RankEntry[] }> {
  if (options.engine === 'neo4j') {
    refuseInput(input);
    return withNeo4j(neo4jTarget(options), async (connection) => {
      const progress = startProgress(io, 'Ranking', 1);
      try {
        const { graph, entries } = await rankInDatabase(connection, {
          dataset: options.dataset,
          onProgress: (done, total) => progress.update(done, total),
        });
        return { table: graphNodeTable(graph), entries };
      } finally {
        progress.stop();
      }
    });
  }
  const { engine } = await loadEngine(inputFor(input, options), io);
  const threads =
    options.threads ?? (engine.snapshot.reqTarget.length > PARALLEL_EDGES ? Math.min(2, availableParallelism()) : 1);
  const entries = threads > 1 ? await rankInParallel(engine.snapshot, threads) : engine.rank();
  return { table: engine.table, entries };
}

export function registerRank(program: Command, io: Io): void {
  const command = program
    .command('rank')
    .description('systemic ranking: the blast radius of every supplier failing alone')
    .argument('[input]', `${INPUT_DESCRIPTION} (not with --engine neo4j)`)
    .option('--top <n>', `only the first N suppliers (human output shows ${HUMAN_DEFAULT_TOP} unless told)`, parseCount)
    .option(
      '--threads <n>',
      `worker threads (default: 2 above ${PARALLEL_EDGES / 1e6} million edges, else 1)`,
      parseCount,
    )
    .option('--json', 'print the ranking as one JSON document');
  addNeo4jOptions(addEngineOption(command)).action(
    async (input: string | undefined, options: EngineOptions & { top?: number; json?: boolean; threads?: number }) => {
      const { table, entries } = await computeRanking(input, options, io);
      if (options.json) {
        const shown = options.top === undefined ? entries : entries.slice(0, options.top);
        printJson(
          io,
          shown.map((entry) => ({ ...entry, name: nameOf(table, entry.supplier) })),
        );
      } else io.stdout(renderRanking(table, entries, options.top ?? HUMAN_DEFAULT_TOP));
    },
  );
}
