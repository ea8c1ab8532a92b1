/**
 * Monte Carlo simulation of independent supplier failures: in each of N draws every supplier fails
 * with its probability (its `failureProbability`, else the default given), and the blast of the
 * draw is counted. The answer: the distribution of affected organisations, organisations losing a
 * critical function and population served (mean, median, p95, p99, max), the worst draw and its
 * failed suppliers, and each supplier's share of the expected damage.
 *
 * A supplier's share is what would be saved if it never failed, on the same draws: the mean over
 * all draws of (damage of the draw) - (damage of the draw with that supplier kept up), divided by
 * the mean damage. Shares need not add up to 100 %: two suppliers that must both fail (a declared
 * redundancy) each save nothing alone, and two that each take the same organisations down each
 * save all of them.
 *
 * Draws run 32 at a time through a batch kernel (kernel/batch-kernel.ts). Both kernels give the
 * same numbers, so the choice is only about speed: per-draw propagation costs what each blast
 * touches; bit-parallel costs one pass over the graph per 32 draws. The first batches run per draw
 * and measure the work; from then on each batch takes the kernel with the smaller estimate
 * (kernel-choice.ts; docs/engine.md: bit-parallel wins when draws hit about a tenth of the graph
 * or more).
 *
 * Possible edges (issue 13) are drawn too: in each draw every possible edge is present with its
 * `probability` (0.5 when it has none), independently, and confirmed edges always are. The draws
 * run on the switched snapshot (kernel/possible-switches.ts), where each possible edge has a
 * switch supplier that "fails" when the edge is present, so the same kernels honour each draw's
 * edges; the switches' numbers are drawn after the suppliers' in each draw. A graph without
 * possible edges is simulated exactly as before (same draws, same cost, same result).
 *
 * O(N x (suppliers + possible edges)) for the draws, plus the kernels' work, times (1 + failing
 * suppliers per draw) with attribution on.
 */
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import {
  createBatchResult,
  DEFAULT_EDGE_PROBABILITY,
  FailureDraws,
  LANES,
  popcount,
  Propagator,
  summarise,
  switchedSnapshot,
  type BatchKernel,
  type BatchResult,
  type KernelName,
  type Snapshot,
  type NodeTable,
  type Distribution,
} from '../kernel/index.js';
import { KernelChoice } from './kernel-choice.js';

export { KERNEL_COST } from './kernel-choice.js';

export interface SimulationOptions {
  /** Number of draws (default 10,000). */
  samples?: number;
  /** Failure probability of suppliers that have no `failureProbability` of their own. */
  probability?: number;
  /** Seed of the random numbers, a whole number from 0 to 2^32 - 1 (default 1). */
  seed?: number;
  /** Force a kernel; `auto` (default) chooses by the measured work. */
  kernel?: 'auto' | KernelName;
  /** Compute each supplier's share of the expected damage (default true). */
  attribution?: boolean;
  /** Called after every batch of draws. */
  onProgress?: (done: number, total: number) => void;
}

const DEFAULTS = { samples: 10_000, seed: 1, kernel: 'auto', attribution: true } as const;

/** Damage counted per draw. */
export interface Damage {
  organisations: number;
  criticalOrganisations: number;
  population: number;
}

export interface SupplierShare {
  supplier: string;
  probability: number;
  /** Draws in which it failed. */
  failures: number;
  /** Expected damage per draw saved if it never failed. */
  avoided: Damage;
  /** avoided.organisations / mean organisations affected (0 when nothing is ever affected). */
  share: number;
}

