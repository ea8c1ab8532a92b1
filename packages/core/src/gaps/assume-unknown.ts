/**
 * The worst plausible concentration (issue 13, `--assume-unknown`): a what-if in which every
 * supplier whose subcontracting is `unknown` may depend on the given providers (say the three
 * largest IaaS platforms). Each assumption is a *possible* subcontracts edge, so every answer
 * keeps its lower bound (what the data says) and its upper bound shows the worst case. A supplier
 * never gets an edge to itself, nor to a provider it already subcontracts to (whatever that
 * edge's certainty: the data's own word stands).
 *
 * Two forms with one meaning: on a graphology graph (commands that read the graph) and on a
 * snapshot and its node table (the loader that never builds one). O(V + E + U · P) for U unknown
 * suppliers and P providers.
 */
import { CORE_ERROR_CODES, KedjaError, quoteValue } from '../errors.js';
import { editSnapshot, type AddedEdge, type NodeTable, type Snapshot } from '../kernel/index.js';
import { addSubcontracts, type KedjaGraph, type NodeKind } from '../model/index.js';

/** The providers, each once, checked to be suppliers of the graph (`kindOf` undefined: not in it). */
function checkProviders(providers: readonly string[], kindOf: (id: string) => NodeKind | undefined): string[] {
  if (providers.length === 0) {
    throw new KedjaError(
      CORE_ERROR_CODES.badOption,
      'name at least one supplier that unknown subcontracting is assumed to depend on',
    );
  }
  const ids = [...new Set(providers)];
  for (const id of ids) {
    const kind = kindOf(id);
    if (kind === undefined) {
      throw new KedjaError(
        CORE_ERROR_CODES.unknownId,
        `no supplier ${quoteValue(id)} in the graph: unknown subcontracting can only be assumed to depend on its suppliers`,
      );
    }
    if (kind !== 'supplier') {
      throw new KedjaError(
        CORE_ERROR_CODES.wrongKind,
        `${quoteValue(id)} is a ${kind}, not a supplier: unknown subcontracting can only be assumed to depend on suppliers`,
      );
    }
  }
  return ids;
}

/** The possible edges the what-if adds to a snapshot: unknown supplier to each provider it has no edge to yet. */
export function assumedEdges(snapshot: Snapshot, table: NodeTable, providers: readonly string[]): AddedEdge[] {
  const targets = checkProviders(providers, (id) => {
    const node = snapshot.index.get(id);
    return node === undefined ? undefined : table.kind(node);
  }).map((id) => snapshot.index.get(id)!);
  const added: AddedEdge[] = [];
  const { reqStart, reqTarget } = snapshot;
  for (let s = 0; s < snapshot.supplierCount; s++) {
    if (table.subcontracting(s) !== 'unknown') continue;
    const existing = new Set(reqTarget.subarray(reqStart[s]!, reqStart[s + 1]!));
    for (const p of targets) {
      if (p !== s && !existing.has(p)) added.push({ source: s, target: p, kind: 'subcontracts', possible: true });
    }
  }
  return added;
}

/** The snapshot of the what-if (the same nodes and node table) and how many edges it assumed. */
export function assumeUnknownInSnapshot(
  snapshot: Snapshot,
  table: NodeTable,
  providers: readonly string[],
): { snapshot: Snapshot; assumed: number } {
  const add = assumedEdges(snapshot, table, providers);
  return { snapshot: add.length === 0 ? snapshot : editSnapshot(snapshot, { add }), assumed: add.length };
}

/** Adds the what-if's possible edges to the graph itself; returns how many it added. */
export function assumeUnknownInGraph(graph: KedjaGraph, providers: readonly string[]): number {
  const ids = checkProviders(providers, (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : undefined));
  let added = 0;
  graph.forEachNode((supplier, attributes) => {
    if (attributes.kind !== 'supplier' || attributes.subcontracting !== 'unknown') return;
    for (const provider of ids) {
      if (provider === supplier || graph.hasDirectedEdge(supplier, provider)) continue;
      addSubcontracts(graph, supplier, provider, { certainty: 'possible' });
      added++;
    }
  });
  return added;
}
