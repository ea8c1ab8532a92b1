/**
 * The bit-parallel propagation kernel: 32 failure draws at once, one per bit of an Int32 word.
 *
 * Every supplier and service gets a word whose bit j says "failed in draw j". Nodes are visited in
 * the condensed dependency order (condensation.ts), so each node's word is computed from the final
 * words of its dependencies with the AND/OR semantics of the snapshot:
 *
 *   failed[v] = scenario[v] | OR over v's requirement units ( AND over the unit's members failed[m] )
 *
 * (a unit is an ungrouped dependency, or an alternatives group, of which any member suffices). A
 * cyclic component starts from its scenario words and is iterated until no word changes, which
 * gives the least fixed point lane by lane, as the counter propagation does. Organisations get an
 * affected word by the same rule over all their units and a critical word over their critical
 * units. Exact: property tests check it against the per-draw kernel and the reference.
 *
 * Layout for speed: the single-member units (most of them) are kept apart as plain dependency
 * lists, read with one load and one OR each; an organisation's ungrouped critical edge feeds both
 * of its words from one read; only alternatives groups loop over members. Organisations are
 * counted per lane in bit-sliced counters.
 *
 * O(V + E) word operations per batch, whatever the blasts, plus the lanes counted: it wins over
 * per-draw propagation when draws hit a large part of the graph (docs/engine.md: above about a
 * tenth of the organisations).
 */
import { lowestBit, type BatchKernel, type BatchResult } from './batch-kernel.js';
import { condense } from './condensation.js';
import type { Snapshot } from './snapshot.js';

/** Flags of an organisation's dependency: it feeds the affected word, the critical word, or both. */
const AFFECTS = 1;
const CRITICAL = 2;

export class BitParallelKernel implements BatchKernel {
  readonly name = 'bit-parallel';
  readonly snapshot: Snapshot;
  /** Word operations of one pass (nodes, dependencies, group members), for choosing a kernel. */
  readonly workPerBatch: number;
  /** Work done so far (cycles cost one pass of their component per extra iteration), and batches run. */
  work = 0;
  batches = 0;
  // Assets in condensed dependency order. Per position: its single-member dependencies, and its
  // alternatives groups with their members.
  private readonly order: Int32Array;
  private readonly componentStart: Int32Array;
  private readonly directStart: Int32Array;
  private readonly direct: Int32Array;
  private readonly groupStart: Int32Array;
  private readonly groupMemberStart: Int32Array;
  private readonly groupMembers: Int32Array;
  // Organisations: single-member dependencies by what they feed, then groups (flags, members).
  private readonly organisationDirectStart: Int32Array;
  private readonly organisationDirect: Int32Array;
  private readonly organisationGroupStart: Int32Array;
  private readonly organisationGroupFlags: Uint8Array;
  private readonly organisationGroupMemberStart: Int32Array;
  private readonly organisationGroupMembers: Int32Array;
  private readonly people: Float64Array;
  /** The words of the current batch: scenario (suppliers), failed (assets), affected and critical (organisations). */
  private readonly scenario: Int32Array;
  private readonly failed: Int32Array;
  private readonly affectedWords: Int32Array;
  private readonly criticalWords: Int32Array;
  /**
   * Per-lane totals by byte: entry 256 b + v counts the organisations (and adds up the population)
   * whose lanes 8 b .. 8 b + 7 read v; spread over the lanes once per batch.
   */
  private readonly affectedByByte = new Int32Array(4 * 256);
  private readonly criticalByByte = new Int32Array(4 * 256);
  private readonly populationByByte = new Float64Array(4 * 256);

  constructor(snapshot: Snapshot) {
    this.snapshot = snapshot;
    const { assetCount, organisationCount, unitCount, unitCapacity } = snapshot;
    const { reqStart, reqTarget, reqUnit, reqCriticalUnit } = snapshot;
    const { order, componentStart } = condense(snapshot);
    this.order = order;
    this.componentStart = componentStart;

    // Members of every unit with more than one member, in unit order.
    const memberStart = new Int32Array(unitCount + 1);
    for (let u = 0; u < unitCount; u++)
      memberStart[u + 1] = memberStart[u]! + (unitCapacity[u]! > 1 ? unitCapacity[u]! : 0);
    const members = new Int32Array(memberStart[unitCount]!);
    const fill = memberStart.slice(0, unitCount);
    for (let i = 0; i < reqTarget.length; i++) {
      const u = reqUnit[i]!;
      if (unitCapacity[u]! > 1) members[fill[u]!++] = reqTarget[i]!;
      const c = reqCriticalUnit[i]!;
      if (c >= 0 && unitCapacity[c]! > 1) members[fill[c]!++] = reqTarget[i]!;
    }

    const directStart = new Int32Array(assetCount + 1);
    // Typed arrays of the largest possible size (every requirement entry), cut to length after.
    const direct = new Int32Array(reqStart[assetCount]!);
    let directCount = 0;
    const groupStart = new Int32Array(assetCount + 1);
    const groupMemberStart: number[] = [0];
    const groupMembers: number[] = [];
    const seenUnit = new Int32Array(unitCount).fill(-1);
    for (let p = 0; p < assetCount; p++) {
      const v = order[p]!;
      for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
        const u = reqUnit[i]!;
        if (unitCapacity[u] === 1) direct[directCount++] = reqTarget[i]!;
        else if (seenUnit[u] !== p) {
          seenUnit[u] = p;
          for (let k = memberStart[u]!; k < memberStart[u + 1]!; k++) groupMembers.push(members[k]!);
          groupMemberStart.push(groupMembers.length);
        }
      }
      directStart[p + 1] = directCount;
      groupStart[p + 1] = groupMemberStart.length - 1;
    }
    this.directStart = directStart;
    this.direct = direct.slice(0, directCount);
    this.groupStart = groupStart;
    this.groupMemberStart = Int32Array.from(groupMemberStart);
    this.groupMembers = Int32Array.from(groupMembers);

