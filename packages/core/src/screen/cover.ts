/**
 * Cover: the smallest set of suppliers whose joint failure affects at least a given share of the
 * organisations (or of the population served). Finding it is NP-hard in general (it contains set
 * cover), so:
 *
 * 1. greedy: add the supplier whose joint failure with those already chosen adds the most, until
 *    the target is reached (a supplier that adds nothing now may still complete a redundancy
 *    later; ties go to the larger reach, then the id);
 * 2. a lower bound: no k suppliers can affect more than the organisations they reach (reach.ts).
 *    That is at most the k largest reaches together, and at most the greedy maximum coverage of k
 *    reaches divided by 1 - (1 - 1/k)^k (Nemhauser, Wolsey and Fisher 1978). The bound is the
 *    smallest k whose upper limit reaches the target;
 * 3. the sizes from the bound up to below the greedy size are then tried exhaustively, smallest
 *    first, while a budget of propagations lasts: a size tried in vain raises the bound; a set
 *    that reaches the target replaces the greedy answer and is optimal.
 * The answer is then at most (size - bound) suppliers larger than the optimum (0: proven optimal).
 *
 * O(size x S x blast) for the greedy, O(S x reach) for the bound, at most `budget` propagations
 * for the search.
 *
 * Reference: G. Nemhauser, L. Wolsey, M. Fisher, "An analysis of approximations for maximizing
 * submodular set functions", Mathematical Programming 14 (1978).
 */
import type { Propagator, Snapshot } from '../kernel/index.js';
import { reachLists } from './reach.js';

export type CoverMeasure = 'organisations' | 'population';

export interface CoverOptions {
  /** Share to reach, more than 0 and at most 1. */
  share: number;
  /** Count organisations (default) or the population they serve. */
  by?: CoverMeasure;
  /** Most propagations for the exhaustive search (default 200,000). */
  budget?: number;
}

export interface CoverStep {
  supplier: number;
  /** Organisations and population affected by the chosen suppliers up to and including this one. */
  organisations: number;
  population: number;
}

export interface CoverResult {
  by: CoverMeasure;
  share: number;
  /** The target in organisations or people, and the total it is a share of. */
  target: number;
  total: number;
  /** True when the target can be reached at all (every supplier failing reaches it). */
  reachable: boolean;
  /** The suppliers, in the order chosen, with what they affect together. */
  steps: CoverStep[];
  /** No smaller set can reach the target. */
  lowerBound: number;
  /** Proven optimal (the bound met, or every smaller set tried). */
  optimal: boolean;
  /** How the answer was found. */
  method: 'greedy' | 'exhaustive';
  /** Sizes below the answer's that were tried exhaustively (none when the bound already meets it). */
  searched: number[];
  propagations: number;
}

const DEFAULTS = { by: 'organisations', budget: 200_000 } as const;

/** What the steps of the search share: the target and what each supplier can reach. */
interface Cover {
  evaluator: Evaluator;
  /** Weight of an organisation: 1, or the population it serves. */
  weight: (o: number) => number;
  target: number;
  total: number;
  /** Per supplier: the organisations it reaches, and their weight. */
  reach: number[][];
  reachWeight: number[];
  /** The suppliers that reach anything. */
  useful: number[];
}

/** How the answer was found, in the order of `CoverResult`. */
type CoverAnswer = Pick<CoverResult, 'steps' | 'lowerBound' | 'optimal' | 'method' | 'searched'>;

/** The fewest suppliers whose joint failure affects `options.share`: greedy, a bound, then a search. */
export function coverShare(propagator: Propagator, options: CoverOptions): CoverResult {
  const { snapshot } = propagator;
  const by = options.by ?? DEFAULTS.by;
  const budget = options.budget ?? DEFAULTS.budget;
  const weight = weightOf(snapshot, by);
  let total = 0;
  for (let o = snapshot.assetCount; o < snapshot.nodeCount; o++) total += weight(o);
  const target = by === 'organisations' ? Math.ceil(options.share * total - 1e-9) : options.share * total;

  const evaluator = new Evaluator(propagator, weight);
  const reach = reachLists(snapshot);
  const reachWeight = reach.map((list) => list.reduce((sum, o) => sum + weight(o), 0));
  const useful = [...Array(snapshot.supplierCount).keys()].filter((s) => reachWeight[s]! > 0);
  const cover: Cover = { evaluator, weight, target, total, reach, reachWeight, useful };

  const all = evaluator.evaluate(Int32Array.from(useful), useful.length);
  const reachable = target > 0 && all.value >= target;
  const lowerBound = target > 0 ? reachLowerBound(cover, snapshot.nodeCount) : 0;
  const answer: CoverAnswer = reachable
    ? findCover(cover, lowerBound, budget)
    : { steps: [], lowerBound, optimal: false, method: 'greedy', searched: [] };
  return {
    by,
    share: options.share,
    target,
    total,
    reachable,
    ...answer,
    propagations: evaluator.propagations,
  };
}

/** The weight of an organisation: 1, or the population it serves (0 when unknown). */
function weightOf(snapshot: Snapshot, by: CoverMeasure): (o: number) => number {
  return (o) => {
    if (by === 'organisations') return 1;
    const p = snapshot.population[o - snapshot.assetCount]!;
    return Number.isNaN(p) ? 0 : p;
  };
}

/** Runs the propagation of a set of suppliers and measures what it affects; counts the runs. */
class Evaluator {
  propagations = 0;
  private readonly members: Int32Array;

  constructor(
    private readonly propagator: Propagator,
    private readonly weight: (o: number) => number,
  ) {
    this.members = new Int32Array(propagator.snapshot.supplierCount);
  }

