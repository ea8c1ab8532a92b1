/**
 * `kedja rank <input> [--top N]`: every supplier failing alone, ranked by organisations affected.
 * With `--engine neo4j --uri ...` the ranking is computed in Cypher, in the database the graph was
 * pushed to, and printed the same way. A graph with possible dependencies (issue 13) is ranked in
 * both bounds (the engine's `rankBounds`, on one thread, or the database's `rankBoundsInDatabase`).
 */
import { availableParallelism } from 'node:os';

import type { RankEntry } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { graphNodeTable, type NodeTable } from '@kedja/core/kernel';
import type { Command } from 'commander';

import { messagesIn } from '../messages/index.js';
import {
  addEngineOption,
  assumeRequest,
  assumeUnknownOption,
  addNeo4jOptions,
  INPUT_DESCRIPTION,
  inputFor,
  loadEngine,
  neo4jTarget,
  parseCount,
  refuseAssumeInDatabase,
  refuseInput,
  type EngineOptions,
} from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import { printJson, type Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { rankInParallel } from '../parallel/index.js';
import { rankJson, renderRanking } from '../render/rank.js';

const HUMAN_DEFAULT_TOP = 20;
/** Graphs with more edges than this are ranked on two threads unless told otherwise. */
const PARALLEL_EDGES = 2_000_000;

interface RankOptions extends EngineOptions {
  top?: number;
  json?: boolean;
  threads?: number;
  lang?: string;
  assumeUnknown?: string[];
}

async function computeRanking(
  input: string | undefined,
  options: RankOptions,
  io: Io,
  lang: Lang,
): Promise<{ table: NodeTable; entries: RankEntry[] }> {
  if (options.engine === 'neo4j') {
    refuseInput(input);
    refuseAssumeInDatabase(options.assumeUnknown);
    const { hasPossibleEdgesInDatabase, rankBoundsInDatabase, rankInDatabase, withNeo4j } =
      await import('@kedja/neo4j');
    return withNeo4j(await neo4jTarget(options), async (connection) => {
      const bounded = await hasPossibleEdgesInDatabase(connection, { dataset: options.dataset });
      const progress = startProgress(io, messagesIn(lang).commands.progress.ranking, 1, lang);
      try {
        const { graph, entries } = await (bounded ? rankBoundsInDatabase : rankInDatabase)(connection, {
          dataset: options.dataset,
          onProgress: (done, total) => progress.update(done, total),
        });
        return { table: graphNodeTable(graph), entries };
      } finally {
        progress.stop();
      }
    });
  }
  const { engine } = await loadEngine(inputFor(input, options), io, {
    assume: assumeRequest(options.assumeUnknown, lang),
  });
  if (engine.possibleEdges > 0) return { table: engine.table, entries: engine.rankBounds() };
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
    .option('--json', 'print the ranking as one JSON document')
    .addOption(assumeUnknownOption())
    .addOption(langOption());
  addNeo4jOptions(addEngineOption(command)).action(async (input: string | undefined, options: RankOptions) => {
    const lang = resolveLang(options.lang);
    const { table, entries } = await computeRanking(input, options, io, lang);
    if (options.json) printJson(io, rankJson(table, entries, options.top));
    else io.stdout(renderRanking(table, entries, options.top ?? HUMAN_DEFAULT_TOP, lang));
  });
}
