/**
 * The systemic ranking computed in the database: every supplier failing alone, in batches of
 * scenarios that propagate side by side (propagate.ts: one Cypher query per round for the whole
 * batch), then, per batch, the organisation query (cypher.ts ORGANISATION_COUNTS) that counts per
 * scenario the affected and critical organisations and their population. Sorted like the
 * in-memory engine: organisations descending, then supplier id. `rankBoundsInDatabase` counts every
 * batch in both bounds (issue 13: possible dependencies taken as required, and left out; cypher.ts)
 * in the same transaction, and sorts like `engine.rankBounds`.
 *
 * Each batch is one read transaction, and every query in it takes at most `queryBatchSize`
 * [scenario, node] pairs (memory.ts, organisations.ts), so the server's transaction memory does
 * not grow with the graph or the batch; a batch that still runs short is run again with smaller
 * chunks. Cost in the database: the sum over suppliers of the edges their cascades touch, as in
 * memory, but set-at-a-time.
 */
import { compareRankEntries, createKedjaGraph, type Engine, type KedjaGraph, type RankEntry } from '@kedja/core';
import { ResidentCounter } from '@kedja/core/kernel';
import type { ManagedTransaction } from 'neo4j-driver';

import type { Neo4jConnection } from '../connection.js';
import { requireDataset } from '../dataset.js';
import { DEFAULT_DATASET } from '../graph-schema.js';
import type { DatabaseAnalysisOptions } from './blast.js';
import { ORGANISATION_COUNTS, type Bound } from './cypher.js';
import { DEFAULT_QUERY_BATCH_SIZE, guardMemory, withShrinkingBatches } from './memory.js';
import { queryOrganisations } from './organisations.js';
import { propagateInDatabase } from './propagate.js';
import { readAssets } from './scenario.js';

export interface RankInDatabaseOptions extends DatabaseAnalysisOptions {
  /** Suppliers whose scenarios run side by side in one transaction (default 1,000). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DatabaseRanking {
  entries: RankEntry[];
  /** The suppliers, with their attributes (names for the report). */
  graph: KedjaGraph;
}

/** A row of `engine.rankBounds` (core's main entry names the type only through `Engine`). */
export type BoundedRankEntry = ReturnType<Engine['rankBounds']>[number];

export interface DatabaseRankingBounds {
  entries: BoundedRankEntry[];
  /** The suppliers, with their attributes (names for the report). */
  graph: KedjaGraph;
}

/**
 * The order of `engine.rankBounds`: organisations in the lower bound, most first, then in the upper
 * bound, most first, then supplier id; the last two are `compareRankEntries` on the upper rows.
 */
function compareBounded(a: BoundedRankEntry, b: BoundedRankEntry): number {
  return (
    b.organisations - a.organisations ||
    compareRankEntries({ supplier: a.supplier, ...a.upper }, { supplier: b.supplier, ...b.upper })
  );
}

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : Number((value as { toNumber?: () => number })?.toNumber?.() ?? value);

/** The ranking of `engine.rank`: every dependency taken as required (the upper bound, if any is possible). */
export async function rankInDatabase(
  connection: Neo4jConnection,
  options: RankInDatabaseOptions = {},
): Promise<DatabaseRanking> {
  const { entries, graph } = await rankInBatches(connection, options, (tx, tag, batch, size) =>
    rankBatch(tx, tag, batch, size, 'upper'),
  );
  return { entries: entries.sort(compareRankEntries), graph };
}

/**
 * The ranking with bounds of `engine.rankBounds`: each row counts the lower bound (possible
 * dependencies left out) and, under `upper`, the upper bound (taken as required); both in the
 * database, each batch in one transaction.
 */
export async function rankBoundsInDatabase(
  connection: Neo4jConnection,
  options: RankInDatabaseOptions = {},
): Promise<DatabaseRankingBounds> {
  const { entries, graph } = await rankInBatches(connection, options, async (tx, tag, batch, size) => {
    const upper = await rankBatch(tx, tag, batch, size, 'upper');
    const lower = await rankBatch(tx, tag, batch, size, 'lower');
    return lower.map((entry, s): BoundedRankEntry => {
      const { supplier: _supplier, ...counts } = upper[s]!;
      return { ...entry, upper: counts };
    });
  });
  return { entries: entries.sort(compareBounded), graph };
}