export interface SimulationResult {
  samples: number;
  seed: number;
  /** The default probability used (null when every supplier has its own), and how many have their own. */
  probability: { default: number | null; fromData: number; suppliers: number };
  /** Mean number of suppliers failing per draw. */
  meanFailingSuppliers: number;
  organisations: Distribution;
  criticalOrganisations: Distribution;
  population: Distribution;
  /** The draw with the most organisations affected (then most critical, most population, first), numbered from 1. */
  worst: Damage & { draw: number; suppliers: string[] };
  /** Suppliers by share of the expected damage, largest first (then id); empty without attribution. */
  suppliers: SupplierShare[];
  /** Batches of 32 draws run by each kernel (attribution runs included). */
  batches: Record<KernelName, number>;
  /** Only when the graph has possible edges: how they were drawn. */
  possibleEdges?: PossibleEdgeDraws;
}

/** How the possible edges were drawn: each present in a draw with its probability, else `default`. */
export interface PossibleEdgeDraws {
  /** Possible edges drawn in every draw. */
  count: number;
  /** Those with a probability of their own. */
  fromData: number;
  /** The probability of the others (0.5). */
  default: number;
  /** Mean number of possible edges present per draw. */
  meanPresent: number;
}

/** Failure probabilities of the suppliers, in snapshot order, and how many come from the data. */
export interface SupplierProbabilities {
  probabilities: Float64Array;
  /** Suppliers with a `failureProbability` of their own. */
  fromData: number;
  /** The probability of the others (undefined when every supplier has its own). */
  fallback?: number;
}

/** The failure probability of every supplier, snapshot order; throws when one has none. */
export function supplierProbabilities(table: NodeTable, snapshot: Snapshot, fallback?: number): SupplierProbabilities {
  if (fallback !== undefined && !(fallback >= 0 && fallback <= 1)) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `a failure probability is a number from 0 to 1, not ${fallback}`);
  }
  const probabilities = new Float64Array(snapshot.supplierCount);
  let fromData = 0;
  for (let s = 0; s < snapshot.supplierCount; s++) {
    const id = snapshot.ids[s]!;
    const own = table.failureProbability(s);
    if (own !== undefined) fromData++;
    const p = own ?? fallback;
    if (p === undefined) {
      throw new KedjaError(
        CORE_ERROR_CODES.badOption,
        `supplier ${id} has no failure_probability; give a probability for every supplier without one (--p 0.05)`,
      );
    }
    probabilities[s] = p;
  }
  return fallback === undefined ? { probabilities, fromData } : { probabilities, fromData, fallback };
}

/**
 * Runs the simulation on a snapshot with the given supplier probabilities (`options.probability`
 * is not read here: see `supplierProbabilities`). `propagator` lets an engine share its scratch state.
 * With possible edges, `edgeProbabilities` gives each forward edge's probability (NaN: none, 0.5
 * is used; see kernel/possible-switches.ts `edgeProbabilities`); without it every one is drawn at 0.5.
 */
export function simulateFailures(
  snapshot: Snapshot,
  suppliersAt: SupplierProbabilities,
  options: Omit<SimulationOptions, 'probability'> = {},
  propagator: Propagator = new Propagator(snapshot),
  edgeProbabilities?: Float64Array,
): SimulationResult {
  const { samples, seed, kernel, attribution } = resolveOptions(options);
  const { probabilities, fromData } = suppliersAt;
  const switched = snapshot.possibleCount > 0 ? switchedSnapshot(snapshot, edgeProbabilities) : undefined;
  const drawn = switched?.snapshot ?? snapshot;
  const kernels = new KernelChoice(drawn, switched ? new Propagator(drawn) : propagator, kernel);
  const draws = new FailureDraws(
    switched ? Float64Array.from([...probabilities, ...switched.probabilities]) : probabilities,
    seed,
  );
  const tally = createTally(samples, snapshot.supplierCount, drawn.supplierCount);

  const totalBatches = Math.ceil(samples / LANES);
  for (let batch = 0; batch < totalBatches; batch++) {
    const first = batch * LANES;
    const lanes = Math.min(LANES, samples - first);
    draws.next(tally.masks, lanes);
    runBatch(snapshot, kernels, tally, batch, first, lanes, attribution);
    options.onProgress?.(first + lanes, samples);
  }

  const summary = {
    organisations: summarise(tally.organisations),
    criticalOrganisations: summarise(tally.critical),
    population: summarise(tally.population),
  };
  return {
    samples,
    seed,
    probability: { default: suppliersAt.fallback ?? null, fromData, suppliers: snapshot.supplierCount },
    meanFailingSuppliers: tally.failing / samples,
    ...summary,
    worst: tally.worst,
    suppliers: attribution ? supplierShares(snapshot, probabilities, tally, samples, summary.organisations.mean) : [],
    batches: kernels.batches,
    ...(switched
      ? {
          possibleEdges: {
            count: switched.probabilities.length,
            fromData: switched.probabilities.length - switched.withoutProbability,
            default: DEFAULT_EDGE_PROBABILITY,
            meanPresent: tally.present / samples,
          },
        }
      : {}),
  };
}

