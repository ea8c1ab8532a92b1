/**
 * Counter-based failure propagation on a snapshot: the engine's kernel.
 *
 * Each requirement unit counts its members that are still up; when a failure brings a unit to
 * zero, its owner fails (units with a single member need no counter: the owner fails with it).
 * Failures are processed in breadth-first order, so the tier of a node (the synchronous round in
 * which it fails) is one more than the tier of the failure that exhausted its unit. What is
 * reached is the least fixed point: a cycle fails only when a failure enters it.
 *
 * Cost follows the blast, not the graph: O(failed nodes + trigger entries of the failed nodes),
 * one sequential read per entry and one random access to the owner's state. Scratch arrays carry
 * an epoch stamp instead of being cleared, so thousands of scenarios run back to back without
 * allocation. `run` records tiers and lists for a full blast radius; `count` only counts, which is
 * what the systemic ranking needs (one scenario per supplier).
 */
import { MODE_ALL, MODE_CRITICAL, TRIG_GROUPED, TRIG_OWNER_SHIFT, type Snapshot } from './snapshot.js';
import { ResidentTally } from './resident-tally.js';

/**
 * The part of a snapshot the kernel reads. Workers receive only this (in shared memory), not the
 * forward arrays or the id index.
 */
export type KernelSnapshot = Pick<
  Snapshot,
  | 'nodeCount'
  | 'supplierCount'
  | 'assetCount'
  | 'organisationCount'
  | 'unitCount'
  | 'unitCapacity'
  | 'population'
  | 'residentArea'
  | 'residentRegion'
  | 'areaCount'
  | 'trigStart'
  | 'trigSplit'
  | 'trigPacked'
  | 'trigUnit'
>;

export const KERNEL_FIELDS = [
  'nodeCount',
  'supplierCount',
  'assetCount',
  'organisationCount',
  'unitCount',
  'unitCapacity',
  'population',
  'residentArea',
  'residentRegion',
  'areaCount',
  'trigStart',
  'trigSplit',
  'trigPacked',
  'trigUnit',
] as const satisfies readonly (keyof KernelSnapshot)[];

/** Epochs stay below 2^30 so that an organisation's state (epoch * 4 + rule flags) fits 32 bits. */
const MAX_EPOCH = (1 << 30) - 1;

export interface RunSummary {
  failedSuppliers: number;
  failedServices: number;
  organisations: number;
  criticalOrganisations: number;
  population: number;
  /** Residents counted once (a region covers its county; see ResidentTally). */
  residents: number;
}

export class Propagator<S extends KernelSnapshot = Snapshot> {
  readonly snapshot: S;
  private epoch = 0;
  private readonly nodeEpoch: Uint32Array;
  private readonly criticalEpoch: Uint32Array;
  /** Per organisation, for `count`: epoch * 4 + the rules (MODE_ALL, MODE_CRITICAL) it failed by. */
  private readonly organisationState: Uint32Array;
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
  private readonly residents: ResidentTally;
  /** Per organisation, its `ResidentTally` slot (one read instead of area and region), or -1. */
  private readonly residentSlot: Int32Array;
  /** `countOrganisations`' results: organisations affected, critical organisations, population. */
  private readonly tally = new Float64Array(3);

  /**
   * Count every unit of a supplier or service down against `unitCapacity`, single-member units
   * too. For callers that patch capacities to switch dependencies off (mitigation advice sets a
   * unit's capacity out of reach); the snapshot's own capacities need no such care.
   */
  private readonly countEveryUnit: boolean;

  constructor(snapshot: S, options: { countEveryUnit?: boolean } = {}) {
    this.snapshot = snapshot;
    this.countEveryUnit = options.countEveryUnit === true;
    this.nodeEpoch = new Uint32Array(snapshot.nodeCount);
    this.criticalEpoch = new Uint32Array(snapshot.nodeCount);
    this.organisationState = new Uint32Array(snapshot.organisationCount);
    this.unitEpoch = new Uint32Array(snapshot.unitCount);
    this.unitRemaining = new Int32Array(snapshot.unitCount);
    this.tier = new Int32Array(snapshot.nodeCount);
    this.failed = new Int32Array(snapshot.assetCount);
    this.affected = new Int32Array(snapshot.organisationCount);
    this.residents = new ResidentTally(snapshot.areaCount);
    this.residentSlot = ResidentTally.slots(snapshot.residentArea, snapshot.residentRegion);
  }

