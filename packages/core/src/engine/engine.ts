/**
 * The engine: one snapshot of a graph, and the questions asked of it.
 *
 *   const engine = createEngine(graph);
 *   engine.blast({ suppliers: ['hosting-nord'] });   // blast radius
 *   engine.rank();                                   // every supplier alone, ranked
 *   engine.why('kommun-a', { suppliers: ['x'] });    // one shortest chain of failures
 *
 * Creating the engine is O(V + E); each question costs what its blast costs (see propagate.ts).
 * `createSnapshotEngine` answers the same questions from a snapshot and node table built without
 * graphology (the bulk CSV loader, for graphs too large for it). The functions `blastRadius`,
 * `systemicRanking` and `explainFailure` do the same in one call, building a fresh snapshot.
 */
import type { KedjaGraph } from '../model/types.js';
import { computeBlastRadius, type BlastRadius } from './blast-radius.js';
import { createContext, createSnapshotContext, type EngineContext } from './context.js';
import { computeExplanation, type Explanation } from './explain-failure.js';
import type { NodeTable } from './node-table.js';
import type { RunSummary } from './propagate.js';
import { computeRanking, type RankEntry } from './ranking.js';
import { expandScenario, expandScenarioIn, type Scenario, type ScenarioSpec } from './scenario.js';
import type { Snapshot } from './snapshot.js';

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
}

export interface Engine extends SnapshotEngine {
  readonly graph: KedjaGraph;
}

const isScenario = (value: Scenario | ScenarioSpec): value is Scenario =>
  Array.isArray((value as Scenario).members) && typeof (value as Scenario).description === 'string';

function answer(context: EngineContext, expand: (spec: ScenarioSpec) => Scenario): SnapshotEngine {
  const resolve = (value: Scenario | ScenarioSpec) => (isScenario(value) ? value : expand(value));
  return {
    snapshot: context.snapshot,
    table: context.table,
    scenario: expand,
    blast: (scenario) => computeBlastRadius(context, resolve(scenario)),
    summary: (scenario) => context.propagator.count(context.indicesOf(resolve(scenario).members)),
    rank: () => computeRanking(context),
    why: (organisation, scenario) => computeExplanation(context, organisation, resolve(scenario)),
  };
}

export function createEngine(graph: KedjaGraph): Engine {
  // Scenarios are expanded against the graph as it is now, so that a node added since the engine
  // was built is reported as such (see EngineContext.indicesOf).
  return { graph, ...answer(createContext(graph), (spec) => expandScenario(graph, spec)) };
}

/** An engine over a snapshot and its node table, with no graphology graph behind it. */
export function createSnapshotEngine(snapshot: Snapshot, table: NodeTable): SnapshotEngine {
  return answer(createSnapshotContext(snapshot, table), (spec) => expandScenarioIn(table, spec));
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
