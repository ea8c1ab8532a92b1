/**
 * How `kedja metrics` loads a canonical CSV folder or a binary graph without a graphology graph:
 * straight into the engine's snapshot and node table (the bulk loader, or the binary graph's), with
 * the facts the metrics read besides them (@kedja/core/metrics, snapshot/facts.ts: node attributes,
 * the graph's node order, the alternatives labels) collected from the same rows, through the
 * loader's second sink. The document is the one the graph gives, byte for byte. The human output reads a few facts
 * of a graph besides the document (names, organisation types, ownership groups, which organisations
 * depend on anything): `metricsGraphView` answers them from the same facts. Other inputs load a
 * graph as before. O(rows), one pass.
 */
import {
  createSnapshotEngine,
  hasErrors,
  type KedjaGraph,
  type NodeAttributes,
  type NodeKind,
  type SnapshotEngine,
} from '@kedja/core';
import type { LabelledEdge, MetricsFacts } from '@kedja/core/metrics';
import type { NumericSink } from '@kedja/importer/input';
import { inspectInput, loadBinaryGraph, loadSnapshot } from '@kedja/importer/input';

import { assumeOnSnapshot, type AssumeRequest } from '../options/assume-unknown.js';
import { accept } from '../options/index.js';
import type { Io } from '../output/io.js';

const KINDS: readonly NodeKind[] = ['supplier', 'service', 'organisation'];
const KIND_BITS = 2 ** 28;

/** The rows' attributes as a graph would hold them, by kind and ordinal, in the order a graph adds them. */
class FactsSink implements NumericSink {
  readonly attributes: Record<NodeKind, NodeAttributes[]> = { supplier: [], service: [], organisation: [] };
  readonly ids: Record<NodeKind, string[]> = { supplier: [], service: [], organisation: [] };
  /** kind code × 2^28 + ordinal of each node, in row order. */
  readonly order: number[] = [];
  readonly labelled: { source: number; target: number; label: string }[] = [];
  /** The graph's `name` attribute (a binary graph's; a CSV folder has none). */
  private name: string | undefined;
  /** Per organisation ordinal, 1 when it is the source of an edge (a graph's out-degree above 0). */
  private depending = new Uint8Array(1024);

  /** The graph's own attributes, before its rows (a binary graph's). */
  graph(attributes: Readonly<Record<string, unknown>>): void {
    this.name = attributes.name as string | undefined;
  }

  node(kind: NodeKind, id: string, ordinal: number, attributes: Record<string, unknown> | undefined): void {
    if (attributes === undefined) return; // an invalid row: the load fails
    this.attributes[kind][ordinal] = { kind, ...attributes } as NodeAttributes;
    this.ids[kind][ordinal] = id;
    this.order.push(KINDS.indexOf(kind) * KIND_BITS + ordinal);
  }

  edge(
    _kind: unknown,
    _table: unknown,
    source: { kind: NodeKind; ordinal: number },
    target: { kind: NodeKind; ordinal: number },
    attributes: Record<string, unknown> | undefined,
  ): void {
    this.numericEdge(
      _kind,
      source.kind,
      source.ordinal,
      target.kind,
      target.ordinal,
      undefined,
      attributes?.alternatives,
    );
  }

  /** An edge as numbers (the simple lines the scanner reads as bytes): the same facts as `edge`. */
  numericEdge(
    _kind: unknown,
    sourceKind: NodeKind,
    sourceOrdinal: number,
    targetKind: NodeKind,
    targetOrdinal: number,
    _critical: unknown,
    label: unknown,
  ): void {
    if (sourceKind === 'organisation') {
      if (sourceOrdinal >= this.depending.length) {
        const grown = new Uint8Array(Math.max(sourceOrdinal + 1, this.depending.length * 2));
        grown.set(this.depending);
        this.depending = grown;
      }
      this.depending[sourceOrdinal] = 1;
    }
    if (typeof label !== 'string' || label === '') return;
    this.labelled.push({
      source: KINDS.indexOf(sourceKind) * KIND_BITS + sourceOrdinal,
      target: KINDS.indexOf(targetKind) * KIND_BITS + targetOrdinal,
      label,
    });
  }

