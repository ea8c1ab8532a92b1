/**
 * The engine: one snapshot of a graph, and the questions asked of it.
 *
 *   const engine = createEngine(graph);
 *   engine.blast({ suppliers: ['hosting-nord'] });   // blast radius
 *   engine.rank();                                   // every supplier alone, ranked
 *   engine.why('kommun-a', { suppliers: ['x'] });    // one shortest chain of failures
 *   engine.simulate({ samples: 10_000, probability: 0.05, seed: 1 }); // Monte Carlo
 *   engine.pairs({ top: 10 });                       // N-2 screen
 *   engine.cover({ share: 0.5 });                    // fewest suppliers that take down half
 *   engine.advise({ top: 5 });                       // changes that cut the systemic risk most
 *   engine.blastBounds({ suppliers: ['x'] });        // lower and upper bound, with possible edges
 *   engine.rankBounds();                             // the ranking with both bounds
 *   engine.pairsBounds({ top: 10 });                 // N-2 screen in both bounds
 *   engine.coverBounds({ share: 0.5 });              // the cover in both bounds
 *   engine.gaps();                                   // whom to ask first about subcontracting
 *
 * A graph with possible edges (certainty `possible`, issue 13) has two answers: the lower bound
 * leaves them out, the upper bound takes them as required. `blastBounds` and `rankBounds` give
 * both; every other question answers for the upper bound (possible edges as required), as before
 * possible edges existed. The lower bound's snapshot is built when first asked for.
 * `pairsBounds` and `coverBounds` give both too (screen/screen-bounds.ts); `advise` answers for the upper
 * bound with the lower bound's scores beside, and `simulate` draws each possible edge with its
 * probability instead (simulation/monte-carlo.ts).
 *
 * Creating the engine is O(V + E); each question costs what its blast costs (see propagate.ts).
 * `createSnapshotEngine` answers the same questions from a snapshot and node table built without
 * graphology (the bulk CSV loader, for graphs too large for it).
 */
import { mitigationAdvice, type AdviseOptions, type MitigationAdvice } from '../advise/index.js';
import {
  computeBlastBounds,
  computeBlastRadius,
  computeExplanation,
  computeRanking,
  computeRankingBounds,
  type BlastBounds,
  type BlastRadius,
  type BoundedRankEntry,
  type Explanation,
  type RankEntry,
} from '../blast/index.js';
import { computeKnowledgeGaps, type KnowledgeGapOptions, type KnowledgeGaps } from '../gaps/index.js';
import {
  createContext,
  createSnapshotContext,
  edgeProbabilities,
  lowerBoundSnapshot,
  type EngineContext,
  type NodeTable,
  type RunSummary,
  type Snapshot,
} from '../kernel/index.js';
import type { KedjaGraph } from '../model/index.js';
import { expandScenario, expandScenarioIn, type Scenario, type ScenarioSpec } from '../scenario/index.js';
import {
  coverShare,
  coverShareBounds,
  screenPairs,
  screenPairsBounds,
  type BoundedPairScreen,
  type CoverOptions,
  type CoverResult,
  type PairScreen,
  type PairScreenOptions,
} from '../screen/index.js';
import {
  simulateFailures,
  supplierProbabilities,
  type SimulationOptions,
  type SimulationResult,
} from '../simulation/index.js';

/** The questions an engine answers from its snapshot and node table. */
export interface SnapshotEngine {
  readonly snapshot: Snapshot;
  /** Names and attributes of the nodes, indexed like the snapshot. */
  readonly table: NodeTable;
  /** Expands a scenario spec against this graph (ids checked, selectors applied). */
  scenario(spec: ScenarioSpec): Scenario;
  blast(scenario: Scenario | ScenarioSpec): BlastRadius;
  /** Only the counts of a blast radius (no lists): the cheapest question. */
  summary(scenario: Scenario | ScenarioSpec): RunSummary;
  rank(): RankEntry[];
  why(organisation: string, scenario: Scenario | ScenarioSpec): Explanation;
  /** Monte Carlo of independent supplier failures (see simulation/monte-carlo.ts). */
  simulate(options?: SimulationOptions): SimulationResult;
  /** N-2 screen: pairs of suppliers that take down organisations neither does alone (screen/pair-screen.ts). */
  pairs(options?: PairScreenOptions): PairScreen;
  /** The fewest suppliers whose joint failure affects a share of organisations or population (screen/cover.ts). */
  cover(options: CoverOptions): CoverResult;
  /** The number of possible edges (certainty `possible`); 0 when every edge is confirmed. */
  readonly possibleEdges: number;
  /** The blast radius in both bounds: lists of the upper bound marked confirmed or possible, totals of each. */
  blastBounds(scenario: Scenario | ScenarioSpec): BlastBounds;
  /** The blast radius of the lower bound alone (possible edges left out); `blast` is the upper bound. */
  blastLower(scenario: Scenario | ScenarioSpec): BlastRadius;
  /** Why, in the lower bound alone: a chain of confirmed dependencies only; `why` answers for the upper bound. */
  whyLower(organisation: string, scenario: Scenario | ScenarioSpec): Explanation;
  /** The systemic ranking in both bounds: each row's counts for the lower bound, and `upper`. */
  rankBounds(): BoundedRankEntry[];
  /** The N-2 screen in both bounds: pairs found in either, each with its lower bound's fields and `upper` (screen/screen-bounds.ts). */
  pairsBounds(options?: PairScreenOptions): BoundedPairScreen;
  /** The cover in both bounds: the lower bound's result and `upper`, the upper bound's. */
  coverBounds(options: CoverOptions): CoverResult & { upper: CoverResult };
  /** Which supplier's disclosure would narrow the bounds most, and whose subcontracting is unknown (gaps/). */
  gaps(options?: KnowledgeGapOptions): KnowledgeGaps;
}

