/**
 * The dependency order of a snapshot's suppliers and services with cycles condensed: their strongly
 * connected components (Tarjan 1972, iteratively) in an order where every component comes after
 * all the components it depends on. Only suppliers can form cycles (through subcontracting);
 * organisations depend on assets and nothing depends on them, so they need no ordering.
 *
 * Propagating word by word in this order is exact for the least-fixed-point semantics: acyclic
 * components are computed once from final inputs, and a cyclic component is iterated from its
 * scenario members until it no longer changes (see bit-parallel.ts). O(V + E).
 *
 * Reference: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1 (1972).
 */
import type { Snapshot } from './snapshot.js';

export interface Condensation {
  /** Suppliers and services, dependencies before dependants, the members of each component together. */
  readonly order: Int32Array;
  /** Component k holds order[componentStart[k] .. componentStart[k + 1] - 1]. */
  readonly componentStart: Int32Array;
  readonly componentCount: number;
}

export function condense(snapshot: Snapshot): Condensation {
  const { assetCount, reqStart, reqTarget } = snapshot;
  const index = new Int32Array(assetCount).fill(-1);
  const low = new Int32Array(assetCount);
  const onStack = new Uint8Array(assetCount);
  const stack = new Int32Array(assetCount);
  const callNode = new Int32Array(assetCount);
  const callEdge = new Int32Array(assetCount);
  const order = new Int32Array(assetCount);
  const starts: number[] = [0];
  let stackTop = 0;
  let counter = 0;
  let emitted = 0;

  for (let root = 0; root < assetCount; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = reqStart[root]!;
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const edge = callEdge[depth]!;
      if (edge < reqStart[v + 1]!) {
        callEdge[depth] = edge + 1;
        const w = reqTarget[edge]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = reqStart[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      // v is finished: pop its component when it is the root of one.
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          order[emitted++] = w;
        } while (w !== v);
        starts.push(emitted);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { order, componentStart: Int32Array.from(starts), componentCount: starts.length - 1 };
}