  /** Marks the members failed at tier 0 and returns how many there are. */
  private start(members: ArrayLike<number>, epoch: number): number {
    const { assetCount } = this.snapshot;
    let tail = 0;
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      if (m < 0 || m >= assetCount) throw new RangeError(`scenario member ${m} is not a supplier or service`);
      if (this.nodeEpoch[m] === epoch) continue;
      this.nodeEpoch[m] = epoch;
      this.tier[m] = 0;
      this.failed[tail++] = m;
    }
    this.memberCount = tail;
    return tail;
  }

  /** Counts down a unit; true when it has just reached zero. */
  private exhausts(unit: number, epoch: number): boolean {
    let remaining: number;
    if (this.unitEpoch[unit] !== epoch) {
      this.unitEpoch[unit] = epoch;
      remaining = this.snapshot.unitCapacity[unit]! - 1;
    } else {
      remaining = this.unitRemaining[unit]! - 1;
    }
    this.unitRemaining[unit] = remaining;
    return remaining === 0;
  }

  /** Fails the given suppliers and services (node indices) and everything that follows, with tiers and lists. */
  run(members: ArrayLike<number>): void {
    const { assetCount, trigStart, trigPacked, trigUnit } = this.snapshot;
    const { nodeEpoch, criticalEpoch, tier, failed, affected } = this;
    const everyUnit = this.countEveryUnit;
    const epoch = this.nextEpoch();
    let tail = this.start(members, epoch);
    let affectedCount = 0;
    for (let head = 0; head < tail; head++) {
      const v = failed[head]!;
      const next = tier[v]! + 1;
      for (let d = trigStart[v]!, end = trigStart[v + 1]!; d < end; d++) {
        const word = trigPacked[d]!;
        const owner = word >>> TRIG_OWNER_SHIFT;
        const mode = word & 3;
        if (word & TRIG_GROUPED || (everyUnit && owner < assetCount)) {
          if (mode === MODE_CRITICAL ? criticalEpoch[owner] === epoch : nodeEpoch[owner] === epoch) continue;
          if (!this.exhausts(trigUnit[d]!, epoch)) continue;
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

  /**
   * The same propagation, counting only: failed suppliers and services, affected and critical
   * organisations, population. Leaves no tiers or organisation lists (`isDown` and the other
   * questions answer for the last `run`, not for `count`).
   */
  count(members: ArrayLike<number>): RunSummary {
    const epoch = this.nextEpoch();
    const tail = this.spreadOverAssets(this.start(members, epoch), epoch);
    const { supplierCount } = this.snapshot;
    let failedSuppliers = 0;
    for (let i = 0; i < tail; i++) if (this.failed[i]! < supplierCount) failedSuppliers++;
    this.failedCount = tail;
    this.affectedCount = 0;
    const { tally, residents } = this;
    residents.start();
    this.countOrganisations(tail, epoch);
    return {
      failedSuppliers,
      failedServices: tail - failedSuppliers,
      organisations: tally[0]!,
      criticalOrganisations: tally[1]!,
      population: tally[2]!,
      residents: residents.total(),
    };
  }

  /**
   * `count`'s first pass: the suppliers and services that fail, after the `tail` members. Returns
   * how many failed in all (the first entries of `failed`, in order of failure).
   */
  private spreadOverAssets(tail: number, epoch: number): number {
    const { trigStart, trigSplit, trigPacked, trigUnit } = this.snapshot;
    const { nodeEpoch, failed } = this;
    const everyUnit = this.countEveryUnit;
    for (let head = 0; head < tail; head++) {
      const v = failed[head]!;
      for (let d = trigStart[v]!, split = trigSplit[v]!; d < split; d++) {
        const word = trigPacked[d]!;
        const owner = word >>> TRIG_OWNER_SHIFT;
        if (nodeEpoch[owner] === epoch) continue;
        if ((word & TRIG_GROUPED || everyUnit) && !this.exhausts(trigUnit[d]!, epoch)) continue;
        nodeEpoch[owner] = epoch;
        failed[tail++] = owner;
      }
    }
    return tail;
  }

  /**
   * `count`'s second pass: the organisations that count on the `tail` failed suppliers and
   * services (an organisation never makes an asset fail, so the passes are independent). Leaves
   * in `tally` the organisations affected, the critical ones and their population, and the
   * residents in `residents`.
   */
  private countOrganisations(tail: number, epoch: number): void {
    const { assetCount, trigStart, trigSplit, trigPacked, trigUnit, population } = this.snapshot;
    const { organisationState, failed, residents, residentSlot } = this;
    const { sums } = residents;
    // The module's constants as locals: an imported binding is read (and checked) on every use.
    const shift = TRIG_OWNER_SHIFT;
    const grouped = TRIG_GROUPED;
    const all = MODE_ALL;
    const stamp = epoch * 4;
    let organisations = 0;
    let critical = 0;
    let people = 0;
    for (let head = 0; head < tail; head++) {
      const v = failed[head]!;
      for (let d = trigSplit[v]!, end = trigStart[v + 1]!; d < end; d++) {
        const word = trigPacked[d]!;
        const o = (word >>> shift) - assetCount;
        const mode = word & 3;
        const state = organisationState[o]!;
        const flags = state >>> 2 === epoch ? state & 3 : 0;
        if ((flags & mode) === mode) continue;
        if (word & grouped && !this.exhausts(trigUnit[d]!, epoch)) continue;
        const now = flags | mode;
        organisationState[o] = stamp + now;
        if ((flags & all) === 0 && (now & all) !== 0) {
          organisations++;
          const p = population[o]!;
          // NaN (unknown) counts as nothing, for residents too, so an organisation without a
          // population costs one read (about half of them in the generated graphs: the agencies).
          if (p === p) {
            people += p;
            const slot = residentSlot[o]!;
            if (slot >= 0) {
              // ResidentTally.add, written out on its slot (one array read and written).
              let before = sums[slot]!;
              if (before !== before) before = residents.touch(slot);
              sums[slot] = slot & 1 ? Math.max(before, p) : before + p;
            }
          }
        }
        // Critical: both rules now, not before. Without a branch: organisations of both modes
        // come in no order, so a branch on it is often mispredicted.
        critical += now & (now >>> 1) & ~(flags & (flags >>> 1)) & 1;
      }
    }
    const { tally } = this;
    tally[0] = organisations;
    tally[1] = critical;
    tally[2] = people;
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

  /** Counts of the current `run`, without building any list. */
  summary(): RunSummary {
    const { supplierCount, assetCount, population, residentArea, residentRegion } = this.snapshot;
    const { residents } = this;
    residents.start();
    let failedSuppliers = 0;
    for (let i = 0; i < this.failedCount; i++) if (this.failed[i]! < supplierCount) failedSuppliers++;
    let critical = 0;
    let people = 0;
    for (let i = 0; i < this.affectedCount; i++) {
      const o = this.affected[i]!;
      if (this.criticalEpoch[o] === this.epoch) critical++;
      const p = population[o - assetCount]!;
      if (p === p) {
        // NaN (unknown) counts as nothing, for residents too
        people += p;
        residents.add(residentArea[o - assetCount]!, residentRegion[o - assetCount]!, p);
      }
    }
    return {
      failedSuppliers,
      failedServices: this.failedCount - failedSuppliers,
      organisations: this.affectedCount,
      criticalOrganisations: critical,
      population: people,
      residents: residents.total(),
    };
  }

  private nextEpoch(): number {
    if (this.epoch === MAX_EPOCH) {
      this.nodeEpoch.fill(0);
      this.criticalEpoch.fill(0);
      this.organisationState.fill(0);
      this.unitEpoch.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}
