/**
 * The blast radius of a scenario computed in the database: the scenario expanded (scenario.ts),
 * failures propagated in Cypher rounds (propagate.ts), then one Cypher query for the affected
 * organisations with tier, lost dependencies, critical and hidden (cypher.ts ORGANISATIONS). The
 * client only sorts and sums the answer into the same `BlastRadius` the in-memory engine returns.
 * With possible dependencies (issue 13), `blastBoundsInDatabase` runs the same twice in the
 * transaction, over every dependency (the upper bound) and over the confirmed ones (the lower
 * bound, cypher.ts), and merges the two by id into the `blastBounds` of the in-memory engine.
 *
 * Everything runs in one read transaction, its queries in chunks of at most `queryBatchSize`
 * pairs (memory.ts), so the server's transaction memory stays bounded however many organisations
 * are hit; when the server still runs short, the transaction runs again with smaller chunks. Cost
 * in the database: the out-edges of every failed node's dependents, plus the edges of the
 * organisations that depend on a failed node (twice for the bounds).
 */
import {
  dataRecord,
  createKedjaGraph,
  type AffectedOrganisation,
  type BlastRadius,
  type BlastTotals,
  type Engine,
  type FailedNode,
  type KedjaGraph,
  type NodeAttributes,
  type ScenarioSpec,
} from '@kedja/core';
import { ResidentCounter, type EdgeCertainty, type ResidentFacts } from '@kedja/core/kernel';
import type { ManagedTransaction } from 'neo4j-driver';

import type { Neo4jConnection } from '../connection.js';
import { requireDataset } from '../dataset.js';
import { DEFAULT_DATASET, NODE_INTERNAL } from '../graph-schema.js';
import { decodeProperties } from '../properties.js';
import { ORGANISATIONS, type Bound } from './cypher.js';
import { DEFAULT_QUERY_BATCH_SIZE, guardMemory, withShrinkingBatches } from './memory.js';
import { queryOrganisations } from './organisations.js';
import { propagateInDatabase } from './propagate.js';
import { expandInDatabase, type DatabaseScenario } from './scenario.js';

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

/** The blast radius with bounds of `engine.blastBounds` (core's main entry names the type only through `Engine`). */
export type BlastBounds = ReturnType<Engine['blastBounds']>;

export interface DatabaseBlastBounds {
  blast: BlastBounds;
  /** The nodes the answer names (those of the upper bound, which holds the lower), with their attributes. */
  graph: KedjaGraph;
}

const byTierThenId = (a: { tier: number; id: string }, b: { tier: number; id: string }) =>
  a.tier - b.tier || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : Number((value as { toNumber?: () => number })?.toNumber?.() ?? value);

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** `work` in one read transaction on the scenario expanded in it, its queries in shrinking chunks (memory.ts). */
async function inScenario<T>(
  connection: Neo4jConnection,
  spec: ScenarioSpec,
  options: DatabaseAnalysisOptions,
  work: (tx: ManagedTransaction, expanded: DatabaseScenario, queryBatchSize: number) => Promise<T>,
): Promise<T> {
  const tag = options.dataset ?? DEFAULT_DATASET;
  await requireDataset(connection, tag);
  return withShrinkingBatches(options.queryBatchSize ?? DEFAULT_QUERY_BATCH_SIZE, (queryBatchSize) =>
    connection.readTransaction(
      guardMemory(async (tx) => work(tx, await expandInDatabase(tx, tag, spec), queryBatchSize)),
    ),
  );
}

/** The blast radius of `engine.blast`: every dependency taken as required (the upper bound, if any is possible). */
export async function blastInDatabase(
  connection: Neo4jConnection,
  spec: ScenarioSpec,
  options: DatabaseAnalysisOptions = {},
): Promise<DatabaseBlast> {
  return inScenario(connection, spec, options, async (tx, expanded, queryBatchSize) => {
    const graph = createKedjaGraph();
    return { blast: await blastInBound(tx, expanded, queryBatchSize, 'upper', graph), graph };
  });
}

/** Marks each entry of the upper bound's list by whether the lower bound has it too. */
function marked<T extends { id: string }>(
  upper: readonly T[],
  lower: readonly { id: string }[],
): (T & { certainty: EdgeCertainty })[] {
  const sure = new Set(lower.map((entry) => entry.id));
  return upper.map((entry) => ({ ...entry, certainty: sure.has(entry.id) ? 'confirmed' : 'possible' }));
}

/**
 * The blast radius with bounds of `engine.blastBounds`: the lists of the upper bound (possible
 * dependencies taken as required), each entry `confirmed` when it fails in the lower bound too
 * (possible dependencies left out) or `possible`; `totals` count the lower bound, `totalsUpper`
 * the upper. Both propagations run in the database, in one transaction.
 */
export async function blastBoundsInDatabase(
  connection: Neo4jConnection,
  spec: ScenarioSpec,
  options: DatabaseAnalysisOptions = {},
): Promise<DatabaseBlastBounds> {
  return inScenario(connection, spec, options, async (tx, expanded, queryBatchSize) => {
    const graph = createKedjaGraph();
    const upper = await blastInBound(tx, expanded, queryBatchSize, 'upper', graph);
    const lower = await blastInBound(tx, expanded, queryBatchSize, 'lower', graph);
    const blast: BlastBounds = {
      scenario: upper.scenario,
      failedSuppliers: marked(upper.failedSuppliers, lower.failedSuppliers),
      failedServices: marked(upper.failedServices, lower.failedServices),
      affectedOrganisations: marked(upper.affectedOrganisations, lower.affectedOrganisations),
      totals: lower.totals,
      totalsUpper: upper.totals,
    };
    return { blast, graph };
  });
}

/** The blast radius of the expanded scenario in one bound; adds the nodes it names to `graph`. */
async function blastInBound(
  tx: ManagedTransaction,
  { scenario, members, assets }: DatabaseScenario,
  queryBatchSize: number,
  bound: Bound,
  graph: KedjaGraph,
): Promise<BlastRadius> {
  const propagation = await propagateInDatabase(tx, [members], queryBatchSize, bound);
  const failedAssets = propagation.byScenario[0]!;
  const records = await queryOrganisations(
    tx,
    failedAssets.map((f) => ['0', f.eid] as const),
    ORGANISATIONS,
    { failed: propagation.failed, members: members.map((m) => m.eid) },
    queryBatchSize,
    bound,
  );

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
    if (!graph.hasNode(id)) graph.addNode(id, attributes as unknown as NodeAttributes);

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
    scenario: { description: scenario.description, members: scenario.members },
    failedSuppliers,
    failedServices,
    affectedOrganisations,
    totals,
  };
}
