export {
  createEngine,
  createSnapshotEngine,
  blastRadius,
  systemicRanking,
  explainFailure,
  type Engine,
  type SnapshotEngine,
} from './engine.js';
export { graphNodeTable, columnNodeTable, type NodeTable, type NodeColumns } from './node-table.js';
export type { BlastRadius, BlastTotals, AffectedOrganisation, FailedNode } from './blast-radius.js';
export type { RankEntry } from './ranking.js';
export { compareRankEntries } from './ranking.js';
export type { Explanation, ChainStep } from './explain-failure.js';
export { expandScenario, expandScenarioIn, isEmptySpec, type Scenario, type ScenarioSpec } from './scenario.js';
export {
  createSnapshot,
  buildSnapshot,
  snapshotInput,
  EDGE_KIND_CODES,
  type Snapshot,
  type SnapshotInput,
} from './snapshot.js';
export { Propagator, KERNEL_FIELDS, type KernelSnapshot, type RunSummary } from './propagate.js';
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
