/**
 * Push: writes a Kedja graph into a Neo4j database so that the dataset of the given tag mirrors it.
 *
 * 1. Refuse a database whose Kedja labels hold nodes Kedja did not write; create the uniqueness
 *    constraints (dataset, id) per label; mark the dataset incomplete.
 * 2. Nodes, then edges, in batches of fixed-shape `UNWIND $rows AS row MERGE ...` queries, each
 *    batch one `executeWrite` transaction. A row whose properties already match is not written.
 * 3. Remove what the graph no longer has: relationships, then nodes of this tag that are not in it
 *    (other tags are never touched).
 * 4. Mark the dataset complete, with the graph's own attributes and counts.
 *
 * Every step is idempotent, so pushing the same graph twice leaves the database as it was, and a
 * push interrupted anywhere (a killed process, a lost connection, an AbortSignal) converges to
 * the full graph when run again; until then the dataset reads as incomplete and pull and the
 * analyses refuse it. O(V + E) rows sent, in O((V + E) / batch) transactions; the removal step
 * reads the ids and keys of the dataset back once.
 */
import { EDGE_ENDPOINTS, KedjaError, type EdgeKind, type KedjaGraph, type NodeKind } from '@kedja/core';
import { int, type ManagedTransaction } from 'neo4j-driver';

import type { Neo4jConnection } from './connection.js';
import { refuseForeignData } from './dataset.js';
import { NEO4J_CODES } from './errors.js';
import {
  CONSTRAINTS,
  DATASET_LABEL,
  DEFAULT_DATASET,
  EDGE_INTERNAL,
  EDGE_TYPES,
  LAYOUT_VERSION,
  NODE_INTERNAL,
  NODE_LABELS,
} from './graph-schema.js';
import { encodeAttributes } from './properties.js';

export interface PushProgress {
  phase: 'nodes' | 'edges' | 'cleanup';
  /** Rows written so far over nodes and edges together. */
  done: number;
  total: number;
}

export interface PushOptions {
  /** The dataset tag; a push replaces the dataset of its tag and leaves other tags alone. */
  dataset?: string;
  /** Rows per transaction (default 5,000). */
  batchSize?: number;
  /** Stops the push between two batches (it then throws KEDJA_NEO4J_INTERRUPTED). */
  signal?: { readonly aborted: boolean };
  onProgress?: (progress: PushProgress) => void;
}

export interface PushSummary {
  dataset: string;
  nodes: number;
  edges: number;
  /** Nodes and relationships created, updated (properties changed) and removed by this push. */
  nodesCreated: number;
  relationshipsCreated: number;
  nodesUpdated: number;
  relationshipsUpdated: number;
  nodesRemoved: number;
  relationshipsRemoved: number;
  batches: number;
}

const DEFAULTS = { dataset: DEFAULT_DATASET, batchSize: 5_000 };

interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}
interface EdgeRow {
  source: string;
  target: string;
  key: string;
  props: Record<string, unknown>;
}

function nodeQuery(kind: NodeKind): string {
  return `UNWIND $rows AS row
MERGE (n:${NODE_LABELS[kind]} {dataset: $tag, id: row.id})
WITH n, row WHERE properties(n) <> row.props
SET n = row.props
RETURN count(n) AS updated`;
}

