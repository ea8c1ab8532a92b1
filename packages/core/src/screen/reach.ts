/**
 * Reach of a supplier: the organisations with any chain of dependencies down to it, redundancy or
 * not. No set of failures can affect an organisation outside the union of its members' reaches,
 * so reach gives upper bounds on what failures can do (cover.ts uses them for its lower bound).
 * O(reach) per supplier with an epoch-stamped breadth-first search over the reverse arrays.
 */
import { dependentUnits, type Snapshot } from '../kernel/index.js';

export function reachLists(snapshot: Snapshot): number[][] {
  const { supplierCount, assetCount, unitOwner, nodeCount } = snapshot;
  const { depStart, depUnit } = dependentUnits(snapshot);
  const stamp = new Uint32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const lists: number[][] = [];
  for (let s = 0; s < supplierCount; s++) {
    const epoch = s + 1;
    const reached: number[] = [];
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    stamp[s] = epoch;
    while (head < tail) {
      const v = queue[head++]!;
      if (v >= assetCount) {
        reached.push(v);
        continue;
      }
      for (let d = depStart[v]!; d < depStart[v + 1]!; d++) {
        const owner = unitOwner[depUnit[d]!]!;
        if (stamp[owner] === epoch) continue;
        stamp[owner] = epoch;
        queue[tail++] = owner;
      }
    }
    lists.push(reached);
  }
  return lists;
}
