/**
 * Scenarios against a dataset in the database: the suppliers and services (ids and the attributes
 * selectors read: name, country, parent, countries) are read once into a small graph without
 * edges, with the ownership groups that the dataset marker keeps among the graph's attributes (for
 * `--jurisdiction`), and core's `expandScenario` expands the spec on it, so ids, selectors, error
 * codes and descriptions are exactly those of the in-memory engine. O(suppliers + services + groups).
 */
import {
  createKedjaGraph,
  expandScenario,
  type KedjaGraph,
  type NodeAttributes,
  type Scenario,
  type ScenarioSpec,
} from '@kedja/core';
import type { ParentGroup } from '@kedja/core/kernel';
import type { ManagedTransaction } from 'neo4j-driver';

import { DATASET_LABEL, NODE_INTERNAL, NODE_KIND_OF_LABEL } from '../graph-schema.js';
import { decodeProperties } from '../properties.js';

export interface DatabaseScenario {
  scenario: Scenario;
  /** The members with their element ids. */
  members: { eid: string; id: string; service: boolean }[];
  /** Suppliers and services (and any organisation the spec named), attributes only, no edges. */
  assets: KedjaGraph;
}

/** Reads the suppliers and services of a dataset into a graph without edges, id -> element id beside it. */
export async function readAssets(
  tx: ManagedTransaction,
  tag: string,
  organisationIds: readonly string[] = [],
): Promise<{ graph: KedjaGraph; eids: Map<string, string> }> {
  const graph = createKedjaGraph();
  const eids = new Map<string, string>();
  const result = await tx.run(
    `CALL {
       MATCH (n:Supplier) WHERE n.dataset = $tag AND n.id IS NOT NULL RETURN n, 'Supplier' AS label
       UNION ALL
       MATCH (n:Service) WHERE n.dataset = $tag AND n.id IS NOT NULL RETURN n, 'Service' AS label
       UNION ALL
       MATCH (n:Organisation) WHERE n.dataset = $tag AND n.id IN $organisations RETURN n, 'Organisation' AS label
     }
     RETURN n {.*} AS properties, elementId(n) AS eid, label
     ORDER BY n.kedjaSeq, n.id`,
    { tag, organisations: [...organisationIds] },
  );
  const parents = await readParents(tx, tag);
  if (parents !== undefined) graph.setAttribute('parents', parents);
  for (const record of result.records) {
    const properties = record.get('properties') as Record<string, unknown>;
    const kind = NODE_KIND_OF_LABEL[record.get('label') as string]!;
    const id = String(properties.id);
    if (graph.hasNode(id)) continue;
    graph.addNode(id, decodeProperties(kind, properties, NODE_INTERNAL) as unknown as NodeAttributes);
    eids.set(id, record.get('eid') as string);
  }
  return { graph, eids };
}

/** The ownership groups of the dataset (the graph attribute `parents` the push kept on its marker), if any. */
async function readParents(tx: ManagedTransaction, tag: string): Promise<ParentGroup[] | undefined> {
  const result = await tx.run(`MATCH (d:${DATASET_LABEL} {tag: $tag}) RETURN d.attributes AS attributes`, { tag });
  const text = result.records[0]?.get('attributes') as unknown;
  if (typeof text !== 'string') return undefined;
  try {
    const parents = (JSON.parse(text) as { parents?: unknown }).parents;
    return Array.isArray(parents) ? (parents as ParentGroup[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Expands `spec` against the dataset; throws the same `KedjaError`s as the in-memory engine. */
export async function expandInDatabase(
  tx: ManagedTransaction,
  tag: string,
  spec: ScenarioSpec,
): Promise<DatabaseScenario> {
  const named = [...(spec.suppliers ?? []), ...(spec.services ?? [])];
  const { graph, eids } = await readAssets(tx, tag, named);
  const scenario = expandScenario(graph, spec);
  const members = scenario.members.map((id) => ({
    eid: eids.get(id)!,
    id,
    service: graph.getNodeAttribute(id, 'kind') === 'service',
  }));
  return { scenario, members, assets: graph };
}
