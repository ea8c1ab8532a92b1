/**
 * Possible edges as switches, so that a simulation can draw them (issue 13). Each possible edge
 * v -> t becomes an alternatives group of v with two members: t, and a *switch*, a supplier of its
 * own with no dependencies. The group fails when both have failed, so v loses the edge exactly
 * when t fails and the switch is "failed", that is, when the edge is present in the draw; with the
 * switch up the group never fails, which is the edge left out (a possible edge is never grouped,
 * so it is a requirement of its own). A draw of the edges is then a draw of switch failures, the
 * same kind of input as the suppliers' failures: both batch kernels and the seeded draws run on
 * the switched snapshot unchanged, and a graph without possible edges is not switched at all.
 *
 * Switches are numbered after the real suppliers (snapshot order keeps suppliers first), so a
 * real supplier keeps its index and the first `supplierCount` words of a batch are its failures;
 * services and organisations move up by the number of switches. Switch k stands for the k-th
 * possible edge in the snapshot's forward order (by source node, then the graph's edge order).
 *
 * O(V + E) to build; in a draw, each present edge costs one more scenario member and one more
 * trigger entry.
 */
import { isPossibleEdge, type KedjaGraph } from '../model/index.js';
import { buildSnapshot, type Snapshot } from './snapshot.js';

/** The probability of a possible edge that carries none. */
export const DEFAULT_EDGE_PROBABILITY = 0.5;

export interface SwitchedSnapshot {
  /** The snapshot with one switch supplier per possible edge, after the real suppliers. */
  readonly snapshot: Snapshot;
  /** Real suppliers: the switches are suppliers supplierCount .. supplierCount + switches - 1. */
  readonly supplierCount: number;
  /** Per switch, the probability that its edge is present (its `probability`, else 0.5). */
  readonly probabilities: Float64Array;
  /** Switches whose edge carries no probability of its own (0.5 used). */
  readonly withoutProbability: number;
}

/**
 * The `probability` of each forward edge of the graph's snapshot (NaN when it has none), read from
 * the graph in the order `createSnapshot` lays the edges out: by source, then the graph's edge
 * order. O(V + E).
 */
export function edgeProbabilities(graph: KedjaGraph, snapshot: Snapshot): Float64Array {
  const probabilities = new Float64Array(snapshot.reqTarget.length).fill(NaN);
  if (snapshot.possibleCount === 0) return probabilities;
  const cursor = snapshot.reqStart.slice(0, snapshot.nodeCount);
  graph.forEachEdge((_edge, attributes, source) => {
    const at = cursor[snapshot.index.get(source)!]!++;
    if (isPossibleEdge(attributes) && typeof attributes.probability === 'number') {
      probabilities[at] = attributes.probability;
    }
  });
  return probabilities;
}

/**
 * The switched snapshot of a snapshot with possible edges. `probabilities` gives each forward
 * edge's probability (NaN or absent: none, 0.5 is used). O(V + E).
 */
export function switchedSnapshot(snapshot: Snapshot, probabilities?: Float64Array): SwitchedSnapshot {
  const { reqStart, reqTarget, reqKind, reqUnit, reqCriticalUnit, unitCapacity, reqPossible } = snapshot;
  const { supplierCount, assetCount, nodeCount, possibleCount } = snapshot;
  const switches = possibleCount;
  const moved = (node: number) => (node < supplierCount ? node : node + switches);
  const edgeCount = reqTarget.length + switches;
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const edgeKind = new Uint8Array(edgeCount);
  const edgeCritical = new Uint8Array(edgeCount);
  const edgeGroup = new Int32Array(edgeCount);
  const drawn = new Float64Array(switches);
  let withoutProbability = 0;
  // The snapshot's units number its groups apart from one another; a switch group takes a number past them.
  let nextGroup = snapshot.unitCount;
  let e = 0;
  let k = 0;
  const add = (source: number, target: number, kind: number, critical: number, group: number) => {
    edgeSource[e] = source;
    edgeTarget[e] = target;
    edgeKind[e] = kind;
    edgeCritical[e] = critical;
    edgeGroup[e] = group;
    e++;
  };
  for (let v = 0; v < nodeCount; v++) {
    for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
      const critical = v < assetCount || reqCriticalUnit[i]! >= 0 ? 1 : 0;
      if (reqPossible[i] !== 1) {
        add(moved(v), moved(reqTarget[i]!), reqKind[i]!, critical, unitCapacity[reqUnit[i]!]! > 1 ? reqUnit[i]! : -1);
        continue;
      }
      const group = nextGroup++;
      add(moved(v), moved(reqTarget[i]!), reqKind[i]!, critical, group);
      add(moved(v), supplierCount + k, reqKind[i]!, critical, group);
      const p = probabilities?.[i];
      if (p === undefined || Number.isNaN(p)) withoutProbability++;
      drawn[k++] = p === undefined || Number.isNaN(p) ? DEFAULT_EDGE_PROBABILITY : p;
    }
  }
  const ids = snapshot.ids as string[];
  const switchIds = Array.from({ length: switches }, (_, s) => `\u0000possible-edge-${s}`);
  return {
    snapshot: buildSnapshot({
      ids: [...ids.slice(0, supplierCount), ...switchIds, ...ids.slice(supplierCount)],
      supplierCount: supplierCount + switches,
      serviceCount: snapshot.serviceCount,
      population: snapshot.population,
      residentArea: snapshot.residentArea,
      residentRegion: snapshot.residentRegion,
      edgeSource,
      edgeTarget,
      edgeKind,
      edgeCritical,
      edgeGroup,
    }),
    supplierCount,
    probabilities: drawn,
    withoutProbability,
  };
}
