/**
 * @kedja/core: the model of a supply graph, its validation, and the engine that answers who loses
 * what when suppliers fail: blast radius, systemic ranking, why, consequences by outage length,
 * Monte Carlo, joint-failure screens and mitigation advice. No I/O and nothing Node-only: it runs
 * unchanged in Node and in the browser.
 *
 *   const graph = createKedjaGraph();           // or read one with @kedja/importer
 *   ...
 *   const engine = createEngine(graph);
 *   engine.blast({ suppliers: ['sup-hosting'] });
 *
 * This is the curated entry. Further entry points: `@kedja/core/metrics` (concentration metrics),
 * `@kedja/core/reports` (the report document), `@kedja/core/generate` (synthetic graphs),
 * `@kedja/core/kernel` (the snapshot and the propagation kernels, for code that runs them itself),
 * `@kedja/core/gaps` (which knowledge gap matters most, assumed subcontracting)
 * and `@kedja/core/reference` (the slow, obviously correct implementation the tests compare with).
 * docs/library.md shows each in use.
 */

// Errors and diagnostics.
export { KedjaError, CORE_ERROR_CODES, hasErrors, formatDiagnostic, quoteValue, type Diagnostic } from './errors.js';

// The model.
export {
  createKedjaGraph,
  addOrganisation,
  addService,
  addSupplier,
  addUses,
  addContracts,
  addProvidedBy,
  addSubcontracts,
  edgeKey,
  nodeName,
  validateGraph,
  MODEL_CODES,
  dataRecord,
  countryName,
  isCountryCode,
  isEeaCountry,
  NODE_KINDS,
  EDGE_KINDS,
  ORG_TYPES,
  SERVICE_MODELS,
  EDGE_ENDPOINTS,
  type KedjaGraph,
  type NodeKind,
  type EdgeKind,
  type OrgType,
  type ServiceModel,
  type NodeAttributes,
  type EdgeAttributes,
  type OrganisationAttributes,
  type ServiceAttributes,
  type SupplierAttributes,
} from './model/index.js';

// The engine and the answers it gives.
export { createEngine, createSnapshotEngine, type Engine, type SnapshotEngine } from './engine/index.js';
export { expandScenario, isEmptySpec, type Scenario, type ScenarioSpec } from './scenario/index.js';
export {
  compareRankEntries,
  type BlastRadius,
  type BlastTotals,
  type AffectedOrganisation,
  type FailedNode,
  type RankEntry,
  type Explanation,
  type ChainStep,
} from './blast/index.js';

// Consequences by outage length.
export {
  assessConsequences,
  computeTimeline,
  countLevels,
  createConsequenceModel,
  defaultConsequenceModel,
  checkConsequenceRules,
  parseDuration,
  formatDuration,
  CONSEQUENCE_LEVELS,
  type ConsequenceLevel,
  type LevelCounts,
  type ConsequenceModel,
  type ConsequenceRules,
  type OrganisationConsequence,
  type Timeline,
  type TimelineStep,
} from './consequences/index.js';

// Monte Carlo, joint-failure screens and mitigation advice (asked through the engine).
export type { SimulationOptions, SimulationResult, Distribution } from './simulation/index.js';
export type { PairScreen, PairScreenOptions, PairEntry, CoverOptions, CoverResult } from './screen/index.js';
export type { AdviseOptions, MitigationAdvice, MitigationStep } from './advise/index.js';
