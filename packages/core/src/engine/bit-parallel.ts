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
 * per-draw propagation when draws hit a large part of the graph (notes/ENGINE.md: above about a
 * tenth of the organisations).
 */
import type { BatchKernel, BatchResult } from './batch-kernel.js';
import { LANES, lowestBit } from './batch-kernel.js';
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
  /** Bit-sliced per-lane counters: word k holds binary digit k of each lane's count. */
  private readonly affectedDigits: Int32Array;
  private readonly criticalDigits: Int32Array;

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
    const direct: number[] = [];
    const groupStart = new Int32Array(assetCount + 1);
    const groupMemberStart: number[] = [0];
    const groupMembers: number[] = [];
    const seenUnit = new Int32Array(unitCount).fill(-1);
    for (let p = 0; p < assetCount; p++) {
      const v = order[p]!;
      for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
        const u = reqUnit[i]!;
        if (unitCapacity[u] === 1) direct.push(reqTarget[i]!);
        else if (seenUnit[u] !== p) {
          seenUnit[u] = p;
          for (let k = memberStart[u]!; k < memberStart[u + 1]!; k++) groupMembers.push(members[k]!);
          groupMemberStart.push(groupMembers.length);
        }
      }
      directStart[p + 1] = direct.length;
      groupStart[p + 1] = groupMemberStart.length - 1;
    }
    this.directStart = directStart;
    this.direct = Int32Array.from(direct);
    this.groupStart = groupStart;
    this.groupMemberStart = Int32Array.from(groupMemberStart);
    this.groupMembers = Int32Array.from(groupMembers);

    // Each organisation's single-member dependencies sorted by what they feed: both words, the
    // affected word only, the critical word only (bounds at 3 o, 3 o + 1, 3 o + 2, 3 o + 3).
    const organisationDirectStart = new Int32Array(3 * organisationCount + 1);
    const organisationDirect: number[] = [];
    const organisationGroupStart = new Int32Array(organisationCount + 1);
    const organisationGroupFlags: number[] = [];
    const organisationGroupMemberStart: number[] = [0];
    const organisationGroupMembers: number[] = [];
    const group = (u: number, flags: number) => {
      for (let k = memberStart[u]!; k < memberStart[u + 1]!; k++) organisationGroupMembers.push(members[k]!);
      organisationGroupMemberStart.push(organisationGroupMembers.length);
      organisationGroupFlags.push(flags);
    };
    const byFlags: number[][] = [[], [], []];
    for (let o = 0; o < organisationCount; o++) {
      const v = assetCount + o;
      byFlags.forEach((list) => (list.length = 0));
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
        if (flags === (AFFECTS | CRITICAL)) byFlags[0]!.push(target);
        else if (flags === AFFECTS) byFlags[1]!.push(target);
        else if (flags === CRITICAL) byFlags[2]!.push(target);
      }
      for (let f = 0; f < 3; f++) {
        organisationDirect.push(...byFlags[f]!);
        organisationDirectStart[3 * o + f + 1] = organisationDirect.length;
      }
      organisationGroupStart[o + 1] = organisationGroupFlags.length;
    }
    this.organisationDirectStart = organisationDirectStart;
    this.organisationDirect = Int32Array.from(organisationDirect);
    this.organisationGroupStart = organisationGroupStart;
    this.organisationGroupFlags = Uint8Array.from(organisationGroupFlags);
    this.organisationGroupMemberStart = Int32Array.from(organisationGroupMemberStart);
    this.organisationGroupMembers = Int32Array.from(organisationGroupMembers);

    this.people = snapshot.population.map((p) => (Number.isNaN(p) ? 0 : p));
    this.scenario = new Int32Array(snapshot.supplierCount);
    this.failed = new Int32Array(assetCount);
    this.affectedWords = new Int32Array(organisationCount);
    this.criticalWords = new Int32Array(organisationCount);
    // Enough digits for every organisation in one lane (and one more for the last carry).
    const digits = 32 - Math.clz32(organisationCount) + 1;
    this.affectedDigits = new Int32Array(digits);
    this.criticalDigits = new Int32Array(digits);
    this.workPerBatch =
      snapshot.nodeCount +
      direct.length +
      groupMembers.length +
      organisationDirect.length +
      organisationGroupMembers.length;
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
   * Affected and critical words of every organisation, and the per-lane totals. Organisations are
   * counted in bit-sliced counters (one word per binary digit, 32 lanes at once: adding a word
   * costs about two operations); population, a weight, is added lane by lane, only for
   * organisations that have one.
   */
  private countOrganisations(out: BatchResult, laneMask: number): void {
    const { organisationCount } = this.snapshot;
    const { failed, organisationDirectStart, organisationDirect, organisationGroupStart, organisationGroupFlags } =
      this;
    const { organisationGroupMemberStart, organisationGroupMembers, affectedWords, criticalWords, people } = this;
    const { affectedDigits, criticalDigits } = this;
    affectedDigits.fill(0);
    criticalDigits.fill(0);
    const population = out.population;
    population.fill(0);
    for (let o = 0; o < organisationCount; o++) {
      const base = 3 * o;
      let both = 0;
      for (let d = organisationDirectStart[base]!, end = organisationDirectStart[base + 1]!; d < end; d++) {
        both |= failed[organisationDirect[d]!]!;
      }
      let affected = both;
      for (let d = organisationDirectStart[base + 1]!, end = organisationDirectStart[base + 2]!; d < end; d++) {
        affected |= failed[organisationDirect[d]!]!;
      }
      let criticalUnits = both;
      for (let d = organisationDirectStart[base + 2]!, end = organisationDirectStart[base + 3]!; d < end; d++) {
        criticalUnits |= failed[organisationDirect[d]!]!;
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
      for (let carry = lanes, k = 0; carry !== 0; k++) {
        const next = affectedDigits[k]! & carry;
        affectedDigits[k]! ^= carry;
        carry = next;
      }
      for (let carry = criticalWord & laneMask, k = 0; carry !== 0; k++) {
        const next = criticalDigits[k]! & carry;
        criticalDigits[k]! ^= carry;
        carry = next;
      }
      const p = people[o]!;
      if (p === 0) continue;
      for (let hit = lanes; hit !== 0; hit &= hit - 1) population[lowestBit(hit)]! += p;
    }
    for (let j = 0; j < LANES; j++) {
      let organisations = 0;
      let critical = 0;
      for (let k = 0; k < affectedDigits.length; k++) {
        organisations += ((affectedDigits[k]! >>> j) & 1) * 2 ** k;
        critical += ((criticalDigits[k]! >>> j) & 1) * 2 ** k;
      }
      out.organisations[j] = organisations;
      out.criticalOrganisations[j] = critical;
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
