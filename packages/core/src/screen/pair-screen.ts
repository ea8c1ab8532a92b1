/**
 * The N-2 screen: pairs of suppliers whose joint failure affects organisations that neither
 * affects alone. Such a pair defeats a declared redundancy (an alternatives group, of a service, a
 * supplier or an organisation, whose members each survive one of the two failures): a false
 * redundancy when the two share an owner or a country, since one cause can then take both.
 *
 * Exact, without trying every pair. An organisation that only the pair takes down needs a first
 * failure (in propagation order) beyond what each does alone, and that failure exhausts a unit of
 * two or more members each of which fails with one of the two, with neither failing all of them
 * alone. So only the pairs that together cover such a unit are candidates, and each candidate is
 * checked by propagation. Tests compare the screen with trying every pair.
 *
 * O(sum of solo blasts + candidate pairs x pair blast). All pairs: S (S - 1) / 2 propagations.
 */
import { dependentUnits, type Propagator } from '../kernel/index.js';
import { soloBlasts, type SoloBlasts } from './solo-blasts.js';

export interface PairEntry {
  /** The two supplier indices (a < b). */
  a: number;
  b: number;
  /** Organisations affected by the pair but by neither alone (node indices, in order of failure). */
  beyond: number[];
  /** Their population served (unknown counts as 0). */
  beyondPopulation: number;
  /** All organisations the pair affects. */
  organisations: number;
  /** Requirement units exhausted by the pair but by neither alone: the redundancies it defeats (owner, members). */
  defeated: { owner: number; members: number[] }[];
}

export interface PairScreen {
  /** The pairs with organisations beyond, most first (then population, then ids); at most `top`. */
  pairs: PairEntry[];
  /** How many pairs have any organisations beyond. */
  found: number;
  /** Pairs checked by propagation, of all S (S - 1) / 2. */
  checked: number;
  total: number;
}

export interface PairScreenOptions {
  /** How many pairs to return (default 10). */
  top?: number;
  /** Check every pair instead of the candidates only (for tests and doubters). */
  exhaustive?: boolean;
}

const DEFAULTS = { top: 10, exhaustive: false } as const;
/** Members of a unit tracked in a 31-bit mask. */
const MASK_BITS = 31;

/** Candidate pairs (a * S + b, a < b): those that together fail every member of some unit of two or more. */
function candidatePairs(propagator: Propagator, solo: SoloBlasts): Set<number> {
  const { snapshot } = propagator;
  const { supplierCount: S, unitCapacity, unitCritical, unitCount, reqStart, reqTarget, reqUnit } = snapshot;
  const { depStart, depUnit } = dependentUnits(snapshot);
  // Position of each edge within its unit, for a bit mask of the unit's members.
  const memberBit = new Int32Array(reqTarget.length);
  const unitMembersSeen = new Int32Array(unitCount);
  for (let i = 0; i < reqTarget.length; i++) memberBit[i] = unitMembersSeen[reqUnit[i]!]!++;
  // For each unit, the suppliers that fail some of its members, with the mask of members they fail.
  const hitters = new Map<number, Map<number, number>>();
  const failedBy = new Int32Array(snapshot.assetCount).fill(-1);
  for (let s = 0; s < S; s++) {
    for (let k = solo.failedStart[s]!; k < solo.failedStart[s + 1]!; k++) failedBy[solo.failed[k]!] = s;
    for (let k = solo.failedStart[s]!; k < solo.failedStart[s + 1]!; k++) {
      const v = solo.failed[k]!;
      for (let d = depStart[v]!; d < depStart[v + 1]!; d++) {
        const u = depUnit[d]!;
        if (unitCapacity[u]! < 2 || unitCritical[u] === 1) continue;
        let bySupplier = hitters.get(u);
        if (!bySupplier) hitters.set(u, (bySupplier = new Map()));
        if (bySupplier.has(s)) continue;
        // The mask of this unit's members that fail with s.
        const owner = snapshot.unitOwner[u]!;
        let mask = 0;
        for (let i = reqStart[owner]!; i < reqStart[owner + 1]!; i++) {
          if (reqUnit[i] !== u) continue;
          if (failedBy[reqTarget[i]!] === s && memberBit[i]! < MASK_BITS) mask |= 1 << memberBit[i]!;
        }
        bySupplier.set(s, mask);
      }
    }
  }
  const pairs = new Set<number>();
  for (const [u, bySupplier] of hitters) {
    const capacity = unitCapacity[u]!;
    const exact = capacity <= MASK_BITS; // larger groups (rare) keep every pair that hits them
    const full = exact ? (capacity === MASK_BITS ? 0x7fffffff : (1 << capacity) - 1) : -1;
    const entries = [...bySupplier];
    for (let x = 0; x < entries.length; x++) {
      const [a, maskA] = entries[x]!;
      if (exact && maskA === full) continue;
      for (let y = x + 1; y < entries.length; y++) {
        const [b, maskB] = entries[y]!;
        if (exact && (maskB === full || (maskA | maskB) !== full)) continue;
        pairs.add(a < b ? a * S + b : b * S + a);
      }
    }
  }
  return pairs;
}

