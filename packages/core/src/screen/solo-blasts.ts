/**
 * Every supplier failing alone, remembered: the failed suppliers and services and the affected
 * organisations of each single failure, in compressed lists (the input of the joint-failure
 * screens). One propagation per supplier: O(sum of the blasts) time and memory.
 */
import type { Propagator } from '../kernel/index.js';

export interface SoloBlasts {
  /** failedStart[s] .. failedStart[s + 1] - 1 index `failed`: the assets that fail with supplier s (itself first). */
  readonly failedStart: Int32Array;
  readonly failed: Int32Array;
  /** affectedStart[s] .. affectedStart[s + 1] - 1 index `affected`: the organisations it affects. */
  readonly affectedStart: Int32Array;
  readonly affected: Int32Array;
}

export function soloBlasts(propagator: Propagator): SoloBlasts {
  const suppliers = propagator.snapshot.supplierCount;
  const failedStart = new Int32Array(suppliers + 1);
  const affectedStart = new Int32Array(suppliers + 1);
  const failed: number[] = [];
  const affected: number[] = [];
  const member = new Int32Array(1);
  for (let s = 0; s < suppliers; s++) {
    member[0] = s;
    propagator.run(member);
    for (let i = 0; i < propagator.failedCount; i++) failed.push(propagator.failed[i]!);
    for (let i = 0; i < propagator.affectedCount; i++) affected.push(propagator.affected[i]!);
    failedStart[s + 1] = failed.length;
    affectedStart[s + 1] = affected.length;
  }
  return { failedStart, failed: Int32Array.from(failed), affectedStart, affected: Int32Array.from(affected) };
}
