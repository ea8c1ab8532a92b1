/**
 * The kernel: a graph as flat typed arrays (the snapshot, CSR order, SCCs condensed) and the
 * propagation that every analysis runs on it. One scenario costs O(blast) with the counter
 * propagation (`Propagator`); many scenarios share a pass with the batch kernels (`PerDrawKernel`,
 * `BitParallelKernel`: 32 draws per machine word). `LostDependencies` and `isHiddenDependency`
 * read a propagated state; `NodeTable` gives the facts about nodes beside the snapshot.
 *
 * This folder imports only the model; the analyses (blast, scenario, consequences, simulation,
 * screen, advise) import it through this index. Published as `@kedja/core/kernel` for code that
 * runs the kernels itself (worker threads, benchmarks).
 */
// The ids a graph or a snapshot can hold (the readers check every id with it before building either).
export { checkNodeId, loneAlternativeMessage, plainNodeIdBytes, type NodeIdProblem } from '../model/index.js';
// What nobody knows (issue 13): possible edges and suppliers whose subcontracting is unknown.
export {
  EDGE_CERTAINTIES,
  SUBCONTRACTING,
  isPossibleEdge,
  POSSIBLE_ALTERNATIVE_MESSAGE,
  CONFIRMED_PROBABILITY_MESSAGE,
  type EdgeCertainty,
  type Subcontracting,
} from '../model/index.js';
// Residents counted once (a region covers its county), for analyses that list affected organisations.
export { countResidents, ResidentCounter, type ResidentFacts } from '../model/index.js';
// Maps of consequences (viewer and reports): who serves each municipality and county, the level colours.
export { areaOrganisations, isAreaCode, servesAnyArea, LEVEL_COLOURS, UNAFFECTED_COLOUR } from '../map/index.js';
// Ownership chains (parents.csv): checked by the readers, resolved by the node tables.
export {
  checkParents,
  groupKey,
  resolveParents,
  supplierOwnership,
  PARENT_PROBLEM_KINDS,
  type GraphAttributes,
  type OwnershipChains,
  type ParentLink,
  type ParentGroup,
  type ParentProblem,
  type ParentProblemKind,
  type SupplierOwnership,
} from '../model/index.js';
export {
  buildSnapshot,
  residentAreas,
  createSnapshot,
  snapshotInput,
  lowerBoundSnapshot,
  editSnapshot,
  dependentUnits,
  type DependentUnits,
  type AddedEdge,
  kindOf,
  EDGE_KIND_CODES,
  KIND_ORGANISATION,
  KIND_SERVICE,
  KIND_SUPPLIER,
  MAX_NODES,
  MODE_ALL,
  MODE_BOTH,
  MODE_CRITICAL,
  TRIG_GROUPED,
  TRIG_OWNER_SHIFT,
  type IdSequence,
  type Snapshot,
  type SnapshotInput,
} from './snapshot.js';
// A snapshot kept outside the process (the binary graph's snapshot.arrow), checked before the kernel reads it.
export {
  restoreSnapshot,
  storeSnapshot,
  SNAPSHOT_LAYOUT,
  STORED_ARRAYS,
  type StoredArray,
  type StoredArrayName,
  type StoredArrayType,
  type NodeIdList,
  type StoredNodes,
  type StoredSnapshot,
} from './stored-snapshot.js';
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
export { FailureDraws, type DrawState } from './failure-draws.js';
export { LostDependencies } from './lost-dependencies.js';
export { isHiddenDependency } from './hidden-dependency.js';
export { graphNodeTable, columnNodeTable, type NodeTable, type NodeColumns } from './node-table.js';
export { createContext, createSnapshotContext, type EngineContext } from './context.js';
export { summarise, type Distribution } from './distribution.js';
// Possible edges drawn in a simulation (issue 13): each one a switch supplier of the switched snapshot.
export {
  switchedSnapshot,
  edgeProbabilities,
  DEFAULT_EDGE_PROBABILITY,
  type SwitchedSnapshot,
} from './possible-switches.js';