/** An engine over a graphology graph: the questions of a snapshot engine, and mitigation advice. */
export interface Engine extends SnapshotEngine {
  readonly graph: KedjaGraph;
  /** Mitigation advice: greedy best changes against the systemic risk score (advise/advise.ts). */
  advise(options?: AdviseOptions): MitigationAdvice;
}

const isScenario = (value: Scenario | ScenarioSpec): value is Scenario =>
  Array.isArray((value as Scenario).members) && typeof (value as Scenario).description === 'string';

function answer(context: EngineContext, expand: (spec: ScenarioSpec) => Scenario): SnapshotEngine {
  const resolve = (value: Scenario | ScenarioSpec) => (isScenario(value) ? value : expand(value));
  let lowerContext: EngineContext | undefined;
  // The lower bound shares the node table and ids; only its edges differ.
  const lower = () =>
    (lowerContext ??=
      context.snapshot.possibleCount === 0
        ? context
        : createSnapshotContext(lowerBoundSnapshot(context.snapshot), context.table, context.graph));
  return {
    snapshot: context.snapshot,
    table: context.table,
    scenario: expand,
    blast: (scenario) => computeBlastRadius(context, resolve(scenario)),
    summary: (scenario) => context.propagator.count(context.indicesOf(resolve(scenario).members)),
    rank: () => computeRanking(context),
    why: (organisation, scenario) => computeExplanation(context, organisation, resolve(scenario)),
    simulate: (options = {}) =>
      simulateFailures(
        context.snapshot,
        supplierProbabilities(context.table, context.snapshot, options.probability),
        options,
        context.propagator,
        context.graph && context.snapshot.possibleCount > 0
          ? edgeProbabilities(context.graph, context.snapshot)
          : undefined,
      ),
    pairs: (options) => screenPairs(context.propagator, options),
    cover: (options) => coverShare(context.propagator, options),
    possibleEdges: context.snapshot.possibleCount,
    blastBounds: (scenario) => computeBlastBounds(lower(), context, resolve(scenario)),
    blastLower: (scenario) => computeBlastRadius(lower(), resolve(scenario)),
    whyLower: (organisation, scenario) => computeExplanation(lower(), organisation, resolve(scenario)),
    rankBounds: () => computeRankingBounds(lower(), context),
    pairsBounds: (options) => screenPairsBounds(lower().propagator, context.propagator, options),
    coverBounds: (options) => coverShareBounds(lower().propagator, context.propagator, options),
    gaps: (options) => computeKnowledgeGaps(context.snapshot, context.table, options),
  };
}

/**
 * The engine of a graph: its typed-array snapshot, built once in O(V + E), and every question asked
 * of it (blast, rank, why, simulate, pairs, cover, advise). The engine answers for the graph as it
 * was when it was created.
 *
 * @example createEngine(graph).blast({ suppliers: ['sup-hosting'] }).totals.organisations
 */
export function createEngine(graph: KedjaGraph): Engine {
  // Scenarios are expanded against the graph as it is now, so that a node added since the engine
  // was built is reported as such (see EngineContext.indicesOf).
  return {
    graph,
    ...answer(createContext(graph), (spec) => expandScenario(graph, spec)),
    advise: (options) => mitigationAdvice(graph, options),
  };
}

/** An engine over a snapshot and its node table, with no graphology graph behind it. */
export function createSnapshotEngine(snapshot: Snapshot, table: NodeTable): SnapshotEngine {
  return answer(createSnapshotContext(snapshot, table), (spec) => expandScenarioIn(table, spec));
}
