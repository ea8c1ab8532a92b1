export {
  modelSnapshot,
  singleFailures,
  weightOf,
  type RiskMeasure,
  type ModelChanges,
  type SingleFailures,
} from './risk-model.js';
export {
  adviseChanges,
  type Advice,
  type AdviceResult,
  type AdviseOptions,
  type Change,
  type Spared,
  type LowerScores,
} from './advise.js';
export { mitigationAdvice, type MitigationAdvice, type MitigationStep } from './mitigation-advice.js';
