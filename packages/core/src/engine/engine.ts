/**
 * The engine: one snapshot of a graph, and the questions asked of it.
 *
 *   const engine = createEngine(graph);
 *   engine.blast({ suppliers: ['hosting-nord'] });   // blast radius
 *   engine.rank();                                   // every supplier alone, ranked
 *   engine.why('kommun-a', { suppliers: ['x'] });    // one shortest chain of failures
 *   engine.simulate({ samples: 10_000, probability: 0.05, seed: 1 }); // Monte Carlo
 *
 * Creating the engine is O(V + E); each question costs what its blast costs (see propagate.ts).
 * The functions `blastRadius`, `systemicRanking` and `explainFailure` do the same in one call,
 * building a fresh snapshot each time.
 */
import type { KedjaGraph } from '../model/types.js';
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
