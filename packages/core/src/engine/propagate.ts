/**
 * Counter-based failure propagation on a snapshot: the engine's kernel.
 *
 * Each requirement unit counts its members that are still up; when a failure brings a unit to
 * zero, its owner fails. Failures are processed in breadth-first order, so the tier of a node (the
 * synchronous round in which it fails) is one more than the tier of the failure that exhausted its
 * unit. What is reached is the least fixed point: a cycle fails only when a failure enters it.
 *
 * Cost follows the blast, not the graph: O(failed nodes + edges into them). Scratch arrays carry
 * an epoch stamp instead of being cleared, so thousands of scenarios run back to back without
 * allocation (the systemic ranking runs one per supplier).
 */
import { MODE_ALL, MODE_CRITICAL, type Snapshot } from './snapshot.js';

export class Propagator {
  readonly snapshot: Snapshot;
  private epoch = 0;
  private readonly nodeEpoch: Uint32Array;
  private readonly criticalEpoch: Uint32Array;
  private readonly unitEpoch: Uint32Array;
  private readonly unitRemaining: Int32Array;
  /** Tier of each failed asset or affected organisation of the current run. */
  readonly tier: Int32Array;
  /** Failed suppliers and services of the current run, in order of failure (tier by tier). */
  readonly failed: Int32Array;
  failedCount = 0;
  /** Affected organisations of the current run, in order of failure. */
  readonly affected: Int32Array;
  affectedCount = 0;
  /** Number of members of the current scenario (the first entries of `failed`). */
  memberCount = 0;

  constructor(snapshot: Snapshot) {
    this.snapshot = snapshot;
    this.nodeEpoch = new Uint32Array(snapshot.nodeCount);
    this.criticalEpoch = new Uint32Array(snapshot.nodeCount);
    this.unitEpoch = new Uint32Array(snapshot.unitCount);
    this.unitRemaining = new Int32Array(snapshot.unitCount);
    this.tier = new Int32Array(snapshot.nodeCount);
    this.failed = new Int32Array(snapshot.assetCount);
    this.affected = new Int32Array(snapshot.organisationCount);
  }

  /** Fails the given suppliers and services (node indices) and everything that follows. */
  run(members: ArrayLike<number>): void {
    const { assetCount, trigStart, trigOwner, trigUnit, trigMode, unitCapacity } = this.snapshot;
    const { nodeEpoch, criticalEpoch, unitEpoch, unitRemaining, tier, failed, affected } = this;
    const epoch = this.nextEpoch();
    let tail = 0;
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      if (m < 0 || m >= assetCount) throw new RangeError(`scenario member ${m} is not a supplier or service`);
      if (nodeEpoch[m] === epoch) continue;
      nodeEpoch[m] = epoch;
      tier[m] = 0;
      failed[tail++] = m;
    }
    this.memberCount = tail;
    let affectedCount = 0;
    for (let head = 0; head < tail; head++) {
      const v = failed[head]!;
      const next = tier[v]! + 1;
      for (let d = trigStart[v]!, end = trigStart[v + 1]!; d < end; d++) {
        const owner = trigOwner[d]!;
        const mode = trigMode[d]!;
        const unit = trigUnit[d]!;
        if (unit >= 0) {
          // A group (or a critical group): count its members down, lazily reset per epoch.
          if (mode === MODE_CRITICAL ? criticalEpoch[owner] === epoch : nodeEpoch[owner] === epoch) continue;
          let remaining: number;
          if (unitEpoch[unit] !== epoch) {
            unitEpoch[unit] = epoch;
            remaining = unitCapacity[unit]! - 1;
          } else {
            remaining = unitRemaining[unit]! - 1;
          }
          unitRemaining[unit] = remaining;
          if (remaining !== 0) continue;
        }
        if (mode & MODE_CRITICAL) criticalEpoch[owner] = epoch;
        if (mode & MODE_ALL && nodeEpoch[owner] !== epoch) {
          nodeEpoch[owner] = epoch;
          tier[owner] = next;
          if (owner < assetCount) failed[tail++] = owner;
          else affected[affectedCount++] = owner;
        }
      }
    }
    this.failedCount = tail;
    this.affectedCount = affectedCount;
  }

  /** True when the node failed (asset) or was affected (organisation) in the current run. */
  isDown(node: number): boolean {
    return this.nodeEpoch[node] === this.epoch;
  }

  /** True when an affected organisation also fails by its critical edges alone. */
  isCritical(organisation: number): boolean {
    return this.nodeEpoch[organisation] === this.epoch && this.criticalEpoch[organisation] === this.epoch;
  }

  /** True when the node is a member of the current scenario. */
  isMember(node: number): boolean {
    return this.nodeEpoch[node] === this.epoch && node < this.snapshot.assetCount && this.tier[node] === 0;
  }

  /** Counts of the current run, without building any list. */
  summary(): RunSummary {
    const { supplierCount, assetCount, population } = this.snapshot;
    let failedSuppliers = 0;
    for (let i = 0; i < this.failedCount; i++) if (this.failed[i]! < supplierCount) failedSuppliers++;
    let critical = 0;
    let people = 0;
    for (let i = 0; i < this.affectedCount; i++) {
      const o = this.affected[i]!;
      if (this.criticalEpoch[o] === this.epoch) critical++;
      const p = population[o - assetCount]!;
      if (p === p) people += p; // NaN (unknown) counts as nothing
    }
    return {
      failedSuppliers,
      failedServices: this.failedCount - failedSuppliers,
      organisations: this.affectedCount,
      criticalOrganisations: critical,
      population: people,
    };
  }

  private nextEpoch(): number {
    if (this.epoch === 0xffffffff) {
      this.nodeEpoch.fill(0);
      this.criticalEpoch.fill(0);
      this.unitEpoch.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}

export interface RunSummary {
  failedSuppliers: number;
  failedServices: number;
  organisations: number;
  criticalOrganisations: number;
  population: number;
}
