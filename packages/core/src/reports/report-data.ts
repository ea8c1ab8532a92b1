/**
 * The report's data: everything a concentration report shows, assembled from the metrics document,
 * the systemic ranking (with the hidden share of each supplier's blast) and, when given, a study's
 * published figures, with display names resolved and rows in display order. Renderers (HTML,
 * Markdown, a viewer) turn this into pages without computing anything. Pure data in and out.
 *
 * Cost: the metrics document, plus one blast radius per supplier shown in the ranking (`top`).
 */
import { countryName, nodeName, SERVICE_MODELS, type KedjaGraph } from '../model/index.js';
import { createEngine, type Engine } from '../engine/index.js';
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import { serviceSharing } from '../metrics/index.js';
import { buildMetricsDocument, type MarketSummary, type MetricsDocument } from './metrics-document.js';
import { reportCharts, type ChartSpec } from './charts.js';
import { keyFindings } from './findings.js';
import { compareWithStudy, type ComparisonTable } from './study-comparison.js';
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

const DEFAULTS = { top: 20 };

export interface RankingRow {
  supplier: string;
  name: string;
  organisations: number;
  critical: number;
  /** Affected organisations that named the supplier or use a service it provides directly. */
  direct: number;
  /** Affected organisations reached only through subcontractors they never named. */
  hidden: number;
  population: number;
}

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

