/**
 * The pure renderers, one file per command: each turns a command's result into its `--json`
 * document and its human text. No I/O, no process, no commander: a command prints what these
 * return, and their unit tests check the text and the JSON on small graphs.
 */
export {
  adviceJson,
  describeChange,
  describeEffect,
  renderAdvice,
  scoreDefinition,
  type AdviceJson,
  type AdviceStepJson,
} from './advise.js';
export { blastJson, renderBlast, type BlastLevels } from './blast.js';
export { cannotWriteMessage, graphFileText, graphSize, renderExported } from './export.js';
export { describeSizes, renderGenerated, type Generated } from './generate.js';
export { renderImportedToArrow } from './import.js';
export { doraImportJson, renderDoraImport, subcontractorsOnly, type DoraImport } from './import-dora.js';
export {
  describeMethods,
  METHOD_WORDS,
  renderSurveyImport,
  surveyImportJson,
  type SurveyImport,
} from './import-survey.js';
export { procurementImportJson, renderProcurementImport, type ProcurementImport } from './import-procurement.js';
export { edgesImportJson, renderEdgesImport, type EdgesImport } from './import-edges.js';
export { amplificationRows, formatRatio, renderMetrics, type MetricsContext } from './metrics.js';
export { pullsToJson, renderPulled } from './pull.js';
export { renderPush } from './push.js';
export { rankJson, renderRanking } from './rank.js';
export {
  commonCause,
  coverJson,
  pairJson,
  renderCover,
  renderPairs,
  renderScreen,
  screenJson,
  type CoverJson,
  type ScreenJson,
} from './screen.js';
export { renderSimulation, simulationJson, type SimulationJson } from './simulate.js';
export { describeReason, renderTimeline, timelineJson } from './timeline.js';
export {
  countDiagnostics,
  countGraph,
  countSnapshot,
  invalidGraphMessage,
  renderValidation,
  validateJson,
  type GraphCounts,
} from './validate.js';
export { renderExplanation, whyJson } from './why.js';