  /** The first `size` suppliers of `set` failing together. */
  evaluate(set: ArrayLike<number>, size: number): { value: number; organisations: number; population: number } {
    const { propagator, members } = this;
    const { snapshot } = propagator;
    for (let i = 0; i < size; i++) members[i] = set[i]!;
    propagator.run(members.subarray(0, size));
    this.propagations++;
    let value = 0;
    let population = 0;
    for (let i = 0; i < propagator.affectedCount; i++) {
      const o = propagator.affected[i]!;
      value += this.weight(o);
      const p = snapshot.population[o - snapshot.assetCount]!;
      if (!Number.isNaN(p)) population += p;
    }
    return { value, organisations: propagator.affectedCount, population };
  }

  /** The steps of a set of suppliers: what each prefix of it affects. */
  steps(set: readonly number[]): CoverStep[] {
    const steps: CoverStep[] = [];
    const prefix: number[] = [];
    for (const s of set) {
      prefix.push(s);
      const outcome = this.evaluate(prefix, prefix.length);
      steps.push({ supplier: s, organisations: outcome.organisations, population: outcome.population });
    }
    return steps;
  }
}

/**
 * The smallest k whose upper limit on what k suppliers affect reaches the target: the k largest
 * reaches together, and the greedy maximum coverage of k reaches over 1 - (1 - 1/k)^k.
 */
function reachLowerBound(cover: Cover, nodeCount: number): number {
  const { weight, reach, useful, target, total } = cover;
  const sortedReach = useful.map((s) => cover.reachWeight[s]!).sort((a, b) => b - a);
  const covered = new Uint8Array(nodeCount);
  const taken = new Uint8Array(reach.length);
  let greedyCoverage = 0;
  let sumTop = 0;
  for (let k = 1; k <= useful.length; k++) {
    sumTop += sortedReach[k - 1]!;
    let best = -1;
    let bestGain = -1;
    for (const s of useful) {
      if (taken[s]) continue;
      let gain = 0;
      for (const o of reach[s]!) if (!covered[o]) gain += weight(o);
      if (gain > bestGain) {
        bestGain = gain;
        best = s;
      }
    }
    taken[best] = 1;
    for (const o of reach[best]!) {
      if (!covered[o]) greedyCoverage += weight(o);
      covered[o] = 1;
    }
    const factor = 1 - Math.pow(1 - 1 / k, k);
    const upper = Math.min(sumTop, greedyCoverage / factor, total);
    if (upper + 1e-9 >= target) return k;
  }
  return 0;
}

/** The greedy cover, then smaller sizes tried exhaustively while the budget lasts. */
function findCover(cover: Cover, lowerBound: number, budget: number): CoverAnswer {
  const steps = greedyCover(cover);
  const searched: number[] = [];
  let bound = lowerBound;
  let remaining = budget;
  // Sizes from the bound up to below the greedy size, smallest first: a size searched in vain
  // raises the bound by one.
  for (let size = Math.max(1, bound); size < steps.length; size++) {
    const combinations = choose(cover.useful.length, size);
    if (combinations > remaining) break;
    remaining -= combinations;
    const found = searchSize(cover.useful, size, (set) => reachesTarget(cover, set));
    searched.push(size);
    if (found) {
      return { steps: cover.evaluator.steps(found), lowerBound: size, optimal: true, method: 'exhaustive', searched };
    }
    bound = size + 1;
  }
  return { steps, lowerBound: bound, optimal: bound >= steps.length, method: 'greedy', searched };
}

/**
 * Adds the supplier whose joint failure with those already chosen adds the most (ties to the
 * larger reach, then the earlier supplier), until the target is reached.
 */
function greedyCover(cover: Cover): CoverStep[] {
  const { evaluator, useful, reachWeight, target } = cover;
  const chosen: number[] = [];
  const inSet = new Uint8Array(reachWeight.length);
  const steps: CoverStep[] = [];
  let current = 0;
  while (current < target) {
    let best = -1;
    let bestValue = -1;
    let bestOutcome = { organisations: 0, population: 0 };
    for (const s of useful) {
      if (inSet[s]) continue;
      chosen.push(s);
      const outcome = evaluator.evaluate(chosen, chosen.length);
      chosen.pop();
      if (outcome.value > bestValue || (outcome.value === bestValue && reachWeight[s]! > reachWeight[best]!)) {
        best = s;
        bestValue = outcome.value;
        bestOutcome = outcome;
      }
    }
    chosen.push(best);
    inSet[best] = 1;
    current = bestValue;
    steps.push({ supplier: best, organisations: bestOutcome.organisations, population: bestOutcome.population });
  }
  return steps;
}

/** Whether a set reaches the target: first by the sum of its reaches, then by propagation. */
function reachesTarget(cover: Cover, set: number[]): boolean {
  let sum = 0;
  for (const s of set) sum += cover.reachWeight[s]!;
  if (sum + 1e-9 < cover.target) return false;
  return cover.evaluator.evaluate(set, set.length).value >= cover.target;
}

/** n choose k, as a float (only compared with a budget). */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/** The first k-subset of `items` (lexicographic) that `accept` takes, or undefined. */
function searchSize(items: number[], k: number, accept: (set: number[]) => boolean): number[] | undefined {
  const index = Array.from({ length: k }, (_, i) => i);
  const n = items.length;
  if (k > n) return undefined;
  for (;;) {
    const set = index.map((i) => items[i]!);
    if (accept(set)) return set;
    let i = k - 1;
    while (i >= 0 && index[i] === n - k + i) i--;
    if (i < 0) return undefined;
    index[i]!++;
    for (let j = i + 1; j < k; j++) index[j] = index[j - 1]! + 1;
  }
}
