/**
 * How `kedja metrics --json` loads a canonical CSV folder without a graphology graph: straight into
 * the engine's snapshot and node table (the bulk loader), with the facts the metrics read besides
 * them (@kedja/core/metrics, snapshot/facts.ts: node attributes, the graph's node order, the
 * alternatives labels) collected from the same rows in the same pass, through the loader's second
 * sink. The document is the one the graph gives, byte for byte. Other inputs, and the human output
 * (whose renderer reads the graph), load a graph as before. O(rows), one pass.
 */
import { createSnapshotEngine, hasErrors, type NodeAttributes, type NodeKind, type SnapshotEngine } from '@kedja/core';
import type { LabelledEdge, MetricsFacts } from '@kedja/core/metrics';
import type { LoadSnapshotOptions } from '@kedja/importer/input';
import { inspectInput } from '@kedja/importer/input';

import { assumeOnSnapshot, type AssumeRequest } from '../options/assume-unknown.js';
import { accept } from '../options/index.js';
import type { Io } from '../output/io.js';

type FolderSink = NonNullable<LoadSnapshotOptions['also']>;

const KINDS: readonly NodeKind[] = ['supplier', 'service', 'organisation'];
const KIND_BITS = 2 ** 28;

/** The rows' attributes as a graph would hold them, by kind and ordinal, in the order a graph adds them. */
class FactsSink implements FolderSink {
  readonly attributes: Record<NodeKind, NodeAttributes[]> = { supplier: [], service: [], organisation: [] };
  readonly ids: Record<NodeKind, string[]> = { supplier: [], service: [], organisation: [] };
  /** kind code × 2^28 + ordinal of each node, in row order. */
  readonly order: number[] = [];
  readonly labelled: { source: number; target: number; label: string }[] = [];

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
    const label = attributes?.alternatives;
    if (typeof label !== 'string' || label === '') return;
    this.labelled.push({
      source: KINDS.indexOf(source.kind) * KIND_BITS + source.ordinal,
      target: KINDS.indexOf(target.kind) * KIND_BITS + target.ordinal,
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
    return { name: undefined, parents, attributes, order: Int32Array.from(this.order, index), alternatives };
  }
}

/**
 * A CSV folder as a snapshot engine and the metrics' facts, with `--assume-unknown` applied; undefined
 * for any other input, which the command loads as a graph. Bad data stops the command as `loadInput`
 * stops it (exit 2, the same diagnostics).
 */
export async function loadMetricsSnapshot(
  input: string,
  io: Io,
  assume: AssumeRequest | undefined,
): Promise<{ engine: SnapshotEngine; facts: MetricsFacts } | undefined> {
  const listing = await inspectInput(input);
  if (listing.kind !== 'csv-folder') return undefined;
  const { loadSnapshot } = await import('@kedja/importer/input');
  const sink = new FactsSink();
  const loaded = await loadSnapshot(listing.path, { entries: listing.entries, also: sink });
  const valid = loaded.snapshot !== null && loaded.table !== null && !hasErrors(loaded.diagnostics);
  let engine = valid ? createSnapshotEngine(loaded.snapshot!, loaded.table!) : undefined;
  const facts = engine && sink.facts(engine, loaded.parents);
  if (valid && facts === undefined) return undefined; // rows that do not match the snapshot: never seen
  accept(input, loaded.diagnostics, io, engine !== undefined && facts !== undefined, loaded.notes);
  if (engine === undefined || facts === undefined) return undefined; // never: accept has refused the input
  if (assume !== undefined) ({ engine } = await assumeOnSnapshot(engine, assume, io));
  return { engine, facts };
}
