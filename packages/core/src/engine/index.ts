export { createEngine, blastRadius, systemicRanking, explainFailure, type Engine } from './engine.js';
export type { BlastRadius, BlastTotals, AffectedOrganisation, FailedNode } from './blast-radius.js';
export type { RankEntry } from './ranking.js';
export { compareRankEntries } from './ranking.js';
export type { Explanation, ChainStep } from './explain-failure.js';
export { expandScenario, isEmptySpec, type Scenario, type ScenarioSpec } from './scenario.js';
export { createSnapshot, buildSnapshot, snapshotInput, type Snapshot, type SnapshotInput } from './snapshot.js';
export { Propagator, type RunSummary } from './propagate.js';
export { condense, type Condensation } from './condensation.js';
export {
  LANES,
  createBatchResult,
  lowestBit,
  popcount,
  type BatchKernel,
  type BatchResult,
  type KernelName,
} from './batch-kernel.js';
export { BitParallelKernel } from './bit-parallel.js';
export { PerDrawKernel } from './per-draw-kernel.js';
export {
  referenceBlast,
  referenceLost,
  referenceRanking,
  referenceShortestChainLength,
  type ReferenceBlast,
} from './reference/index.js';