  /** The facts numbered like `engine`'s snapshot, or undefined when the rows do not match it. */
  facts({ snapshot }: SnapshotEngine, parents: MetricsFacts['parents']): MetricsFacts | undefined {
    const base = [0, snapshot.supplierCount, snapshot.assetCount];
    const index = (packed: number) => base[Math.floor(packed / KIND_BITS)]! + (packed % KIND_BITS);
    const attributes = KINDS.flatMap((kind) => this.attributes[kind]);
    const ids = KINDS.flatMap((kind) => this.ids[kind]);
    if (attributes.length !== snapshot.nodeCount || this.order.length !== snapshot.nodeCount) return undefined;
    for (let v = 0; v < snapshot.nodeCount; v++) if (ids[v] !== snapshot.ids[v]) return undefined;
    const alternatives: LabelledEdge[] = this.labelled.map(({ source, target, label }) => ({
      source: index(source),
      target: index(target),
      label,
    }));
    return { name: this.name, parents, attributes, order: Int32Array.from(this.order, index), alternatives };
  }

  /** Whether the organisation of this ordinal is the source of an edge. */
  readonly dependsOnAnything = (ordinal: number): boolean => this.depending[ordinal] === 1;
}

/**
 * What the human output reads of a graph besides the metrics document (render/metrics.ts and core's
 * compareWithStudy): node names and organisation types, the ownership groups, and the organisations
 * with an out-edge. Only these methods answer; the renderer reads no others.
 */
export interface MetricsGraphView {
  getAttribute(name: 'parents'): MetricsFacts['parents'];
  hasNode(id: string): boolean;
  getNodeAttribute(id: string, name: string): unknown;
  filterNodes(keep: (id: string, attributes: NodeAttributes) => boolean): string[];
  outDegree(id: string): number;
}

/** The view of the graph `engine` and `facts` describe (see MetricsGraphView), as the renderer's graph. */
export function metricsGraphView(
  { snapshot }: SnapshotEngine,
  facts: MetricsFacts,
  depending: (organisation: number) => boolean,
): KedjaGraph {
  const { ids, index, assetCount } = snapshot;
  const attributesOf = (id: string): NodeAttributes => {
    const v = index.get(id);
    if (v === undefined) throw new Error(`metrics-input: no node "${id}" in the loaded graph`);
    return facts.attributes[v]!;
  };
  const view: MetricsGraphView = {
    getAttribute: (name) => (name === 'parents' ? facts.parents : undefined),
    hasNode: (id) => index.has(id),
    getNodeAttribute: (id, name) => (attributesOf(id) as unknown as Record<string, unknown>)[name],
    filterNodes: (keep) => {
      const kept: string[] = [];
      for (const v of facts.order) if (keep(ids[v]!, facts.attributes[v]!)) kept.push(ids[v]!);
      return kept;
    },
    outDegree: (id) => {
      const v = index.get(id);
      if (v === undefined || v < assetCount)
        throw new Error(`metrics-input: the view answers out-degrees of organisations only`);
      return depending(v - assetCount) ? 1 : 0;
    },
  };
  // The renderer's parameter is a graph; it reads only the methods above (render/metrics.ts).
  return view as unknown as KedjaGraph;
}

/** A CSV folder or binary graph loaded for the metrics: the engine, the facts, and which organisations have an out-edge (by ordinal). */
export interface LoadedMetricsSnapshot {
  engine: SnapshotEngine;
  facts: MetricsFacts;
  dependsOnAnything: (organisation: number) => boolean;
}

/**
 * A CSV folder or a binary graph as a snapshot engine and the metrics' facts, with `--assume-unknown`
 * applied; undefined for any other input, which the command loads as a graph. Bad data stops the command as `loadInput`
 * stops it (exit 2, the same diagnostics).
 */
export async function loadMetricsSnapshot(
  input: string,
  io: Io,
  assume: AssumeRequest | undefined,
): Promise<LoadedMetricsSnapshot | undefined> {
  const listing = await inspectInput(input);
  if (listing.kind !== 'csv-folder' && listing.kind !== 'arrow-graph') return undefined;
  const sink = new FactsSink();
  const loaded =
    listing.kind === 'csv-folder'
      ? await loadSnapshot(listing.path, { entries: listing.entries, also: sink })
      : await loadBinaryGraph(listing.path, { also: sink });
  const valid = loaded.snapshot !== null && loaded.table !== null && !hasErrors(loaded.diagnostics);
  let engine = valid ? createSnapshotEngine(loaded.snapshot!, loaded.table!) : undefined;
  const facts = engine && sink.facts(engine, loaded.parents);
  if (valid && facts === undefined) return undefined; // rows that do not match the snapshot: never seen
  accept(input, loaded.diagnostics, io, engine !== undefined && facts !== undefined, loaded.notes);
  if (engine === undefined || facts === undefined) return undefined; // never: accept has refused the input
  if (assume !== undefined) ({ engine } = await assumeOnSnapshot(engine, assume, io));
  return { engine, facts, dependsOnAnything: sink.dependsOnAnything };
}
