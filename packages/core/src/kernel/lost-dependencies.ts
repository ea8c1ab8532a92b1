/**
 * Lost dependencies: the failed dependencies that made a node fail. These are its failed ungrouped
 * dependencies and every member of each alternatives group whose members all failed; a failed
 * member of a group that still has a working member did not make it fail and is not listed.
 *
 * O(out-degree) per node, on scratch arrays stamped per call (no clearing, no allocation but the
 * answer).
 */
import type { Snapshot } from './snapshot.js';

export class LostDependencies {
  private readonly snapshot: Snapshot;
  private readonly isDown: (node: number) => boolean;
  private stamp = 0;
  private readonly unitStamp: Uint32Array;
  private readonly unitFailed: Int32Array;

  constructor(snapshot: Snapshot, isDown: (node: number) => boolean) {
    this.snapshot = snapshot;
    this.isDown = isDown;
    this.unitStamp = new Uint32Array(snapshot.unitCount);
    this.unitFailed = new Int32Array(snapshot.unitCount);
  }

  /**
   * Indices of the forward edges (into the snapshot's `req*` arrays) of `node` whose failure made it
   * fail by the all-dependencies rule, in edge order.
   */
  edges(node: number): number[] {
    const { reqStart, reqTarget, reqUnit, unitCapacity } = this.snapshot;
    const { unitStamp, unitFailed } = this;
    if (this.stamp === 0xffffffff) {
      unitStamp.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const start = reqStart[node]!;
    const end = reqStart[node + 1]!;
    for (let i = start; i < end; i++) {
      if (!this.isDown(reqTarget[i]!)) continue;
      const unit = reqUnit[i]!;
      if (unitStamp[unit] !== stamp) {
        unitStamp[unit] = stamp;
        unitFailed[unit] = 0;
      }
      unitFailed[unit]! += 1;
    }
    const lost: number[] = [];
    for (let i = start; i < end; i++) {
      const unit = reqUnit[i]!;
      if (unitStamp[unit] === stamp && unitFailed[unit] === unitCapacity[unit] && this.isDown(reqTarget[i]!)) {
        lost.push(i);
      }
    }
    return lost;
  }

  /** Node indices of the lost dependencies of `node`, without repeats, in edge order. */
  targets(node: number): number[] {
    const targets = this.edges(node).map((i) => this.snapshot.reqTarget[i]!);
    return [...new Set(targets)];
  }
}