/** The options with their defaults, checked. */
function resolveOptions(options: Omit<SimulationOptions, 'probability'>) {
  const samples = options.samples ?? DEFAULTS.samples;
  const seed = options.seed ?? DEFAULTS.seed;
  if (!Number.isSafeInteger(samples) || samples < 1) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `samples must be a whole number of 1 or more, not ${samples}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `a seed is a whole number from 0 to 4294967295, not ${seed}`);
  }
  return {
    samples,
    seed,
    kernel: options.kernel ?? DEFAULTS.kernel,
    attribution: options.attribution ?? DEFAULTS.attribution,
  };
}

/** What the draws add up to, and the scratch space of a batch. */
interface Tally {
  /**
   * The current batch: bit j of masks[s] is set when supplier s fails in lane j; after the
   * suppliers, one word per possible edge (its switch), bit j set when it is present in lane j.
   */
  masks: Int32Array;
  /** Real suppliers: the first words of `masks`. */
  suppliers: number;
  out: BatchResult;
  without: BatchResult;
  /** Per draw: damage. */
  organisations: Float64Array;
  critical: Float64Array;
  population: Float64Array;
  /** Per supplier: draws in which it failed, and damage saved, summed over those draws, had it not. */
  failures: Float64Array;
  avoided: { organisations: Float64Array; critical: Float64Array; population: Float64Array };
  /** Suppliers failing, summed over all draws. */
  failing: number;
  /** Possible edges present, summed over all draws. */
  present: number;
  worst: SimulationResult['worst'];
}

function createTally(samples: number, suppliers: number, drawn: number): Tally {
  return {
    masks: new Int32Array(drawn),
    suppliers,
    out: createBatchResult(),
    without: createBatchResult(),
    organisations: new Float64Array(samples),
    critical: new Float64Array(samples),
    population: new Float64Array(samples),
    failures: new Float64Array(suppliers),
    avoided: {
      organisations: new Float64Array(suppliers),
      critical: new Float64Array(suppliers),
      population: new Float64Array(suppliers),
    },
    failing: 0,
    present: 0,
    worst: { draw: -1, organisations: -1, criticalOrganisations: -1, population: -1, suppliers: [] },
  };
}

/**
 * One batch of drawn failures (in `tally.masks`): counted, propagated, recorded, and with
 * attribution each failing supplier kept up in turn.
 */
function runBatch(
  snapshot: Snapshot,
  kernels: KernelChoice,
  tally: Tally,
  batch: number,
  first: number,
  lanes: number,
  attribution: boolean,
): void {
  const { masks, out } = tally;
  const laneMask = lanes === LANES ? -1 : (1 << lanes) - 1;
  const { active, failed } = countFailures(masks, tally.suppliers, tally.failures);
  tally.failing += failed;
  for (let s = tally.suppliers; s < masks.length; s++) tally.present += popcount(masks[s]!);

  const kernel = kernels.pick(lanes, 1, batch);
  kernel.load(masks);
  kernel.run(out, laneMask, -1);
  kernels.ran(kernel, 1);
  recordDraws(snapshot, tally, first, lanes);

  if (attribution && active > 0) {
    const loo = kernels.pick(failed, active, batch);
    if (loo !== kernel) loo.load(masks);
    kernels.ran(loo, active);
    leaveOneOut(loo, tally);
  }
}

/** Adds each supplier's failures in the batch to `failures`; returns how many suppliers and failures it has. */
function countFailures(
  masks: Int32Array,
  suppliers: number,
  failures: Float64Array,
): { active: number; failed: number } {
  let active = 0;
  let failed = 0;
  for (let s = 0; s < suppliers; s++) {
    const count = popcount(masks[s]!);
    if (count === 0) continue;
    active++;
    failed += count;
    failures[s]! += count;
  }
  return { active, failed };
}

/** Keeps the damage of each draw of the batch (from `tally.out`), and the worst draw so far. */
function recordDraws(snapshot: Snapshot, tally: Tally, first: number, lanes: number): void {
  const { out } = tally;
  for (let j = 0; j < lanes; j++) {
    const d = first + j;
    tally.organisations[d] = out.organisations[j]!;
    tally.critical[d] = out.criticalOrganisations[j]!;
    tally.population[d] = out.population[j]!;
    const o = out.organisations[j]!;
    const c = out.criticalOrganisations[j]!;
    const p = out.population[j]!;
    const worst = tally.worst;
    if (
      o > worst.organisations ||
      (o === worst.organisations &&
        (c > worst.criticalOrganisations || (c === worst.criticalOrganisations && p > worst.population)))
    ) {
      const suppliers = failedSuppliers(snapshot, tally, j);
      tally.worst = { draw: d + 1, organisations: o, criticalOrganisations: c, population: p, suppliers };
    }
  }
}

/** The ids of the suppliers failing in lane `j`, sorted. */
function failedSuppliers(snapshot: Snapshot, { masks, suppliers }: Tally, j: number): string[] {
  const members: string[] = [];
  for (let s = 0; s < suppliers; s++) if (((masks[s]! >>> j) & 1) === 1) members.push(snapshot.ids[s]!);
  return members.sort();
}

/** Leave one out: each failing supplier kept up, on the lanes where it failed; adds what it saves to `tally.avoided`. */
function leaveOneOut(kernel: BatchKernel, tally: Tally): void {
  const { masks, out, without, avoided } = tally;
  for (let s = 0; s < tally.suppliers; s++) {
    const lanesOfS = masks[s]!;
    if (lanesOfS === 0) continue;
    kernel.run(without, lanesOfS, s);
    let bits = lanesOfS;
    while (bits !== 0) {
      const j = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      avoided.organisations[s]! += out.organisations[j]! - without.organisations[j]!;
      avoided.critical[s]! += out.criticalOrganisations[j]! - without.criticalOrganisations[j]!;
      avoided.population[s]! += out.population[j]! - without.population[j]!;
    }
  }
}

/** Each supplier's share of the expected damage, largest first (then population, then id). */
function supplierShares(
  snapshot: Snapshot,
  probabilities: Float64Array,
  tally: Tally,
  samples: number,
  meanOrganisations: number,
): SupplierShare[] {
  const { avoided, failures } = tally;
  const shares: SupplierShare[] = [];
  for (let s = 0; s < snapshot.supplierCount; s++) {
    const saved = {
      organisations: avoided.organisations[s]! / samples,
      criticalOrganisations: avoided.critical[s]! / samples,
      population: avoided.population[s]! / samples,
    };
    shares.push({
      supplier: snapshot.ids[s]!,
      probability: probabilities[s]!,
      failures: failures[s]!,
      avoided: saved,
      share: meanOrganisations > 0 ? saved.organisations / meanOrganisations : 0,
    });
  }
  return shares.sort(
    (a, b) =>
      b.avoided.organisations - a.avoided.organisations ||
      b.avoided.population - a.avoided.population ||
      (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0),
  );
}
