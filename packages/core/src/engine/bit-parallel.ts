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
 * O(V + E) word operations per batch, whatever the blasts: it wins over per-draw propagation when
 * draws hit a large part of the graph (notes/ENGINE.md: above about a tenth of the organisations).
 */
import type { BatchKernel, BatchResult } from './batch-kernel.js';
import { lowestBit } from './batch-kernel.js';
import { condense } from './condensation.js';
import type { Snapshot } from './snapshot.js';

export class BitParallelKernel implements BatchKernel {
  readonly name = 'bit-parallel';
  readonly snapshot: Snapshot;
  /** Word operations of one pass (units plus unit members plus nodes), for choosing a kernel. */
  readonly workPerBatch: number;
  /** Work done so far (cycles cost one pass of their component per extra iteration), and batches run. */
  work = 0;
  batches = 0;
  // Assets in condensed dependency order; per position its units; per unit its members.
  private readonly order: Int32Array;
  private readonly componentStart: Int32Array;
  private readonly positionUnitStart: Int32Array;
  private readonly unitMemberStart: Int32Array;
  private readonly unitMembers: Int32Array;
  // Organisations: their units (flagged critical or not) and members.
  private readonly organisationUnitStart: Int32Array;
  private readonly organisationUnitCritical: Uint8Array;
  private readonly organisationMemberStart: Int32Array;
  private readonly organisationMembers: Int32Array;
  private readonly people: Float64Array;
  /** The words of the current batch: scenario (suppliers), failed (assets), affected and critical (organisations). */
  private readonly scenario: Int32Array;
  private readonly failed: Int32Array;
  private readonly affectedWords: Int32Array;
  private readonly criticalWords: Int32Array;

  constructor(snapshot: Snapshot) {
    this.snapshot = snapshot;
    const { assetCount, organisationCount, nodeCount, unitCount, reqTarget, reqUnit, reqCriticalUnit } = snapshot;
    const { order, componentStart } = condense(snapshot);
    this.order = order;
    this.componentStart = componentStart;

    // Members of every unit, in unit order.
    const memberStart = new Int32Array(unitCount + 1);
    for (let u = 0; u < unitCount; u++) memberStart[u + 1] = memberStart[u]! + snapshot.unitCapacity[u]!;
    const members = new Int32Array(memberStart[unitCount]!);
    const fill = memberStart.slice(0, unitCount);
    for (let i = 0; i < reqTarget.length; i++) {
      members[fill[reqUnit[i]!]!++] = reqTarget[i]!;
      if (reqCriticalUnit[i]! >= 0) members[fill[reqCriticalUnit[i]!]!++] = reqTarget[i]!;
    }
    // Units are numbered owner by owner, so each node's units are the range unitsFrom[v] .. unitsTo[v] - 1.
    const unitsFrom = new Int32Array(nodeCount);
    const unitsTo = new Int32Array(nodeCount);
    for (let u = unitCount - 1; u >= 0; u--) {
      const owner = snapshot.unitOwner[u]!;
      if (unitsTo[owner] === 0) unitsTo[owner] = u + 1;
      unitsFrom[owner] = u;
    }

    // Re-lay units and members in visiting order, so a batch reads them front to back.
    const positionUnitStart = new Int32Array(assetCount + 1);
    const assetMembers: number[] = [];
    const assetMemberStart: number[] = [0];
    for (let p = 0; p < assetCount; p++) {
      const v = order[p]!;
      for (let u = unitsFrom[v]!; u < unitsTo[v]!; u++) {
        for (let k = memberStart[u]!; k < memberStart[u + 1]!; k++) assetMembers.push(members[k]!);
        assetMemberStart.push(assetMembers.length);
      }
      positionUnitStart[p + 1] = assetMemberStart.length - 1;
    }
    this.positionUnitStart = positionUnitStart;
    this.unitMemberStart = Int32Array.from(assetMemberStart);
    this.unitMembers = Int32Array.from(assetMembers);

    const organisationUnitStart = new Int32Array(organisationCount + 1);
    const critical: number[] = [];
    const orgMembers: number[] = [];
    const orgMemberStart: number[] = [0];
    for (let o = 0; o < organisationCount; o++) {
      const v = assetCount + o;
      for (let u = unitsFrom[v]!; u < unitsTo[v]!; u++) {
        critical.push(snapshot.unitCritical[u]!);
        for (let k = memberStart[u]!; k < memberStart[u + 1]!; k++) orgMembers.push(members[k]!);
        orgMemberStart.push(orgMembers.length);
      }
      organisationUnitStart[o + 1] = critical.length;
    }
    this.organisationUnitStart = organisationUnitStart;
    this.organisationUnitCritical = Uint8Array.from(critical);
    this.organisationMemberStart = Int32Array.from(orgMemberStart);
    this.organisationMembers = Int32Array.from(orgMembers);

    this.people = snapshot.population.map((p) => (Number.isNaN(p) ? 0 : p));
    this.scenario = new Int32Array(snapshot.supplierCount);
    this.failed = new Int32Array(assetCount);
    this.affectedWords = new Int32Array(organisationCount);
    this.criticalWords = new Int32Array(organisationCount);
    this.workPerBatch = nodeCount + assetMemberStart.length + assetMembers.length + critical.length + orgMembers.length;
  }

