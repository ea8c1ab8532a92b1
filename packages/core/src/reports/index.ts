export {
  buildMetricsDocument,
  buildMetricsDocumentFrom,
  round,
  type MetricsDocument,
  type MarketSummary,
} from './metrics-document.js';
export { checkStudyReference, type StudyReference, type Shares } from './study-reference.js';
export {
  compareWithStudy,
  SHARE_TOLERANCE,
  type ComparisonTable,
  type ComparisonValue,
  type ComparisonUnit,
} from './study-comparison.js';
export { buildReport } from './report-data.js';
export type {
  ReportData,
  ReportBasis,
  ReportOptions,
  RankingRow,
  RankingCounts,
  AmplificationRow,
  FalseRedundancyRow,
  CentralityMeasure,
  ChartSpec,
} from './types.js';
export { reportCharts } from './charts.js';
export { keyFindings } from './findings.js';

// The report document: built once from the report's data, written as HTML or Markdown.
export { buildReportDocument, type ReportDocumentOptions } from './report-document.js';
export { REPORT_MESSAGES, type ReportMessages } from './report-messages.js';
export { reportToHtml } from './write-html.js';
export { reportToMarkdown, escapeMarkdown } from './write-markdown.js';
export {
  REPORT_FORMATS,
  type ReportFormat,
  type ReportDocument,
  type ReportSection,
  type Block,
  type HeadingBlock,
  type ParagraphBlock,
  type ListBlock,
  type TableBlock,
  type TableRow,
  type TableCell,
  type ChartBlock,
  type FigureBlock,
  type Inline,
  type Span,
} from './document.js';
export {
  buildScenarioReport,
  type ScenarioReportData,
  type ScenarioReportOptions,
  type ScenarioAffected,
  type ScenarioAdvice,
  type ScenarioStep,
  type NamedNode,
} from './scenario-data.js';
export { buildScenarioDocument, scenarioWords, type ScenarioDocumentOptions } from './scenario-document.js';
export { SCENARIO_MESSAGES, type ScenarioMessages } from './scenario-messages.js';