    // Each organisation's single-member dependencies, as target * 4 + what they feed (AFFECTS,
    // CRITICAL or both), so that one loop with no branch reads them all.
    const organisationDirectStart = new Int32Array(organisationCount + 1);
    const organisationDirect = new Int32Array(reqStart[assetCount + organisationCount]! - reqStart[assetCount]!);
    let organisationDirectCount = 0;
    const organisationGroupStart = new Int32Array(organisationCount + 1);
    const organisationGroupFlags: number[] = [];
    const organisationGroupMemberStart: number[] = [0];
    const organisationGroupMembers: number[] = [];
    const group = (u: number, flags: number) => {
      for (let k = memberStart[u]!; k < memberStart[u + 1]!; k++) organisationGroupMembers.push(members[k]!);
      organisationGroupMemberStart.push(organisationGroupMembers.length);
      organisationGroupFlags.push(flags);
    };
    for (let o = 0; o < organisationCount; o++) {
      const v = assetCount + o;
      for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
        const target = reqTarget[i]!;
        const u = reqUnit[i]!;
        const c = reqCriticalUnit[i]!;
        let flags = 0;
        if (unitCapacity[u] === 1) flags |= AFFECTS;
        else if (seenUnit[u] !== -2 - o) {
          seenUnit[u] = -2 - o;
          group(u, AFFECTS);
        }
        if (c >= 0) {
          if (unitCapacity[c] === 1) flags |= CRITICAL;
          else if (seenUnit[c] !== -2 - o) {
            seenUnit[c] = -2 - o;
            group(c, CRITICAL);
          }
        }
        if (flags !== 0) organisationDirect[organisationDirectCount++] = target * 4 + flags;
      }
      organisationDirectStart[o + 1] = organisationDirectCount;
      organisationGroupStart[o + 1] = organisationGroupFlags.length;
    }
    this.organisationDirectStart = organisationDirectStart;
    this.organisationDirect = organisationDirect.slice(0, organisationDirectCount);
    this.organisationGroupStart = organisationGroupStart;
    this.organisationGroupFlags = Uint8Array.from(organisationGroupFlags);
    this.organisationGroupMemberStart = Int32Array.from(organisationGroupMemberStart);
    this.organisationGroupMembers = Int32Array.from(organisationGroupMembers);

    this.people = snapshot.population.map((p) => (Number.isNaN(p) ? 0 : p));
    this.scenario = new Int32Array(snapshot.supplierCount);
    this.failed = new Int32Array(assetCount);
    this.affectedWords = new Int32Array(organisationCount);
    this.criticalWords = new Int32Array(organisationCount);
    this.workPerBatch =
      snapshot.nodeCount +
      directCount +
      groupMembers.length +
      organisationDirectCount +
      organisationGroupMembers.length;
  }

  /** About `workPerBatch`, from the snapshot's size alone (without building the kernel). */
  static estimateWork(snapshot: Snapshot): number {
    return snapshot.nodeCount + snapshot.reqTarget.length;
  }

  load(masks: Int32Array): void {
    this.scenario.set(masks.subarray(0, this.snapshot.supplierCount));
  }

  run(out: BatchResult, laneMask: number, without: number): void {
    const { supplierCount } = this.snapshot;
    const { scenario, failed, order, componentStart, directStart, groupStart, groupMemberStart } = this;
    let extra = 0;
    const kept = without >= 0 ? scenario[without]! : 0;
    if (without >= 0) scenario[without] = 0;

    for (let k = 0; k < componentStart.length - 1; k++) {
      const start = componentStart[k]!;
      const end = componentStart[k + 1]!;
      if (end - start === 1) {
        const v = order[start]!;
        failed[v] = this.evaluate(start, v < supplierCount ? scenario[v]! : 0);
        continue;
      }
      // A cycle: start from the scenario and iterate to the least fixed point.
      for (let p = start; p < end; p++) {
        const v = order[p]!;
        failed[v] = v < supplierCount ? scenario[v]! : 0;
      }
      const componentWork =
        end -
        start +
        directStart[end]! -
        directStart[start]! +
        groupMemberStart[groupStart[end]!]! -
        groupMemberStart[groupStart[start]!]!;
      for (let changed = true, pass = 0; changed; pass++) {
        if (pass > 0) extra += componentWork;
        changed = false;
        for (let p = start; p < end; p++) {
          const v = order[p]!;
          const word = this.evaluate(p, v < supplierCount ? scenario[v]! : 0);
          if (word !== failed[v]) {
            failed[v] = word;
            changed = true;
          }
        }
      }
    }
    this.countOrganisations(out, laneMask);
    if (without >= 0) scenario[without] = kept;
    this.work += this.workPerBatch + extra;
    this.batches++;
  }

  /** The word of the asset at position p of the order, from its dependencies' words. */
  private evaluate(position: number, word: number): number {
    const { failed, direct, directStart, groupStart, groupMemberStart, groupMembers } = this;
    for (let d = directStart[position]!, end = directStart[position + 1]!; d < end; d++) word |= failed[direct[d]!]!;
    for (let g = groupStart[position]!, end = groupStart[position + 1]!; g < end; g++) {
      let all = -1;
      for (let m = groupMemberStart[g]!, to = groupMemberStart[g + 1]!; m < to && all !== 0; m++)
        all &= failed[groupMembers[m]!]!;
      word |= all;
    }
    return word;
  }

  /**
   * Affected and critical words of every organisation, and the per-lane totals. Rather than lane by
   * lane, an organisation is counted once per non-zero byte of its word: in a table indexed by the
   * byte's position and value, which is spread over the lanes at the end of the batch (4 x 255
   * entries, whatever the number of organisations). Population, a weight, is added the same way.
   */
  private countOrganisations(out: BatchResult, laneMask: number): void {
    const { organisationCount } = this.snapshot;
    const { failed, organisationDirectStart, organisationDirect, organisationGroupStart, organisationGroupFlags } =
      this;
    const { organisationGroupMemberStart, organisationGroupMembers, affectedWords, criticalWords, people } = this;
    const { affectedByByte, criticalByByte, populationByByte } = this;
    affectedByByte.fill(0);
    criticalByByte.fill(0);
    populationByByte.fill(0);
    for (let o = 0; o < organisationCount; o++) {
      let affected = 0;
      let criticalUnits = 0;
      for (let d = organisationDirectStart[o]!, end = organisationDirectStart[o + 1]!; d < end; d++) {
        const entry = organisationDirect[d]!;
        const word = failed[entry >>> 2]!;
        affected |= word & -(entry & AFFECTS);
        criticalUnits |= word & -((entry >>> 1) & 1);
      }
      for (let g = organisationGroupStart[o]!, end = organisationGroupStart[o + 1]!; g < end; g++) {
        let all = -1;
        for (
          let m = organisationGroupMemberStart[g]!, to = organisationGroupMemberStart[g + 1]!;
          m < to && all !== 0;
          m++
        ) {
          all &= failed[organisationGroupMembers[m]!]!;
        }
        if (organisationGroupFlags[g] === CRITICAL) criticalUnits |= all;
        else affected |= all;
      }
      affectedWords[o] = affected;
      const criticalWord = affected & criticalUnits;
      criticalWords[o] = criticalWord;
      const lanes = affected & laneMask;
      if (lanes === 0) continue;
      const p = people[o]!;
      for (let b = 0, rest = lanes; rest !== 0; b += 256, rest >>>= 8) {
        const value = rest & 255;
        if (value === 0) continue;
        affectedByByte[b + value]!++;
        populationByByte[b + value]! += p;
      }
      for (let b = 0, rest = criticalWord & laneMask; rest !== 0; b += 256, rest >>>= 8) {
        const value = rest & 255;
        if (value !== 0) criticalByByte[b + value]!++;
      }
    }
    const { organisations, criticalOrganisations, population } = out;
    organisations.fill(0);
    criticalOrganisations.fill(0);
    population.fill(0);
    for (let b = 0; b < 4; b++) {
      for (let value = 1; value < 256; value++) {
        const i = 256 * b + value;
        const affectedCount = affectedByByte[i]!;
        const criticalCount = criticalByByte[i]!;
        if (affectedCount === 0 && criticalCount === 0) continue;
        const weight = populationByByte[i]!;
        for (let bits = value; bits !== 0; bits &= bits - 1) {
          const j = 8 * b + lowestBit(bits);
          organisations[j]! += affectedCount;
          criticalOrganisations[j]! += criticalCount;
          population[j]! += weight;
        }
      }
    }
  }

  /** After `run`: whether asset v failed in lane j. */
  isFailed(node: number, lane: number): boolean {
    return ((this.failed[node]! >>> lane) & 1) === 1;
  }

  /** After `run`: whether the organisation (node index) is affected / critical in lane j. */
  isAffected(node: number, lane: number): boolean {
    return ((this.affectedWords[node - this.snapshot.assetCount]! >>> lane) & 1) === 1;
  }

  isCritical(node: number, lane: number): boolean {
    return ((this.criticalWords[node - this.snapshot.assetCount]! >>> lane) & 1) === 1;
  }
}
