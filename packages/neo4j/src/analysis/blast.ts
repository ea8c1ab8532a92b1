/**
 * The blast radius of a scenario computed in the database: the scenario expanded (scenario.ts),
 * failures propagated in Cypher rounds (propagate.ts), then one Cypher query for the affected
 * organisations with tier, lost dependencies, critical and hidden (cypher.ts ORGANISATIONS). The
 * client only sorts and sums the answer into the same `BlastRadius` the in-memory engine returns.
 *
 * Everything runs in one read transaction. Cost in the database: the out-edges of every failed
 * node's dependents, plus the edges of the affected organisations.
 */
import {
  createKedjaGraph,
  type AffectedOrganisation,
  type BlastRadius,
  type BlastTotals,
  type FailedNode,
  type KedjaGraph,
  type NodeAttributes,
  type ScenarioSpec,
} from '@kedja/core';

import type { Neo4jConnection } from '../connection.js';
import { requireDataset } from '../dataset.js';
import { DEFAULT_DATASET, NODE_INTERNAL } from '../graph-schema.js';
import { decodeProperties } from '../properties.js';
import { ORGANISATIONS } from './cypher.js';
import { propagateInDatabase } from './propagate.js';
import { expandInDatabase } from './scenario.js';

export interface DatabaseAnalysisOptions {
  dataset?: string;
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
  return connection.readTransaction(async (tx) => {
    const { scenario, members, assets } = await expandInDatabase(tx, tag, spec);
    const propagation = await propagateInDatabase(tx, [members]);
    const failedAssets = propagation.byScenario[0]!;
    const result = await tx.run(ORGANISATIONS, {
      failedList: failedAssets.map((f) => ['0', f.eid]),
      failed: propagation.failed,
      members: members.map((m) => m.eid),
    });

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
      failedSuppliers: failedSuppliers.length,
      failedServices: failedServices.length,
      byType: {},
      byCounty: {},
      bySector: {},
    };
    const affectedOrganisations: AffectedOrganisation[] = [];
    for (const record of result.records) {
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
    }
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
  });
}
