export { importSurvey, type SurveyImportOptions, type SurveyImportResult } from './import-survey.js';
export {
  createNameMatcher,
  MATCH_DEFAULTS,
  type BrandSpelling,
  type CatalogueEntry,
  type Candidate,
  type MatchOptions,
  type Method,
  type NameKind,
  type NameMatcher,
  type Resolution,
} from './name-matcher.js';
export { nameKey, nameTokens, normalisedName } from './normalise-name.js';
export { splitNames } from './split-names.js';
export { readCountries } from './country-names.js';
export { renderNormalisationReport, writeNormalisationReport } from './render-report.js';
export { SHIPPED_BRANDS, type BrandLine } from './brand-list.js';
export type * from './report-types.js';
