/**
 * The per-draw kernel: a batch of up to 32 failure draws run one draw at a time with the counter
 * propagation of propagate.ts (its counting form), whose cost follows each draw's blast. It wins over the bit-parallel
 * kernel when draws hit a small part of the graph, and it measures that work as it goes, so a
 * simulation can choose (see simulation/monte-carlo.ts).
 *
 * O(suppliers + failures) to load a batch; O(blast) per draw run.
 */
import { LANES, lowestBit, type BatchKernel, type BatchResult } from './batch-kernel.js';
import { Propagator } from './propagate.js';
import type { Snapshot } from './snapshot.js';

export class PerDrawKernel implements BatchKernel {
  readonly name = 'per-draw';
  readonly propagator: Propagator;
  /** Work done so far (failed nodes, edges out of them, affected organisations), summed over draws. */
  work = 0;
  /** Draws run so far. */
  draws = 0;
  private readonly laneMembers: Int32Array[];
  private readonly laneSize = new Int32Array(LANES);
  private readonly scratch: Int32Array;

  constructor(snapshot: Snapshot, propagator: Propagator = new Propagator(snapshot)) {
    this.propagator = propagator;
    this.laneMembers = Array.from({ length: LANES }, () => new Int32Array(snapshot.supplierCount));
    this.scratch = new Int32Array(snapshot.supplierCount);
  }

  load(masks: Int32Array): void {
    this.laneSize.fill(0);
    const suppliers = this.propagator.snapshot.supplierCount;
    for (let s = 0; s < suppliers; s++) {
      let word = masks[s]!;
      while (word !== 0) {
        const j = lowestBit(word);
        this.laneMembers[j]![this.laneSize[j]!++] = s;
        word &= word - 1;
      }
    }
  }

  run(out: BatchResult, laneMask: number, without: number): void {
    const { propagator, scratch } = this;
    const { trigStart } = propagator.snapshot;
    out.organisations.fill(0);
    out.criticalOrganisations.fill(0);
    out.population.fill(0);
    let lanes = laneMask;
    while (lanes !== 0) {
      const j = lowestBit(lanes);
      lanes &= lanes - 1;
      const members = this.laneMembers[j]!;
      let size = 0;
      for (let i = 0; i < this.laneSize[j]!; i++) if (members[i] !== without) scratch[size++] = members[i]!;
      const summary = propagator.count(scratch.subarray(0, size));
      out.organisations[j] = summary.organisations;
      out.criticalOrganisations[j] = summary.criticalOrganisations;
      out.population[j] = summary.population;
      let work = propagator.failedCount + summary.organisations;
      for (let i = 0; i < propagator.failedCount; i++) {
        const v = propagator.failed[i]!;
        work += trigStart[v + 1]! - trigStart[v]!;
      }
      this.work += work;
      this.draws++;
    }
  }
}