  load(masks: Int32Array): void {
    this.scenario.set(masks.subarray(0, this.snapshot.supplierCount));
  }

  run(out: BatchResult, laneMask: number, without: number): void {
    const { supplierCount, organisationCount } = this.snapshot;
    const { scenario, failed, order, componentStart, positionUnitStart, unitMemberStart } = this;
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
        positionUnitStart[end]! -
        positionUnitStart[start]! +
        unitMemberStart[positionUnitStart[end]!]! -
        unitMemberStart[positionUnitStart[start]!]!;
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

    const { organisationUnitStart, organisationUnitCritical, organisationMemberStart, organisationMembers } = this;
    const { affectedWords, criticalWords, people } = this;
    out.organisations.fill(0);
    out.criticalOrganisations.fill(0);
    out.population.fill(0);
    for (let o = 0; o < organisationCount; o++) {
      let affected = 0;
      let criticalUnits = 0;
      for (let u = organisationUnitStart[o]!; u < organisationUnitStart[o + 1]!; u++) {
        let all = -1;
        for (let m = organisationMemberStart[u]!; m < organisationMemberStart[u + 1]! && all !== 0; m++) {
          all &= failed[organisationMembers[m]!]!;
        }
        if (organisationUnitCritical[u] === 1) criticalUnits |= all;
        else affected |= all;
      }
      affectedWords[o] = affected;
      const critical = affected & criticalUnits;
      criticalWords[o] = critical;
      let lanes = affected & laneMask;
      if (lanes === 0) continue;
      const p = people[o]!;
      while (lanes !== 0) {
        const j = lowestBit(lanes);
        out.organisations[j]! += 1;
        out.population[j]! += p;
        lanes &= lanes - 1;
      }
      lanes = critical & laneMask;
      while (lanes !== 0) {
        out.criticalOrganisations[lowestBit(lanes)]! += 1;
        lanes &= lanes - 1;
      }
    }
    if (without >= 0) scenario[without] = kept;
    this.work += this.workPerBatch + extra;
    this.batches++;
  }

  /** The word of the asset at position p of the order, from its dependencies' words. */
  private evaluate(position: number, word: number): number {
    const { failed, positionUnitStart, unitMemberStart, unitMembers } = this;
    for (let u = positionUnitStart[position]!; u < positionUnitStart[position + 1]!; u++) {
      let all = -1;
      for (let m = unitMemberStart[u]!; m < unitMemberStart[u + 1]! && all !== 0; m++) all &= failed[unitMembers[m]!]!;
      word |= all;
    }
    return word;
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
