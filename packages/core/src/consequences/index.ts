export {
  CONSEQUENCE_LEVELS,
  isConsequenceLevel,
  levelRank,
  maxLevel,
  minLevel,
  stepLevel,
  emptyLevelCounts,
} from './levels.js';
export type { ConsequenceLevel, LevelCounts } from './levels.js';
export { parseDuration, formatDuration, STANDARD_DURATIONS, HOURS_PER_UNIT } from './duration.js';
export type {
  ConsequenceRules,
  ConsequenceRule,
  RuleCondition,
  RuleSource,
  RuleOrgType,
  DependencyFacts,
} from './types.js';
export { checkConsequenceRules, formatPath, RULES_CODES, type RulesProblem } from './check-rules.js';
export { createConsequenceModel, type ConsequenceModel, type DependencyAssessment } from './consequence-model.js';
export { DEFAULT_CONSEQUENCE_RULES, defaultConsequenceModel } from './default-model.js';
export {
  assessConsequences,
  countLevels,
  dependencyFacts,
  type OrganisationConsequence,
  type LostFunction,
} from './assess-consequences.js';
export {
  computeTimeline,
  type Timeline,
  type TimelineStep,
  type FailingFunction,
  type TimelineOptions,
} from './timeline.js';
