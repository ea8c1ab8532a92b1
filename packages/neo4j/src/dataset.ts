/**
 * The dataset marker (`KedjaDataset {tag}`) and the checks that keep Kedja from reading or
 * writing a database that holds something else: a pull or an analysis needs a complete dataset of
 * the given tag; a push refuses to mix its graph with nodes under Kedja's labels that Kedja did
 * not write.
 */
import { KedjaError } from '@kedja/core';

import type { Neo4jConnection } from './connection.js';
import { NEO4J_CODES } from './errors.js';
import { DATASET_LABEL, LAYOUT_VERSION, NODE_LABELS } from './graph-schema.js';

export interface DatasetInfo {
  tag: string;
  complete: boolean;
  layout: number;
  nodes: number;
  edges: number;
  /** The graph's own attributes (name, ...), as JSON text. */
  attributes: string;
}

const where = (connection: Neo4jConnection) =>
  `${connection.uri}${connection.database ? ` (database ${connection.database})` : ''}`;

async function describeDatabase(connection: Neo4jConnection): Promise<string> {
  const result = await connection.read(
    `CALL {
       MATCH (d:${DATASET_LABEL}) RETURN collect(d.tag) AS tags
     }
     CALL {
       MATCH (n) RETURN count(n) AS nodes
     }
     CALL {
       CALL db.labels() YIELD label RETURN collect(label)[0..8] AS labels
     }
     RETURN tags, nodes, labels`,
  );
  const record = result.records[0];
  const tags = (record?.get('tags') as string[] | undefined) ?? [];
  const nodes = Number(record?.get('nodes') ?? 0);
  const labels = (record?.get('labels') as string[] | undefined) ?? [];
  if (tags.length > 0) return `its Kedja datasets are ${tags.map((t) => JSON.stringify(t)).join(', ')}`;
  if (nodes === 0) return 'it is empty';
  return `it holds ${nodes.toLocaleString('en-GB')} nodes that Kedja did not write (labels ${labels.join(', ') || 'none'})`;
}

/** The marker of a dataset, or a `KEDJA_NEO4J_NO_DATASET` error saying what the database holds. */
export async function requireDataset(
  connection: Neo4jConnection,
  tag: string,
  options: { complete?: boolean } = {},
): Promise<DatasetInfo> {
  const result = await connection.read(`MATCH (d:${DATASET_LABEL} {tag: $tag}) RETURN d {.*} AS d`, { tag });
  const found = result.records[0]?.get('d') as Record<string, unknown> | undefined;
  if (!found) {
    throw new KedjaError(
      NEO4J_CODES.noDataset,
      `${where(connection)} holds no Kedja dataset ${JSON.stringify(tag)}: ${await describeDatabase(connection)}. ` +
        'Push one with kedja push <input> --uri ... (or name another with --dataset)',
    );
  }
  const info: DatasetInfo = {
    tag,
    complete: found.complete === true,
    layout: Number(found.layout ?? 0),
    nodes: Number(found.nodes ?? 0),
    edges: Number(found.edges ?? 0),
    attributes: typeof found.attributes === 'string' ? found.attributes : '{}',
  };
  if (info.layout !== LAYOUT_VERSION) {
    throw new KedjaError(
      NEO4J_CODES.foreignData,
      `dataset ${JSON.stringify(tag)} in ${where(connection)} was written in layout ${info.layout}, and this Kedja reads layout ${LAYOUT_VERSION}; push it again`,
    );
  }
  if ((options.complete ?? true) && !info.complete) {
    throw new KedjaError(
      NEO4J_CODES.incomplete,
      `the last push of dataset ${JSON.stringify(tag)} to ${where(connection)} did not finish; run the same kedja push again to complete it`,
    );
  }
  return info;
}

/** Refuses a push into a database whose Organisation, Service or Supplier nodes Kedja did not write. */
export async function refuseForeignData(connection: Neo4jConnection): Promise<void> {
  const labels = Object.values(NODE_LABELS);
  const counts = labels.map(
    (label) => `CALL { MATCH (n:${label}) WHERE n.dataset IS NULL RETURN count(n) AS ${label} }`,
  );
  const result = await connection.read(`${counts.join('\n')}\nRETURN ${labels.join(', ')}`);
  const record = result.records[0];
  const foreign = labels.map((label) => ({ label, count: Number(record?.get(label) ?? 0) })).filter((f) => f.count > 0);
  if (foreign.length > 0) {
    throw new KedjaError(
      NEO4J_CODES.foreignData,
      `${where(connection)} holds ${foreign
        .map((f) => `${f.count.toLocaleString('en-GB')} ${f.label} node${f.count === 1 ? '' : 's'}`)
        .join(', ')} that Kedja did not write; Kedja will not mix its graph with them. Push to another database ` +
        '(--database) or server, or remove those nodes',
    );
  }
}