/** The rows `countBatch` gives for every supplier, batch by batch, each batch in one transaction; unsorted. */
async function rankInBatches<T>(
  connection: Neo4jConnection,
  options: RankInDatabaseOptions,
  countBatch: (tx: ManagedTransaction, tag: string, batch: readonly string[], queryBatchSize: number) => Promise<T[]>,
): Promise<{ entries: T[]; graph: KedjaGraph }> {
  const tag = options.dataset ?? DEFAULT_DATASET;
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  await requireDataset(connection, tag);
  const { graph: assets } = await connection.readTransaction((tx) => readAssets(tx, tag));
  const suppliers = assets.filterNodes((_id, attributes) => attributes.kind === 'supplier');

  const graph = createKedjaGraph();
  for (const id of suppliers) graph.addNode(id, assets.getNodeAttributes(id));
  const entries: T[] = [];
  let queryBatchSize = options.queryBatchSize ?? DEFAULT_QUERY_BATCH_SIZE;
  for (let start = 0; start < suppliers.length; start += batchSize) {
    const batch = suppliers.slice(start, start + batchSize);
    const counted = await withShrinkingBatches(
      queryBatchSize,
      (size) => connection.readTransaction(guardMemory((tx) => countBatch(tx, tag, batch, size))),
      (smaller) => (queryBatchSize = smaller), // later batches start from what fitted
    );
    for (const entry of counted) entries.push(entry);
    options.onProgress?.(Math.min(start + batchSize, suppliers.length), suppliers.length);
  }
  return { entries, graph };
}

/** The rank entries of the suppliers `batch` in the bound, each failing alone, in the caller's transaction. */
async function rankBatch(
  tx: ManagedTransaction,
  tag: string,
  batch: readonly string[],
  queryBatchSize: number,
  bound: Bound,
): Promise<RankEntry[]> {
  // Element ids are read in the same transaction that uses them.
  const ids = await tx.run(
    'UNWIND $ids AS id MATCH (n:Supplier {dataset: $tag, id: id}) RETURN id, elementId(n) AS eid',
    { ids: batch, tag },
  );
  const eid = new Map(ids.records.map((r) => [r.get('id') as string, r.get('eid') as string]));
  const propagation = await propagateInDatabase(
    tx,
    batch.map((id) => [{ eid: eid.get(id)!, id, service: false }]),
    queryBatchSize,
    bound,
  );
  const failedList = propagation.byScenario.flatMap((failed, s) => failed.map((f) => [String(s), f.eid] as const));
  const records = await queryOrganisations(
    tx,
    failedList,
    ORGANISATION_COUNTS,
    { failed: propagation.failed },
    queryBatchSize,
    bound,
  );
  // Each chunk of candidates counts its own organisations; a scenario's counts are the sums.
  const counts = batch.map(() => ({ organisations: 0, critical: 0, population: 0, residents: new ResidentCounter() }));
  for (const record of records) {
    const count = counts[Number(record.get('s'))]!;
    count.organisations += toNumber(record.get('organisations'));
    count.critical += toNumber(record.get('critical'));
    count.population += toNumber(record.get('population'));
    for (const [orgType, county, population] of record.get('areas') as [string, string, unknown][]) {
      count.residents.add({ orgType, county, population: toNumber(population) });
    }
  }
  return batch.map((supplier, s): RankEntry => {
    const failed = propagation.byScenario[s]!;
    const services = failed.filter((f) => f.service).length;
    const { organisations, critical, population, residents } = counts[s]!;
    return {
      supplier,
      organisations,
      criticalOrganisations: critical,
      services,
      suppliers: failed.length - services - 1,
      population,
      residents: residents.total,
    };
  });
}
