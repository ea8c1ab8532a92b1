/**
 * Pull: reads a dataset pushed by `pushGraph` back into a Kedja graph, nodes and edges in the order
 * they were pushed (`kedjaSeq`), attributes decoded (properties.ts), then checked against the model
 * like any other input. A pull after a push gives the same graph; for a graph read from canonical
 * CSV, the same graphology JSON byte for byte.
 *
 * O(V + E): one streamed read per label and relationship type.
 */
import {
  createKedjaGraph,
  EDGE_ENDPOINTS,
  edgeKey,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type EdgeAttributes,
  type EdgeKind,
  type KedjaGraph,
  type NodeAttributes,
  type NodeKind,
} from '@kedja/core';

import type { Neo4jConnection } from './connection.js';
import { requireDataset } from './dataset.js';
import { DEFAULT_DATASET, EDGE_INTERNAL, EDGE_TYPES, NODE_INTERNAL, NODE_LABELS } from './graph-schema.js';
import { decodeProperties } from './properties.js';

export interface PullOptions {
  dataset?: string;
}

export interface PullResult {
  /** The graph, or null when it breaks the model (see diagnostics). */
  graph: KedjaGraph | null;
  diagnostics: Diagnostic[];
}

const order = (value: unknown): number => (typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER);
const compare = (a: { seq: number; key: string }, b: { seq: number; key: string }) =>
  a.seq - b.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Reads the dataset `options.dataset` of the connected database. */
export async function pullGraph(connection: Neo4jConnection, options: PullOptions = {}): Promise<PullResult> {
  const tag = options.dataset ?? DEFAULT_DATASET;
  const info = await requireDataset(connection, tag);

  const nodes: { seq: number; key: string; attributes: Record<string, unknown> }[] = [];
  for (const [kind, label] of Object.entries(NODE_LABELS) as [NodeKind, string][]) {
    const rows = await connection.readTransaction(async (tx) => {
      const found: typeof nodes = [];
      const result = tx.run(`MATCH (n:${label}) WHERE n.dataset = $tag AND n.id IS NOT NULL RETURN n {.*} AS n`, {
        tag,
      });
      for await (const record of result) {
        const properties = record.get('n') as Record<string, unknown>;
        const attributes = decodeProperties(kind, properties, NODE_INTERNAL);
        found.push({ seq: order(attributesSeq(properties)), key: String(properties.id), attributes });
      }
      return found;
    });
    for (const row of rows) nodes.push(row);
  }

  const edges: { seq: number; key: string; source: string; target: string; attributes: Record<string, unknown> }[] = [];
  for (const [kind, type] of Object.entries(EDGE_TYPES) as [EdgeKind, string][]) {
    const [from] = EDGE_ENDPOINTS[kind];
    const rows = await connection.readTransaction(async (tx) => {
      const found: typeof edges = [];
      const result = tx.run(
        `MATCH (a:${NODE_LABELS[from]})-[r:${type}]->(b)
         WHERE a.dataset = $tag AND a.id IS NOT NULL AND b.dataset = $tag
         RETURN r {.*} AS r, a.id AS source, b.id AS target`,
        { tag },
      );
      for await (const record of result) {
        const properties = record.get('r') as Record<string, unknown>;
        const source = record.get('source') as string;
        const target = String(record.get('target'));
        const qualifier =
          kind === 'subcontracts' && typeof properties.service === 'string' ? properties.service : undefined;
        const key = typeof properties.key === 'string' ? properties.key : edgeKey(kind, source, target, qualifier);
        const attributes = decodeProperties(kind, properties, EDGE_INTERNAL);
        found.push({ seq: order(attributesSeq(properties)), key, source, target, attributes });
      }
      return found;
    });
    for (const row of rows) edges.push(row);
  }

  const graph = createKedjaGraph(JSON.parse(info.attributes) as object);
  for (const node of nodes.sort(compare)) graph.addNode(node.key, node.attributes as unknown as NodeAttributes);
  const diagnostics: Diagnostic[] = [];
  for (const edge of edges.sort(compare)) {
    if (graph.hasEdge(edge.key)) {
      diagnostics.push({
        code: 'KEDJA_MODEL_DUPLICATE_EDGE',
        severity: 'error',
        message: `the database holds two relationships with key ${JSON.stringify(edge.key)}; push the graph again`,
        edge: edge.key,
      });
      continue;
    }
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes as unknown as EdgeAttributes);
  }
  for (const diagnostic of validateGraph(graph)) diagnostics.push(diagnostic);
  return hasErrors(diagnostics) ? { graph: null, diagnostics } : { graph, diagnostics };
}

function attributesSeq(properties: Record<string, unknown>): unknown {
  const seq = properties.kedjaSeq as { toNumber?: () => number } | number | undefined;
  return typeof seq === 'object' && seq !== null && typeof seq.toNumber === 'function' ? seq.toNumber() : seq;
}
