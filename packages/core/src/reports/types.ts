/**
 * The types of the report's data, shared by the files that assemble it (`report-data.ts`) and the
 * files that derive from it (`findings.ts`, `charts.ts`, the report document). They live apart so
 * that those files import this one and never each other in a circle. Types only.
 */
import type { Engine } from '../engine/index.js';
import type { MarketSummary, MetricsDocument } from './metrics-document.js';
import type { ComparisonTable } from './study-comparison.js';
import type { StudyReference } from './study-reference.js';

export interface ReportOptions {
  /** Title of the report; default: the graph's name, or "Kedja graph". */
  title?: string;
  /** Suppliers in the systemic ranking and the amplification list. Default 20. */
  top?: number;
  /** A study's published figures, shown beside the computed ones. */
  study?: StudyReference;
  engine?: Engine;
}

export interface RankingRow {
  supplier: string;
  name: string;
  organisations: number;
  critical: number;
  /** Affected organisations that named the supplier or use a service it provides directly. */
  direct: number;
  /** Affected organisations reached only through subcontractors they never named. */
  hidden: number;
  /** Residents of the affected organisations' areas, each counted once (see ResidentCounter). */
  residents: number;
  population: number;
  /**
   * With possible dependencies only (issue 13): the same counts in the upper bound (possible
   * dependencies taken as required); the row's own counts are then the lower bound (left out).
   */
  upper?: RankingCounts;
}

/** A ranking row's counts. */
export type RankingCounts = Omit<RankingRow, 'supplier' | 'name' | 'upper'>;

export interface AmplificationRow {
  supplier: string;
  name: string;
  contracted: number;
  declared: number;
  effective: number;
  ratio: number | null;
}

export interface FalseRedundancyRow {
  owner: string;
  ownerName: string;
  group: string;
  members: { id: string; name: string }[];
  cause: { kind: 'supplier' | 'parent' | 'country'; id: string; label: string };
  organisations: { id: string; name: string }[];
}

/** The centralities the report lists, named as in the metrics document. */
export type CentralityMeasure = 'dependents' | 'subcontractingBetweenness' | 'pagerank';

export interface ChartSpec {
  id: string;
  title: string;
  /** One sentence on how to read it. */
  description: string;
  /** A Vega-Lite (v5/v6) specification with inline data. */
  spec: Record<string, unknown>;
}

export interface ReportData {
  title: string;
  counts: {
    organisations: number;
    organisationsWithDependencies: number;
    services: number;
    suppliers: number;
    edges: number;
    /**
     * Survey question 26: organisations that answered whether they have a routine to find out if
     * their suppliers use subcontractors, and how many said no (they cannot discover hidden dependencies).
     */
    routine: { answered: number; without: number };
    /** Possible dependencies (certainty `possible`): with any, the ranking has both bounds (`upper`). */
    possible: number;
  };
  findings: string[];
  metrics: MetricsDocument;
  /** The service used by the most organisations (ties by id), or null without uses. */
  mostSharedService: { id: string; name: string; model: string; organisations: number } | null;
  /** n → services per model (models with services only). */
  serviceSharing: { models: string[]; rows: { n: string; counts: number[] }[] };
  supplierSharing: { n: string; contracted: number; declared: number; effective: number }[];
  ranking: RankingRow[];
  amplification: AmplificationRow[];
  markets: ({ market: string; kind: 'model' | 'category'; leaderName: string | null } & MarketSummary)[];
  categories: { types: string[]; rows: { category: string; counts: number[] }[] };
  countries: { country: string; name: string; share: number; study: number | null }[];
  suppliersByCountry: { country: string; name: string; suppliers: number }[];
  parentGroups: { group: string; suppliers: number; declared: number; effective: number }[];
  singlePointsOfFailure: {
    organisations: { id: string; name: string; type: string; suppliers: { id: string; name: string }[] }[];
    singleProviderServices: { id: string; name: string }[];
  };
  falseRedundancy: FalseRedundancyRow[];
  /** The top nodes of each centrality: `id` names the measure, `measure` says it in English. */
  centrality: { id: CentralityMeasure; measure: string; top: { id: string; name: string; value: number }[] }[];
  comparison: ComparisonTable[] | null;
  study: string | null;
  notes: string[];
  charts: ChartSpec[];
}

/** The report's data before the findings and charts, which are derived from it. */
export type ReportBasis = Omit<ReportData, 'charts' | 'findings'>;
