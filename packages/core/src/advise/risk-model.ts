/**
 * The systemic risk score and the model it is computed on, for mitigation advice.
 *
 * Score: the sum, over every supplier failing alone, of the organisations that then lose a
 * critical function (`by: 'critical'`), or of the population those organisations serve
 * (`by: 'population'`, unknown population counts as 0). A critical function with a fallback
 * routine (uses.fallback) does not count as lost: the organisation carries it on by hand. So the
 * score counts the single points of failure of critical work, weighted by organisation or by
 * residents; a change that removes one lowers it.
 *
 * The model is the graph's edge arrays with some edges removed (a service given an independent
 * alternative no longer fails with its suppliers; a supplier moved off a subcontractor no longer
 * needs it) and some critical edges covered by a fallback routine. Building it is O(V + E);
 * scoring it is one propagation per supplier, O(sum of the blasts).
 */
import { buildSnapshot, Propagator, type Snapshot, type SnapshotInput } from '../kernel/index.js';

export type RiskMeasure = 'critical' | 'population';

/** The current model: which edges are removed, which are covered by a fallback routine. */
export interface ModelChanges {
  removed: Uint8Array;
  covered: Uint8Array;
}

/** The snapshot of the model: the input without removed edges, covered edges not critical. */
export function modelSnapshot(input: SnapshotInput, changes: ModelChanges): Snapshot {
  const keep: number[] = [];
  for (let e = 0; e < input.edgeSource.length; e++) if (changes.removed[e] !== 1) keep.push(e);
  const pick = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T) => {
    const out = make(keep.length);
    keep.forEach((e, i) => (out[i] = array[e]!));
    return out;
  };
  const critical = Uint8Array.from(keep, (e) => (changes.covered[e] === 1 ? 0 : input.edgeCritical[e]!));
  return buildSnapshot({
    ...input,
    edgeSource: pick(input.edgeSource, (n) => new Int32Array(n)),
    edgeTarget: pick(input.edgeTarget, (n) => new Int32Array(n)),
    edgeKind: pick(input.edgeKind, (n) => new Uint8Array(n)),
    edgeGroup: pick(input.edgeGroup, (n) => new Int32Array(n)),
    edgeCritical: critical,
    ...(input.edgePossible !== undefined ? { edgePossible: pick(input.edgePossible, (n) => new Uint8Array(n)) } : {}),
  });
}

/** Every supplier failing alone on a model: damage, the critically hit organisations, what fails. */
export interface SingleFailures {
  snapshot: Snapshot;
  propagator: Propagator;
  /** Damage of each supplier failing alone, and their sum: the score. */
  damage: Float64Array;
  score: number;
  /** Organisations that lose a critical function when supplier s fails alone. */
  critical: number[][];
  /** Suppliers and services that fail when supplier s fails alone (itself first). */
  failed: number[][];
  /** For each supplier and service, the suppliers whose failure alone takes it down. */
  hitBy: number[][];
  /**
   * A propagator over the same snapshot whose unit capacities can be patched: a unit given
   * `DISABLED` capacity never runs out, as if the dependency it stands for were always met.
   * Trying a change this way costs its blasts, not a rebuild of the snapshot.
   */
  patchable: { propagator: Propagator; capacity: Int32Array };
}

/** A capacity no unit reaches: the unit never fails. */
export const DISABLED = 0x3fffffff;

export function weightOf(snapshot: Snapshot, by: RiskMeasure): (organisation: number) => number {
  if (by === 'critical') return () => 1;
  return (o) => {
    const p = snapshot.population[o - snapshot.assetCount]!;
    return Number.isNaN(p) ? 0 : p;
  };
}

/** Runs one supplier alone; returns its damage and critically hit organisations. */
export function runAlone(
  propagator: Propagator,
  supplier: number,
  weight: (o: number) => number,
): { damage: number; critical: number[] } {
  propagator.run([supplier]);
  const critical: number[] = [];
  let damage = 0;
  for (let i = 0; i < propagator.affectedCount; i++) {
    const o = propagator.affected[i]!;
    if (!propagator.isCritical(o)) continue;
    critical.push(o);
    damage += weight(o);
  }
  return { damage, critical };
}

export function singleFailures(snapshot: Snapshot, by: RiskMeasure): SingleFailures {
  const propagator = new Propagator(snapshot);
  const weight = weightOf(snapshot, by);
  const S = snapshot.supplierCount;
  const damage = new Float64Array(S);
  const critical: number[][] = [];
  const failed: number[][] = [];
  const hitBy: number[][] = Array.from({ length: snapshot.assetCount }, () => []);
  let score = 0;
  for (let s = 0; s < S; s++) {
    const alone = runAlone(propagator, s, weight);
    damage[s] = alone.damage;
    score += alone.damage;
    critical.push(alone.critical);
    const down = Array.from(propagator.failed.subarray(0, propagator.failedCount));
    failed.push(down);
    for (const v of down) hitBy[v]!.push(s);
  }
  const capacity = snapshot.unitCapacity.slice();
  const patchable = {
    propagator: new Propagator({ ...snapshot, unitCapacity: capacity }, { countEveryUnit: true }),
    capacity,
  };
  return { snapshot, propagator, damage, score, critical, failed, hitBy, patchable };
}
