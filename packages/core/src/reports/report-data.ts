/**
 * The report's data: everything a concentration report shows, assembled from the metrics document,
 * the systemic ranking (with the hidden share of each supplier's blast) and, when given, a study's
 * published figures, with display names resolved and rows in display order. The report document
 * (`report-document.ts`) and other renderers (a viewer) turn this into pages without computing
 * anything. Pure data in and out; one small function per part of the report.
 *
 * With possible dependencies (issue 13) the ranking has both bounds, as `kedja rank`: each row's
 * counts for the lower bound and `upper`, sorted by the lower bound's organisations, then the upper's,
 * then id; the other parts count possible dependencies as required (the upper bound).
 *
 * Cost: the metrics document, plus one blast radius (two with bounds) per supplier shown in the ranking (`top`).
 */
import { countryName, nodeName, SERVICE_MODELS, type KedjaGraph } from '../model/index.js';
import type { RankEntry } from '../blast/index.js';
import { createEngine, type Engine } from '../engine/index.js';
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import { serviceSharing } from '../metrics/index.js';
import { buildMetricsDocument, type MetricsDocument } from './metrics-document.js';
import { reportCharts } from './charts.js';
import { keyFindings } from './findings.js';
import { REPORT_MESSAGES } from './report-messages.js';
import { compareWithStudy } from './study-comparison.js';
import type { StudyReference } from './study-reference.js';
import type {
  AmplificationRow,
  CentralityMeasure,
  FalseRedundancyRow,
  RankingCounts,
  RankingRow,
  ReportBasis,
  ReportData,
  ReportOptions,
} from './types.js';

const DEFAULTS = { top: 20 };

/** The data's words are English (the document says them in its own language). */
const WORDS_EN = REPORT_MESSAGES.en;

const byN = (a: string, b: string) => Number(a) - Number(b);
const byId = (a: string, b: string) => (a < b ? -1 : 1);

/** Display names of a graph's nodes. */
interface Names {
  name: (id: string) => string;
  named: (id: string) => { id: string; name: string };
}

function namesOf(graph: KedjaGraph): Names {
  const name = (id: string) => nodeName(graph, id);
  return { name, named: (id: string) => ({ id, name: name(id) }) };
}

function sharingTables(metrics: MetricsDocument): Pick<ReportBasis, 'serviceSharing' | 'supplierSharing'> {
  const models = SERVICE_MODELS.filter((m) => Object.keys(metrics.sharing.services[m]).length > 0);
  const serviceNs = [...new Set(models.flatMap((m) => Object.keys(metrics.sharing.services[m])))].sort(byN);
  const { suppliersContracted: c, suppliersDeclared: d, suppliersEffective: e } = metrics.sharing;
  const supplierNs = [...new Set([c, d, e].flatMap(Object.keys))].sort(byN);
  return {
    serviceSharing: {
      models,
      rows: serviceNs.map((n) => ({ n, counts: models.map((m) => metrics.sharing.services[m][n] ?? 0) })),
    },
    supplierSharing: supplierNs.map((n) => ({ n, contracted: c[n] ?? 0, declared: d[n] ?? 0, effective: e[n] ?? 0 })),
  };
}

/** A ranking entry's counts, with the hidden organisations of its blast. */
const rankingCounts = (entry: Omit<RankEntry, 'supplier'>, hidden: number): RankingCounts => ({
  organisations: entry.organisations,
  critical: entry.criticalOrganisations,
  direct: entry.organisations - hidden,
  hidden,
  residents: entry.residents,
  population: entry.population,
});

function rankingRows(engine: Engine, top: number, { name }: Names): RankingRow[] {
  if (engine.possibleEdges > 0) {
    // Both bounds, in the order of `kedja rank`; a supplier counts when it affects anyone in the upper bound.
    return engine
      .rankBounds()
      .slice(0, top)
      .filter((entry) => entry.upper.organisations > 0)
      .map((entry) => {
        const bounds = engine.blastBounds({ suppliers: [entry.supplier] });
        return {
          supplier: entry.supplier,
          name: name(entry.supplier),
          ...rankingCounts(entry, bounds.totals.hiddenOrganisations),
          upper: rankingCounts(entry.upper, bounds.totalsUpper.hiddenOrganisations),
        };
      });
  }
  return engine
    .rank()
    .slice(0, top)
    .filter((entry) => entry.organisations > 0)
    .map((entry) => ({
      supplier: entry.supplier,
      name: name(entry.supplier),
      ...rankingCounts(entry, engine.blast({ suppliers: [entry.supplier] }).totals.hiddenOrganisations),
    }));
}

function amplificationRows(metrics: MetricsDocument, top: number, { name }: Names): AmplificationRow[] {
  return Object.entries(metrics.amplification)
    .map(([supplier, entry]) => ({ supplier, name: name(supplier), ...entry }))
    .filter((row) => row.effective > 0 || row.declared > 0)
    .sort(
      (a, b) =>
        b.effective - b.declared - (a.effective - a.declared) ||
        b.effective - a.effective ||
        byId(a.supplier, b.supplier),
    )
    .slice(0, top);
}

function marketRows(metrics: MetricsDocument, { name }: Names): ReportBasis['markets'] {
  return [
    ...Object.entries(metrics.concentration.byModel).map(([market, m]) => ({ market, kind: 'model' as const, ...m })),
    ...Object.entries(metrics.concentration.byCategory).map(([market, m]) => ({
      market,
      kind: 'category' as const,
      ...m,
    })),
  ].map((m) => ({ ...m, leaderName: m.leader === null ? null : name(m.leader) }));
}

