/**
 * The blast radius of a scenario computed in the database: the scenario expanded (scenario.ts),
 * failures propagated in Cypher rounds (propagate.ts), then one Cypher query for the affected
 * organisations with tier, lost dependencies, critical and hidden (cypher.ts ORGANISATIONS). The
 * client only sorts and sums the answer into the same `BlastRadius` the in-memory engine returns.
 *
 * Everything runs in one read transaction, its queries in chunks of at most `queryBatchSize`
 * pairs (memory.ts), so the server's transaction memory stays bounded however many organisations
 * are hit; when the server still runs short, the transaction runs again with smaller chunks. Cost
 * in the database: the out-edges of every failed node's dependents, plus the edges of the
 * organisations that depend on a failed node.
 */
import {
  dataRecord,
  createKedjaGraph,
  type AffectedOrganisation,
  type BlastRadius,
  type BlastTotals,
  type FailedNode,
  type KedjaGraph,
  type NodeAttributes,
  type ScenarioSpec,
} from '@kedja/core';
import { ResidentCounter, type ResidentFacts } from '@kedja/core/kernel';
import type { ManagedTransaction } from 'neo4j-driver';

import type { Neo4jConnection } from '../connection.js';
import { requireDataset } from '../dataset.js';
import { DEFAULT_DATASET, NODE_INTERNAL } from '../graph-schema.js';
import { decodeProperties } from '../properties.js';
import { ORGANISATIONS } from './cypher.js';
import { DEFAULT_QUERY_BATCH_SIZE, guardMemory, withShrinkingBatches } from './memory.js';
import { queryOrganisations } from './organisations.js';
import { propagateInDatabase } from './propagate.js';
import { expandInDatabase } from './scenario.js';

export interface DatabaseAnalysisOptions {
  dataset?: string;
  /**
   * [scenario, node] pairs per Cypher query (default 10,000): frontier pairs in a propagation
   * round, candidate organisations in the organisation query. Bounds the server's memory per
   * query; halved automatically while the server runs out of transaction memory. Answers do not
   * depend on it.
   */
  queryBatchSize?: number;
}

export interface DatabaseBlast {
  blast: BlastRadius;
  /** The nodes the answer names (scenario members, failed nodes, affected organisations), with their attributes. */
  graph: KedjaGraph;
}

const byTierThenId = (a: { tier: number; id: string }, b: { tier: number; id: string }) =>
  a.tier - b.tier || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : Number((value as { toNumber?: () => number })?.toNumber?.() ?? value);

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export async function blastInDatabase(
  connection: Neo4jConnection,
  spec: ScenarioSpec,
  options: DatabaseAnalysisOptions = {},
): Promise<DatabaseBlast> {
  const tag = options.dataset ?? DEFAULT_DATASET;
  await requireDataset(connection, tag);
  return withShrinkingBatches(options.queryBatchSize ?? DEFAULT_QUERY_BATCH_SIZE, (queryBatchSize) =>
    connection.readTransaction(guardMemory((tx) => blastInTransaction(tx, tag, spec, queryBatchSize))),
  );
}

async function blastInTransaction(
  tx: ManagedTransaction,
  tag: string,
  spec: ScenarioSpec,
  queryBatchSize: number,
): Promise<DatabaseBlast> {
  const { scenario, members, assets } = await expandInDatabase(tx, tag, spec);
  const propagation = await propagateInDatabase(tx, [members], queryBatchSize);
  const failedAssets = propagation.byScenario[0]!;
  const records = await queryOrganisations(
    tx,
    failedAssets.map((f) => ['0', f.eid] as const),
    ORGANISATIONS,
    { failed: propagation.failed, members: members.map((m) => m.eid) },
    queryBatchSize,
  );

  const graph = createKedjaGraph();
  const failedSuppliers: FailedNode[] = [];
  const failedServices: FailedNode[] = [];
  for (const asset of failedAssets) {
    (asset.service ? failedServices : failedSuppliers).push({ id: asset.id, tier: asset.tier });
    if (!graph.hasNode(asset.id)) graph.addNode(asset.id, assets.getNodeAttributes(asset.id));
  }

  const totals: BlastTotals = {
    organisations: 0,
    criticalOrganisations: 0,
    hiddenOrganisations: 0,
    population: 0,
    residents: 0,
    failedSuppliers: failedSuppliers.length,
    failedServices: failedServices.length,
    byType: dataRecord(),
    byCounty: dataRecord(),
    bySector: dataRecord(),
  };
  const affectedOrganisations: AffectedOrganisation[] = [];
  const residents = new ResidentCounter();
  for (const record of records) {
    const attributes = decodeProperties(
      'organisation',
      record.get('organisation') as Record<string, unknown>,
      NODE_INTERNAL,
    );
    const id = String((record.get('organisation') as { id: unknown }).id);
    const lostMembers = (record.get('lost') as [string, unknown, string | null][])
      .map(([target, seq, key]) => ({ target, seq: seq === null ? Infinity : toNumber(seq), key: key ?? '' }))
      .sort((a, b) => a.seq - b.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const critical = record.get('critical') === true;
    const hidden = record.get('hidden') === true;
    affectedOrganisations.push({
      id,
      tier: toNumber(record.get('tier')),
      lost: [...new Set(lostMembers.map((m) => m.target))],
      critical,
      hidden,
    });
    graph.addNode(id, attributes as unknown as NodeAttributes);

    totals.organisations++;
    if (critical) totals.criticalOrganisations++;
    if (hidden) totals.hiddenOrganisations++;
    const population = attributes.population;
    if (typeof population === 'number' && Number.isFinite(population)) totals.population += population;
    residents.add(attributes as ResidentFacts);
  }
  totals.residents = residents.total;
  affectedOrganisations.sort(byTierThenId);
  for (const organisation of affectedOrganisations) {
    const attributes = graph.getNodeAttributes(organisation.id);
    if (attributes.kind !== 'organisation') continue;
    increment(totals.byType, attributes.orgType ?? 'unspecified');
    increment(totals.byCounty, attributes.county ?? 'unspecified');
    for (const sector of attributes.sectors ?? []) increment(totals.bySector, sector);
  }

  failedSuppliers.sort(byTierThenId);
  failedServices.sort(byTierThenId);
  return {
    blast: {
      scenario: { description: scenario.description, members: scenario.members },
      failedSuppliers,
      failedServices,
      affectedOrganisations,
      totals,
    },
    graph,
  };
}
