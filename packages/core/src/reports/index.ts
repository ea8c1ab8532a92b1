export { buildMetricsDocument, round, type MetricsDocument, type MarketSummary } from './metrics-document.js';
export { checkStudyReference, type StudyReference, type Shares } from './study-reference.js';
export {
  compareWithStudy,
  SHARE_TOLERANCE,
  type ComparisonTable,
  type ComparisonValue,
  type ComparisonUnit,
} from './study-comparison.js';
export {
  buildReport,
  type ReportData,
  type ReportOptions,
  type RankingRow,
  type AmplificationRow,
  type FalseRedundancyRow,
} from './report-data.js';
export { reportCharts, type ChartSpec } from './charts.js';
export { keyFindings } from './findings.js';