export function screenPairs(propagator: Propagator, options: PairScreenOptions = {}): PairScreen {
  const top = options.top ?? DEFAULTS.top;
  const exhaustive = options.exhaustive ?? DEFAULTS.exhaustive;
  const { snapshot } = propagator;
  const S = snapshot.supplierCount;
  const solo = soloBlasts(propagator);
  let candidates: Iterable<number>;
  if (exhaustive) {
    const all: number[] = [];
    for (let a = 0; a < S; a++) for (let b = a + 1; b < S; b++) all.push(a * S + b);
    candidates = all;
  } else {
    candidates = [...candidatePairs(propagator, solo)].sort((x, y) => x - y);
  }

  const stamp = new Uint32Array(snapshot.nodeCount);
  let epoch = 0;
  const found: PairEntry[] = [];
  let checked = 0;
  const members = new Int32Array(2);
  const people = (o: number) => {
    const p = snapshot.population[o - snapshot.assetCount]!;
    return Number.isNaN(p) ? 0 : p;
  };
  for (const key of candidates) {
    const a = Math.floor(key / S);
    const b = key % S;
    checked++;
    epoch++;
    for (const s of [a, b]) {
      for (let k = solo.affectedStart[s]!; k < solo.affectedStart[s + 1]!; k++) stamp[solo.affected[k]!] = epoch;
    }
    members[0] = a;
    members[1] = b;
    propagator.run(members);
    const beyond: number[] = [];
    let beyondPopulation = 0;
    for (let i = 0; i < propagator.affectedCount; i++) {
      const o = propagator.affected[i]!;
      if (stamp[o] === epoch) continue;
      beyond.push(o);
      beyondPopulation += people(o);
    }
    if (beyond.length === 0) continue;
    found.push({
      a,
      b,
      beyond,
      beyondPopulation,
      organisations: propagator.affectedCount,
      defeated: defeatedUnits(propagator, solo, a, b),
    });
  }
  found.sort(
    (x, y) => y.beyond.length - x.beyond.length || y.beyondPopulation - x.beyondPopulation || x.a - y.a || x.b - y.b,
  );
  return { pairs: found.slice(0, top), found: found.length, checked, total: (S * (S - 1)) / 2 };
}

/**
 * After running the pair: its units of two or more members (not critical-only) that are exhausted
 * but were not by either supplier alone. O(pair blast + solo blasts).
 */
function defeatedUnits(
  propagator: Propagator,
  solo: SoloBlasts,
  a: number,
  b: number,
): { owner: number; members: number[] }[] {
  const { snapshot } = propagator;
  const { unitCapacity, unitCritical, unitOwner, reqStart, reqTarget, reqUnit } = snapshot;
  const { depStart, depUnit } = dependentUnits(snapshot);
  const failedWith = (s: number) => {
    const set = new Set<number>();
    for (let k = solo.failedStart[s]!; k < solo.failedStart[s + 1]!; k++) set.add(solo.failed[k]!);
    return set;
  };
  const byA = failedWith(a);
  const byB = failedWith(b);
  const seen = new Set<number>();
  const defeated: { owner: number; members: number[] }[] = [];
  for (let i = 0; i < propagator.failedCount; i++) {
    const v = propagator.failed[i]!;
    for (let d = depStart[v]!; d < depStart[v + 1]!; d++) {
      const u = depUnit[d]!;
      if (seen.has(u) || unitCapacity[u]! < 2 || unitCritical[u] === 1) continue;
      seen.add(u);
      const owner = unitOwner[u]!;
      const members: number[] = [];
      for (let k = reqStart[owner]!; k < reqStart[owner + 1]!; k++) if (reqUnit[k] === u) members.push(reqTarget[k]!);
      if (!members.every((m) => propagator.isDown(m))) continue;
      if (members.every((m) => byA.has(m)) || members.every((m) => byB.has(m))) continue;
      defeated.push({ owner, members });
    }
  }
  return defeated;
}