export interface ReportData {
  title: string;
  counts: {
    organisations: number;
    organisationsWithDependencies: number;
    services: number;
    suppliers: number;
    edges: number;
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
  centrality: { measure: string; top: { id: string; name: string; value: number }[] }[];
  comparison: ComparisonTable[] | null;
  study: string | null;
  notes: string[];
  charts: ChartSpec[];
}

const byN = (a: string, b: string) => Number(a) - Number(b);

export function buildReport(graph: KedjaGraph, options: ReportOptions = {}): ReportData {
  const top = options.top ?? DEFAULTS.top;
  if (!Number.isInteger(top) || top < 1) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, 'reports/report-data: top must be a whole number ≥ 1');
  }
  const engine = options.engine ?? createEngine(graph);
  const metrics = buildMetricsDocument(graph, { engine });
  const name = (id: string) => nodeName(graph, id);
  const named = (id: string) => ({ id, name: name(id) });

  const models = SERVICE_MODELS.filter((m) => Object.keys(metrics.sharing.services[m]).length > 0);
  const serviceNs = [...new Set(models.flatMap((m) => Object.keys(metrics.sharing.services[m])))].sort(byN);
  const { suppliersContracted: c, suppliersDeclared: d, suppliersEffective: e } = metrics.sharing;
  const supplierNs = [...new Set([c, d, e].flatMap(Object.keys))].sort(byN);

  const ranking: RankingRow[] = engine
    .rank()
    .slice(0, top)
    .filter((entry) => entry.organisations > 0)
    .map((entry) => {
      const hidden = engine.blast({ suppliers: [entry.supplier] }).totals.hiddenOrganisations;
      return {
        supplier: entry.supplier,
        name: name(entry.supplier),
        organisations: entry.organisations,
        critical: entry.criticalOrganisations,
        direct: entry.organisations - hidden,
        hidden,
        population: entry.population,
      };
    });

  const amplification = Object.entries(metrics.amplification)
    .map(([supplier, entry]) => ({ supplier, name: name(supplier), ...entry }))
    .filter((row) => row.effective > 0 || row.declared > 0)
    .sort(
      (a, b) =>
        b.effective - b.declared - (a.effective - a.declared) ||
        b.effective - a.effective ||
        (a.supplier < b.supplier ? -1 : 1),
    )
    .slice(0, top);

  const markets = [
    ...Object.entries(metrics.concentration.byModel).map(([market, m]) => ({ market, kind: 'model' as const, ...m })),
    ...Object.entries(metrics.concentration.byCategory).map(([market, m]) => ({
      market,
      kind: 'category' as const,
      ...m,
    })),
  ].map((m) => ({ ...m, leaderName: m.leader === null ? null : name(m.leader) }));

  const types = [...new Set(Object.values(metrics.categories).flatMap(Object.keys))].sort();
  const withDependencies = graph.filterNodes((id, a) => a.kind === 'organisation' && graph.outDegree(id) > 0).length;
  const spofOrganisations = Object.entries(metrics.singlePointsOfFailure.organisations)
    .map(([id, suppliers]) => ({
      id,
      name: name(id),
      type: (graph.getNodeAttribute(id, 'orgType' as never) as string | undefined) ?? 'unspecified',
      suppliers: suppliers.map(named),
    }))
    .sort((a, b) => b.suppliers.length - a.suppliers.length || (a.id < b.id ? -1 : 1));

  const falseRedundancy: FalseRedundancyRow[] = metrics.falseRedundancy.map((f) => ({
    owner: f.owner,
    ownerName: name(f.owner),
    group: f.group,
    members: f.members.map(named),
    cause: {
      ...f.cause,
      label:
        f.cause.kind === 'supplier'
          ? name(f.cause.id)
          : f.cause.kind === 'parent'
            ? `every supplier owned by ${f.cause.id}`
            : `every supplier based in ${countryName(f.cause.id)}`,
    },
    organisations: f.organisations.map(named),
  }));

  const topOf = (measure: string, record: Record<string, number>) => ({
    measure,
    top: Object.entries(record)
      .slice(0, 10)
      .map(([id, value]) => ({ id, name: name(id), value })),
  });

  const sharing = Object.entries(serviceSharing(graph))
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const mostShared = sharing[0];
  const comparison = options.study ? compareWithStudy(graph, metrics, options.study) : null;
  const studyCountries = options.study?.published.countries ?? {};
  const data: Omit<ReportData, 'charts' | 'findings'> = {
    title: options.title ?? metrics.graph.name ?? 'Kedja graph',
    counts: {
      organisations: metrics.graph.organisations,
      organisationsWithDependencies: withDependencies,
      services: metrics.graph.services,
      suppliers: metrics.graph.suppliers,
      edges: metrics.graph.edges,
    },
    metrics,
    mostSharedService: mostShared
      ? {
          id: mostShared[0],
          name: name(mostShared[0]),
          model: (graph.getNodeAttribute(mostShared[0], 'model' as never) as string | undefined) ?? 'other',
          organisations: mostShared[1],
        }
      : null,
    serviceSharing: {
      models,
      rows: serviceNs.map((n) => ({ n, counts: models.map((m) => metrics.sharing.services[m][n] ?? 0) })),
    },
    supplierSharing: supplierNs.map((n) => ({ n, contracted: c[n] ?? 0, declared: d[n] ?? 0, effective: e[n] ?? 0 })),
    ranking,
    amplification,
    markets,
    categories: {
      types,
      rows: Object.entries(metrics.categories).map(([category, row]) => ({
        category,
        counts: types.map((t) => row[t] ?? 0),
      })),
    },
    countries: Object.entries(metrics.countries).map(([country, share]) => ({
      country,
      name: countryName(country),
      share,
      study: options.study ? (studyCountries[country] ?? null) : null,
    })),
    suppliersByCountry: Object.entries(metrics.suppliersByCountry).map(([country, suppliers]) => ({
      country,
      name: country === 'unspecified' ? 'unspecified' : countryName(country),
      suppliers,
    })),
    parentGroups: Object.entries(metrics.parentGroups)
      .map(([group, g]) => ({ group, suppliers: g.suppliers.length, declared: g.declared, effective: g.effective }))
      .sort((a, b) => b.effective - a.effective || (a.group < b.group ? -1 : 1)),
    singlePointsOfFailure: {
      organisations: spofOrganisations,
      singleProviderServices: metrics.singlePointsOfFailure.singleProviderServices.map(named),
    },
    falseRedundancy,
    centrality: [
      topOf('direct dependents', metrics.centrality.dependents),
      topOf('betweenness in the subcontracting network', metrics.centrality.subcontractingBetweenness),
      topOf('PageRank on the dependency graph', metrics.centrality.pagerank),
    ],
    comparison,
    study: options.study?.study ?? null,
    notes: options.study?.published.notes ?? [],
  };
  return { ...data, findings: keyFindings(data), charts: reportCharts(data) };
}
