/**
 * How a Kedja graph lives in Neo4j.
 *
 * - One node per Kedja node, labelled `Organisation`, `Service` or `Supplier`, with its id in `id`,
 *   the dataset tag in `dataset` (several graphs can share a database, one tag each) and its
 *   position in the graph's node order in `kedjaSeq`; every attribute is a property (see
 *   properties.ts). A uniqueness constraint on (dataset, id) per label backs every MERGE.
 * - One relationship per edge: `USES`, `CONTRACTS`, `PROVIDED_BY`, `SUBCONTRACTS`, from the
 *   dependent to what it depends on, with the edge key in `key`, its position in `kedjaSeq`, and
 *   every attribute as a property.
 * - An index on the `certainty` property of each relationship type, so that whether a dataset has
 *   possible dependencies (issue 13) is an index seek.
 * - One `KedjaDataset {tag}` node per dataset: the graph's own attributes, the counts, and
 *   `complete`, false while a push is under way (an interrupted push leaves it false).
 */
import type { EdgeKind, NodeKind } from '@kedja/core';

export const NODE_LABELS: Readonly<Record<NodeKind, string>> = {
  organisation: 'Organisation',
  service: 'Service',
  supplier: 'Supplier',
};

export const EDGE_TYPES: Readonly<Record<EdgeKind, string>> = {
  uses: 'USES',
  contracts: 'CONTRACTS',
  providedBy: 'PROVIDED_BY',
  subcontracts: 'SUBCONTRACTS',
};

export const DATASET_LABEL = 'KedjaDataset';

/** The version of this layout, stored on the dataset node; a different one is refused. */
export const LAYOUT_VERSION = 1;

export const DEFAULT_DATASET = 'default';

/** Node properties Kedja uses itself; an attribute of the same name is stored JSON-encoded. */
export const NODE_INTERNAL = ['id', 'dataset', 'kedjaSeq'] as const;
export const EDGE_INTERNAL = ['key', 'kedjaSeq'] as const;

/** Schema commands (constraints and indexes), run before any data is written (idempotent). */
export const CONSTRAINTS: readonly string[] = [
  ...Object.entries(NODE_LABELS).map(
    ([kind, label]) =>
      `CREATE CONSTRAINT kedja_${kind}_key IF NOT EXISTS FOR (n:${label}) REQUIRE (n.dataset, n.id) IS UNIQUE`,
  ),
  `CREATE CONSTRAINT kedja_dataset_tag IF NOT EXISTS FOR (d:${DATASET_LABEL}) REQUIRE d.tag IS UNIQUE`,
  // Whether a dataset has possible dependencies (issue 13) is asked before every analysis: an index
  // seek per type instead of reading every relationship.
  ...Object.entries(EDGE_TYPES).map(
    ([kind, type]) => `CREATE INDEX kedja_${kind}_certainty IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.certainty)`,
  ),
];

export const NODE_KIND_OF_LABEL: Readonly<Record<string, NodeKind>> = Object.fromEntries(
  Object.entries(NODE_LABELS).map(([kind, label]) => [label, kind as NodeKind]),
);
export const EDGE_KIND_OF_TYPE: Readonly<Record<string, EdgeKind>> = Object.fromEntries(
  Object.entries(EDGE_TYPES).map(([kind, type]) => [type, kind as EdgeKind]),
);

/** The dependent's label of each relationship type, for index-backed matches. */
export const SOURCE_LABEL_OF_TYPE: Readonly<Record<string, string>> = {
  USES: 'Organisation',
  CONTRACTS: 'Organisation',
  PROVIDED_BY: 'Service',
  SUBCONTRACTS: 'Supplier',
};