function edgeQuery(kind: EdgeKind): string {
  const [from, to] = EDGE_ENDPOINTS[kind];
  return `UNWIND $rows AS row
MATCH (a:${NODE_LABELS[from]} {dataset: $tag, id: row.source})
MATCH (b:${NODE_LABELS[to]} {dataset: $tag, id: row.target})
MERGE (a)-[r:${EDGE_TYPES[kind]} {key: row.key}]->(b)
WITH r, row WHERE properties(r) <> row.props
SET r = row.props
RETURN count(r) AS updated`;
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** One push: the graph, where it goes, and the counts so far. Each step below is one method. */
class Push {
  readonly summary: PushSummary;
  private done = 0;
  private readonly total: number;

  constructor(
    private readonly connection: Neo4jConnection,
    private readonly graph: KedjaGraph,
    private readonly tag: string,
    private readonly batchSize: number,
    private readonly options: PushOptions,
  ) {
    this.total = graph.order + graph.size;
    this.summary = {
      dataset: tag,
      nodes: graph.order,
      edges: graph.size,
      nodesCreated: 0,
      relationshipsCreated: 0,
      nodesUpdated: 0,
      relationshipsUpdated: 0,
      nodesRemoved: 0,
      relationshipsRemoved: 0,
      batches: 0,
    };
  }

  progress(phase: PushProgress['phase']): void {
    this.options.onProgress?.({ phase, done: this.done, total: this.total });
  }

  checkAbort(): void {
    if (this.options.signal?.aborted) {
      throw new KedjaError(
        NEO4J_CODES.interrupted,
        `the push of dataset ${JSON.stringify(this.tag)} was stopped after ${this.summary.batches} batches; run it again to complete it`,
      );
    }
  }

  /** 1. Refuse foreign data; constraints; mark the dataset incomplete. */
  async prepare(): Promise<void> {
    await refuseForeignData(this.connection);
    for (const statement of CONSTRAINTS) await this.connection.schema(statement);
    await this.connection.write(`MERGE (d:${DATASET_LABEL} {tag: $tag}) SET d.complete = false, d.layout = $layout`, {
      tag: this.tag,
      layout: int(LAYOUT_VERSION),
    });
  }

  /** The rows of every node and edge, grouped by kind, in the graph's order. */
  rows(): { nodes: Map<NodeKind, NodeRow[]>; edges: Map<EdgeKind, EdgeRow[]> } {
    const { graph, tag } = this;
    const nodes = new Map<NodeKind, NodeRow[]>(Object.keys(NODE_LABELS).map((k) => [k as NodeKind, []]));
    let seq = 0;
    graph.forEachNode((id, attributes) => {
      const props = encodeAttributes(attributes as unknown as Record<string, unknown>, NODE_INTERNAL);
      nodes.get(attributes.kind)!.push({ id, props: { ...props, id, dataset: tag, kedjaSeq: int(seq++) } });
    });
    const edges = new Map<EdgeKind, EdgeRow[]>(Object.keys(EDGE_TYPES).map((k) => [k as EdgeKind, []]));
    seq = 0;
    graph.forEachEdge((key, attributes, source, target) => {
      const props = encodeAttributes(attributes as unknown as Record<string, unknown>, EDGE_INTERNAL);
      edges.get(attributes.kind)!.push({ source, target, key, props: { ...props, key, kedjaSeq: int(seq++) } });
    });
    return { nodes, edges };
  }

  private async writeBatch(query: string, rows: readonly unknown[]) {
    this.checkAbort();
    const result = await this.connection.writeTransaction((tx: ManagedTransaction) =>
      tx.run(query, { rows, tag: this.tag }),
    );
    this.summary.batches++;
    this.done += rows.length;
    return { counters: result.summary.counters.updates(), updated: Number(result.records[0]?.get('updated') ?? 0) };
  }

  /** 2. Nodes, then edges, in batches of MERGE; a row whose properties match is not written. */
  async write(): Promise<void> {
    const { nodes, edges } = this.rows();
    const { summary } = this;
    this.progress('nodes');
    for (const [kind, rows] of nodes) {
      for (const batch of batches(rows, this.batchSize)) {
        const { counters, updated } = await this.writeBatch(nodeQuery(kind), batch);
        summary.nodesCreated += counters.nodesCreated;
        summary.nodesUpdated += updated;
        this.progress('nodes');
      }
    }
    for (const [kind, rows] of edges) {
      for (const batch of batches(rows, this.batchSize)) {
        const { counters, updated } = await this.writeBatch(edgeQuery(kind), batch);
        summary.relationshipsCreated += counters.relationshipsCreated;
        summary.relationshipsUpdated += updated;
        this.progress('edges');
      }
    }
    summary.nodesUpdated -= summary.nodesCreated;
    summary.relationshipsUpdated -= summary.relationshipsCreated;
  }

  /** The element ids of this tag's relationships of `kind` that the graph does not have (or has twice). */
  private async staleRelationships(kind: EdgeKind, type: string): Promise<string[]> {
    const { graph, tag } = this;
    return this.connection.readTransaction(async (tx) => {
      const seen = new Set<string>();
      const stale: string[] = [];
      const result = tx.run(
        `MATCH (a:${NODE_LABELS[EDGE_ENDPOINTS[kind][0]]})-[r:${type}]->(b)
         WHERE a.dataset = $tag AND a.id IS NOT NULL
         RETURN elementId(r) AS eid, r.key AS key, a.id AS source, b.id AS target, b.dataset AS targetDataset,
                labels(b) AS targetLabels`,
        { tag },
      );
      for await (const record of result) {
        const key = record.get('key') as unknown;
        const source = record.get('source') as string;
        const target = record.get('target') as unknown;
        const signature = `${String(key)}\u0000${source}\u0000${String(target)}`;
        const wanted =
          typeof key === 'string' &&
          typeof target === 'string' &&
          record.get('targetDataset') === tag &&
          (record.get('targetLabels') as string[]).includes(NODE_LABELS[EDGE_ENDPOINTS[kind][1]]) &&
          graph.hasEdge(key) &&
          graph.getEdgeAttribute(key, 'kind') === kind &&
          graph.source(key) === source &&
          graph.target(key) === target;
        if (!wanted || seen.has(signature)) stale.push(record.get('eid') as string);
        else seen.add(signature);
      }
      return stale;
    });
  }

  /** The ids of this tag's nodes with `label` that the graph does not have as a node of `kind`. */
  private async staleNodes(kind: NodeKind, label: string): Promise<string[]> {
    const { graph, tag } = this;
    return this.connection.readTransaction(async (tx) => {
      const ids: string[] = [];
      const result = tx.run(`MATCH (n:${label}) WHERE n.dataset = $tag AND n.id IS NOT NULL RETURN n.id AS id`, {
        tag,
      });
      for await (const record of result) {
        const id = record.get('id') as string;
        if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'kind') !== kind) ids.push(id);
      }
      return ids;
    });
  }

  /** 3. Remove what the graph no longer has: relationships first, then nodes. */
  async removeStale(): Promise<void> {
    const { summary } = this;
    this.checkAbort();
    this.progress('cleanup');
    for (const [kind, type] of Object.entries(EDGE_TYPES) as [EdgeKind, string][]) {
      for (const batch of batches(await this.staleRelationships(kind, type), this.batchSize)) {
        this.checkAbort();
        const result = await this.connection.write(
          'UNWIND $ids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r',
          { ids: batch },
        );
        summary.relationshipsRemoved += result.summary.counters.updates().relationshipsDeleted;
        summary.batches++;
      }
    }
    for (const [kind, label] of Object.entries(NODE_LABELS) as [NodeKind, string][]) {
      for (const batch of batches(await this.staleNodes(kind, label), this.batchSize)) {
        this.checkAbort();
        const result = await this.connection.write(
          `UNWIND $ids AS id MATCH (n:${label} {dataset: $tag, id: id}) DETACH DELETE n`,
          { ids: batch, tag: this.tag },
        );
        const counters = result.summary.counters.updates();
        summary.nodesRemoved += counters.nodesDeleted;
        summary.relationshipsRemoved += counters.relationshipsDeleted;
        summary.batches++;
      }
    }
  }

  /** 4. Mark the dataset complete, with the graph's attributes and counts. */
  async complete(): Promise<void> {
    const { graph } = this;
    this.checkAbort();
    await this.connection.write(
      `MATCH (d:${DATASET_LABEL} {tag: $tag})
     SET d.complete = true, d.layout = $layout, d.nodes = $nodes, d.edges = $edges, d.attributes = $attributes`,
      {
        tag: this.tag,
        layout: int(LAYOUT_VERSION),
        nodes: int(graph.order),
        edges: int(graph.size),
        attributes: JSON.stringify(graph.getAttributes()),
      },
    );
    this.progress('cleanup');
  }
}

/** Pushes `graph` into the dataset `options.dataset` of the connected database. */
export async function pushGraph(
  connection: Neo4jConnection,
  graph: KedjaGraph,
  options: PushOptions = {},
): Promise<PushSummary> {
  const tag = options.dataset ?? DEFAULTS.dataset;
  const push = new Push(connection, graph, tag, Math.max(1, options.batchSize ?? DEFAULTS.batchSize), options);
  await push.prepare();
  await push.write();
  await push.removeStale();
  await push.complete();
  return push.summary;
}
