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
 *
 * Creating the engine is O(V + E); each question costs what its blast costs (see propagate.ts).
 * The functions `blastRadius`, `systemicRanking` and `explainFailure` do the same in one call,
 * building a fresh snapshot each time.
 */
import type { AdviseOptions } from '../advise/advise.js';
import { mitigationAdvice, type MitigationAdvice } from '../advise/mitigation-advice.js';
import type { KedjaGraph } from '../model/types.js';
import { coverShare, type CoverOptions, type CoverResult } from '../screen/cover.js';
import { screenPairs, type PairScreen, type PairScreenOptions } from '../screen/pair-screen.js';
import {
  simulateFailures,
  supplierProbabilities,
  type SimulationOptions,
  type SimulationResult,
} from '../simulation/monte-carlo.js';
import { computeBlastRadius, type BlastRadius } from './blast-radius.js';
import { createContext, type EngineContext } from './context.js';
import { computeExplanation, type Explanation } from './explain-failure.js';
import { computeRanking, type RankEntry } from './ranking.js';
import { expandScenario, type Scenario, type ScenarioSpec } from './scenario.js';
import type { Snapshot } from './snapshot.js';

export interface Engine {
  readonly graph: KedjaGraph;
  readonly snapshot: Snapshot;
  /** Expands a scenario spec against this graph (ids checked, selectors applied). */
  scenario(spec: ScenarioSpec): Scenario;
  blast(scenario: Scenario | ScenarioSpec): BlastRadius;
  rank(): RankEntry[];
  why(organisation: string, scenario: Scenario | ScenarioSpec): Explanation;
  /** Monte Carlo of independent supplier failures (see simulation/monte-carlo.ts). */
  simulate(options?: SimulationOptions): SimulationResult;
  /** N-2 screen: pairs of suppliers that take down organisations neither does alone (screen/pair-screen.ts). */
  pairs(options?: PairScreenOptions): PairScreen;
  /** The fewest suppliers whose joint failure affects a share of organisations or population (screen/cover.ts). */
  cover(options: CoverOptions): CoverResult;
  /** Mitigation advice: greedy best changes against the systemic risk score (advise/advise.ts). */
  advise(options?: AdviseOptions): MitigationAdvice;
}

const isScenario = (value: Scenario | ScenarioSpec): value is Scenario =>
  Array.isArray((value as Scenario).members) && typeof (value as Scenario).description === 'string';

export function createEngine(graph: KedjaGraph): Engine {
  const context: EngineContext = createContext(graph);
  const resolve = (value: Scenario | ScenarioSpec) => (isScenario(value) ? value : expandScenario(graph, value));
  return {
    graph,
    snapshot: context.snapshot,
    scenario: (spec) => expandScenario(graph, spec),
    blast: (scenario) => computeBlastRadius(context, resolve(scenario)),
    rank: () => computeRanking(context),
    why: (organisation, scenario) => computeExplanation(context, organisation, resolve(scenario)),
    simulate: (options = {}) =>
      simulateFailures(
        context.snapshot,
        supplierProbabilities(graph, context.snapshot, options.probability),
        options,
        context.propagator,
      ),
    pairs: (options) => screenPairs(context.propagator, options),
    cover: (options) => coverShare(context.propagator, options),
    advise: (options) => mitigationAdvice(graph, options),
  };
}

export function blastRadius(graph: KedjaGraph, scenario: Scenario | ScenarioSpec): BlastRadius {
  return createEngine(graph).blast(scenario);
}

export function systemicRanking(graph: KedjaGraph): RankEntry[] {
  return createEngine(graph).rank();
}

export function explainFailure(
  graph: KedjaGraph,
  organisation: string,
  scenario: Scenario | ScenarioSpec,
): Explanation {
  return createEngine(graph).why(organisation, scenario);
}
