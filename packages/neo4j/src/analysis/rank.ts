/**
 * The systemic ranking computed in the database: every supplier failing alone, in batches of
 * scenarios that propagate side by side (propagate.ts: one Cypher query per round for the whole
 * batch), then one Cypher query per batch that counts, per scenario, the affected and critical
 * organisations and their population (cypher.ts ORGANISATION_COUNTS). Sorted like the in-memory
 * engine: organisations descending, then supplier id.
 *
 * Each batch is one read transaction. Cost in the database: the sum over suppliers of the edges
 * their cascades touch, as in memory, but set-at-a-time.
 */
import { compareRankEntries, createKedjaGraph, type KedjaGraph, type RankEntry } from '@kedja/core';

import type { Neo4jConnection } from '../connection.js';
import { requireDataset } from '../dataset.js';
import { DEFAULT_DATASET } from '../graph-schema.js';
import type { DatabaseAnalysisOptions } from './blast.js';
import { ORGANISATION_COUNTS } from './cypher.js';
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

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : Number((value as { toNumber?: () => number })?.toNumber?.() ?? value);

export async function rankInDatabase(
  connection: Neo4jConnection,
  options: RankInDatabaseOptions = {},
): Promise<DatabaseRanking> {
  const tag = options.dataset ?? DEFAULT_DATASET;
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  await requireDataset(connection, tag);
  const { graph: assets } = await connection.readTransaction((tx) => readAssets(tx, tag));
  const suppliers = assets.filterNodes((_id, attributes) => attributes.kind === 'supplier');

  const graph = createKedjaGraph();
  for (const id of suppliers) graph.addNode(id, assets.getNodeAttributes(id));
  const entries: RankEntry[] = [];
  for (let start = 0; start < suppliers.length; start += batchSize) {
    const batch = suppliers.slice(start, start + batchSize);
    const counted = await connection.readTransaction(async (tx) => {
      // Element ids are read in the same transaction that uses them.
      const ids = await tx.run(
        'UNWIND $ids AS id MATCH (n:Supplier {dataset: $tag, id: id}) RETURN id, elementId(n) AS eid',
        { ids: batch, tag },
      );
      const eid = new Map(ids.records.map((r) => [r.get('id') as string, r.get('eid') as string]));
      const propagation = await propagateInDatabase(
        tx,
        batch.map((id) => [{ eid: eid.get(id)!, id, service: false }]),
      );
      const failedList = propagation.byScenario.flatMap((failed, s) => failed.map((f) => [String(s), f.eid]));
      const result = await tx.run(ORGANISATION_COUNTS, { failedList, failed: propagation.failed });
      const counts = new Map(result.records.map((r) => [Number(r.get('s')), r]));
      return batch.map((supplier, s): RankEntry => {
        const failed = propagation.byScenario[s]!;
        const services = failed.filter((f) => f.service).length;
        const record = counts.get(s);
        return {
          supplier,
          organisations: record ? toNumber(record.get('organisations')) : 0,
          criticalOrganisations: record ? toNumber(record.get('critical')) : 0,
          services,
          suppliers: failed.length - services - 1,
          population: record ? toNumber(record.get('population')) : 0,
        };
      });
    });
    for (const entry of counted) entries.push(entry);
    options.onProgress?.(Math.min(start + batchSize, suppliers.length), suppliers.length);
  }
  return { entries: entries.sort(compareRankEntries), graph };
}