function categoryTable(metrics: MetricsDocument): ReportBasis['categories'] {
  const types = [...new Set(Object.values(metrics.categories).flatMap(Object.keys))].sort();
  return {
    types,
    rows: Object.entries(metrics.categories).map(([category, row]) => ({
      category,
      counts: types.map((t) => row[t] ?? 0),
    })),
  };
}

function singlePoints(graph: KedjaGraph, metrics: MetricsDocument, names: Names): ReportBasis['singlePointsOfFailure'] {
  const organisations = Object.entries(metrics.singlePointsOfFailure.organisations)
    .map(([id, suppliers]) => ({
      id,
      name: names.name(id),
      type: (graph.getNodeAttribute(id, 'orgType' as never) as string | undefined) ?? WORDS_EN.unspecified,
      suppliers: suppliers.map(names.named),
    }))
    .sort((a, b) => b.suppliers.length - a.suppliers.length || byId(a.id, b.id));
  return {
    organisations,
    singleProviderServices: metrics.singlePointsOfFailure.singleProviderServices.map(names.named),
  };
}

function causeLabel(cause: { kind: 'supplier' | 'parent' | 'country'; id: string }, { name }: Names): string {
  if (cause.kind === 'supplier') return name(cause.id);
  if (cause.kind === 'parent') return WORDS_EN.falseRedundancy.parent(cause.id);
  return WORDS_EN.falseRedundancy.country(countryName(cause.id));
}

function falseRedundancyRows(metrics: MetricsDocument, names: Names): FalseRedundancyRow[] {
  return metrics.falseRedundancy.map((f) => ({
    owner: f.owner,
    ownerName: names.name(f.owner),
    group: f.group,
    members: f.members.map(names.named),
    cause: { ...f.cause, label: causeLabel(f.cause, names) },
    organisations: f.organisations.map(names.named),
  }));
}

function centralityTops(metrics: MetricsDocument, { name }: Names): ReportBasis['centrality'] {
  const measures: CentralityMeasure[] = ['dependents', 'subcontractingBetweenness', 'pagerank'];
  return measures.map((id) => ({
    id,
    measure: WORDS_EN.definitions.measures[id],
    top: Object.entries(metrics.centrality[id])
      .slice(0, 10)
      .map(([node, value]) => ({ id: node, name: name(node), value })),
  }));
}

function mostSharedService(graph: KedjaGraph, { name }: Names): ReportBasis['mostSharedService'] {
  const [mostShared] = Object.entries(serviceSharing(graph))
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || byId(a[0], b[0]));
  if (!mostShared) return null;
  return {
    id: mostShared[0],
    name: name(mostShared[0]),
    model: (graph.getNodeAttribute(mostShared[0], 'model' as never) as string | undefined) ?? 'other',
    organisations: mostShared[1],
  };
}

function geography(metrics: MetricsDocument, study: StudyReference | undefined) {
  const studyCountries = study?.published.countries ?? {};
  return {
    countries: Object.entries(metrics.countries).map(([country, share]) => ({
      country,
      name: countryName(country),
      share,
      study: study ? (studyCountries[country] ?? null) : null,
    })),
    suppliersByCountry: Object.entries(metrics.suppliersByCountry).map(([country, suppliers]) => ({
      country,
      name: country === 'unspecified' ? WORDS_EN.unspecified : countryName(country),
      suppliers,
    })),
    parentGroups: Object.entries(metrics.parentGroups)
      .map(([group, g]) => ({ group, suppliers: g.suppliers.length, declared: g.declared, effective: g.effective }))
      .sort((a, b) => b.effective - a.effective || byId(a.group, b.group)),
  };
}

function graphCounts(graph: KedjaGraph, metrics: MetricsDocument, engine: Engine): ReportBasis['counts'] {
  const routine = { answered: 0, without: 0 };
  graph.forEachNode((_id, a) => {
    if (a.kind !== 'organisation' || a.subcontractorRoutine === undefined) return;
    routine.answered++;
    if (!a.subcontractorRoutine) routine.without++;
  });
  return {
    organisations: metrics.graph.organisations,
    organisationsWithDependencies: graph.filterNodes((id, a) => a.kind === 'organisation' && graph.outDegree(id) > 0)
      .length,
    services: metrics.graph.services,
    suppliers: metrics.graph.suppliers,
    edges: metrics.graph.edges,
    routine,
    possible: engine.possibleEdges,
  };
}

export function buildReport(graph: KedjaGraph, options: ReportOptions = {}): ReportData {
  const top = options.top ?? DEFAULTS.top;
  if (!Number.isInteger(top) || top < 1) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, 'reports/report-data: top must be a whole number ≥ 1');
  }
  const engine = options.engine ?? createEngine(graph);
  const metrics = buildMetricsDocument(graph, { engine });
  const names = namesOf(graph);
  const data: ReportBasis = {
    title: options.title ?? metrics.graph.name ?? WORDS_EN.untitled,
    counts: graphCounts(graph, metrics, engine),
    metrics,
    mostSharedService: mostSharedService(graph, names),
    ...sharingTables(metrics),
    ranking: rankingRows(engine, top, names),
    amplification: amplificationRows(metrics, top, names),
    markets: marketRows(metrics, names),
    categories: categoryTable(metrics),
    ...geography(metrics, options.study),
    singlePointsOfFailure: singlePoints(graph, metrics, names),
    falseRedundancy: falseRedundancyRows(metrics, names),
    centrality: centralityTops(metrics, names),
    comparison: options.study ? compareWithStudy(graph, metrics, options.study) : null,
    study: options.study?.study ?? null,
    notes: options.study?.published.notes ?? [],
  };
  return { ...data, findings: keyFindings(data), charts: reportCharts(data) };
}
