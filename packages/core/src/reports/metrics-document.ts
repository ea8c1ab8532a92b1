/**
 * The metrics document: every concentration metric of a graph in one plain, JSON-ready object, the
 * answer of `kedja metrics --json` and the data behind reports. One engine (one snapshot) serves
 * every metric that propagates failures. Shares and indices are rounded (shares and ratios to 4
 * decimals, HHI to 1, centralities to 6) so that output is stable and readable; counts are exact.
 *
 * Cost: O(V + E) for the counting metrics plus a few passes of single-supplier propagation
 * (effective sharing, single points of failure, false redundancy): O(sum of blast sizes) each.
 */
import type { Engine, SnapshotEngine } from '../engine/index.js';
import {
  binHistogram,
  graphMetricsFacts,
  SERVICE_BINS,
  snapshotMetricColumns,
  SUPPLIER_BINS,
  type AmplificationEntry,
  type BinCount,
  type FalseRedundancyFinding,
  type Histogram,
  type JurisdictionExposure,
  type MarketConcentration,
  type MetricsFacts,
  type OwnershipGroup,
} from '../metrics/index.js';
import { dataRecord, SERVICE_MODELS, type KedjaGraph, type ServiceModel } from '../model/index.js';

export interface MarketSummary {
  suppliers: number;
  organisations: number;
  hhi: number;
  cr1: number;
  cr3: number;
  cr5: number;
  gini: number;
  leader: string | null;
}

export interface MetricsDocument {
  graph: { name: string | null; organisations: number; services: number; suppliers: number; edges: number };
  sharing: {
    services: Record<ServiceModel, Histogram>;
    suppliersContracted: Histogram;
    suppliersDeclared: Histogram;
    suppliersEffective: Histogram;
    /** model → organisation type → organisations using a service of that model. */
    users: Record<ServiceModel, Record<string, number>>;
    /** organisation type → organisations with a contract. */
    contractingOrganisations: Record<string, number>;
  };
  /** The same histograms in the bins of the study's Tabell 6.2 (services) and 6.3 (suppliers). */
  sharingBinned: {
    services: Record<ServiceModel, BinCount[]>;
    suppliersContracted: BinCount[];
    suppliersDeclared: BinCount[];
    suppliersEffective: BinCount[];
  };
  /** category → organisation type → distinct services used (Tabell 6.1). */
  categories: Record<string, Record<string, number>>;
  concentration: { byModel: Record<string, MarketSummary>; byCategory: Record<string, MarketSummary> };
  hhi: { byModel: Record<string, number>; byCategory: Record<string, number> };
  /** country → share of service–country pairs (Fig 6.10). */
  countries: Record<string, number>;
  /** EU/EEA share of those pairs (Fig 6.9), null without countries. */
  eeaShare: number | null;
  suppliersByCountry: Record<string, number>;
  /**
   * By ownership: suppliers per jurisdiction (the ultimate parent's country, else their own), and
   * the organisations and residents that lose a critical function when every supplier under a
   * jurisdiction outside the EU/EEA fails (shares rounded to 4 decimals).
   */
  jurisdiction: JurisdictionExposure;
  parentGroups: Record<string, OwnershipGroup>;
  singlePointsOfFailure: {
    /** organisation → suppliers whose failure alone affects it (organisations with none left out). */
    organisations: Record<string, string[]>;
    /** service → suppliers whose failure alone fails it (services with none left out). */
    services: Record<string, string[]>;
    singleProviderServices: string[];
  };
  falseRedundancy: FalseRedundancyFinding[];
  amplification: Record<string, AmplificationEntry>;
  centrality: {
    /** service or supplier → distinct direct dependents, largest first. */
    dependents: Record<string, number>;
    /** supplier → betweenness in the subcontracting network, largest first (zeros left out). */
    subcontractingBetweenness: Record<string, number>;
    /** service or supplier → PageRank on the dependency graph, largest first. */
    pagerank: Record<string, number>;
  };
}

export const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

const mapValues = <A, B>(record: Record<string, A>, f: (value: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

/** Entries sorted by value (largest first, ties by key), optionally dropping zeros. */
function ranked(record: Record<string, number>, keep: (key: string) => boolean, digits: number, dropZero = false) {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key, value]) => keep(key) && !(dropZero && value === 0))
      .map(([key, value]) => [key, round(value, digits)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
}

/**
 * `ranked` for a column of suppliers and services by snapshot index (the first `count` entries):
 * the same entries in the same order, sorted as indices instead of through a mapping's entries.
 */
function rankedColumn(ids: readonly string[], values: ArrayLike<number>, count: number, digits: number) {
  const rounded = new Float64Array(count);
  for (let v = 0; v < count; v++) rounded[v] = round(values[v]!, digits);
  const order = Array.from({ length: count }, (_, v) => v);
  order.sort((a, b) => rounded[b]! - rounded[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const result: Record<string, number> = dataRecord();
  for (const v of order) result[ids[v]!] = rounded[v]!;
  return result;
}

function summarise(markets: Record<string, MarketConcentration>): Record<string, MarketSummary> {
  return mapValues(markets, (m) => ({
    suppliers: m.suppliers,
    organisations: m.organisations,
    hhi: round(m.hhi, 1),
    cr1: round(m.cr1, 4),
    cr3: round(m.cr3, 4),
    cr5: round(m.cr5, 4),
    gini: round(m.gini, 4),
    leader: m.leader,
  }));
}

export function buildMetricsDocument(graph: KedjaGraph, options: { engine?: Engine } = {}): MetricsDocument {
  const { engine, facts } = graphMetricsFacts(graph, options);
  return buildMetricsDocumentFrom(engine, facts);
}

/**
 * The metrics document from an engine and the facts beside its snapshot (metrics/snapshot/facts.ts),
 * with no graphology graph: what `buildMetricsDocument` gives for the graph the two describe.
 */
export function buildMetricsDocumentFrom(engine: SnapshotEngine, facts: MetricsFacts): MetricsDocument {
  const { snapshot } = engine;
  const metrics = snapshotMetricColumns(engine, facts);
  const { sharing, counts, byModel, byCategory, singlePointsOfFailure: spof, jurisdiction } = metrics;
  const every = () => true;
  const rounded = (share: number | null) => (share === null ? null : round(share, 4));

  return {
    graph: {
      name: facts.name ?? null,
      organisations: snapshot.organisationCount,
      services: snapshot.serviceCount,
      suppliers: snapshot.supplierCount,
      edges: snapshot.reqTarget.length,
    },
    sharing: { ...sharing, users: counts.users, contractingOrganisations: counts.contracting },
    sharingBinned: {
      services: Object.fromEntries(
        SERVICE_MODELS.map((model) => [model, binHistogram(sharing.services[model], SERVICE_BINS)]),
      ) as Record<ServiceModel, BinCount[]>,
      suppliersContracted: binHistogram(sharing.suppliersContracted, SUPPLIER_BINS),
      suppliersDeclared: binHistogram(sharing.suppliersDeclared, SUPPLIER_BINS),
      suppliersEffective: binHistogram(sharing.suppliersEffective, SUPPLIER_BINS),
    },
    categories: metrics.categories,
    concentration: { byModel: summarise(byModel), byCategory: summarise(byCategory) },
    hhi: {
      byModel: mapValues(byModel, (m) => round(m.hhi, 1)),
      byCategory: mapValues(byCategory, (m) => round(m.hhi, 1)),
    },
    countries: mapValues(metrics.countries, (share) => round(share, 4)),
    eeaShare: metrics.eeaShare === null ? null : round(metrics.eeaShare, 4),
    suppliersByCountry: metrics.suppliersByCountry,
    jurisdiction: {
      ...jurisdiction,
      organisations: { ...jurisdiction.organisations, share: rounded(jurisdiction.organisations.share) },
      residents: { ...jurisdiction.residents, share: rounded(jurisdiction.residents.share) },
    },
    parentGroups: metrics.parentGroups,
    singlePointsOfFailure: {
      organisations: spof.organisations,
      services: spof.services,
      singleProviderServices: metrics.singleProviderServices,
    },
    falseRedundancy: metrics.falseRedundancy,
    amplification: mapValues(metrics.amplification, (entry) => ({
      ...entry,
      ratio: entry.ratio === null ? null : round(entry.ratio, 4),
    })),
    centrality: {
      dependents: rankedColumn(snapshot.ids, metrics.centrality.dependents, snapshot.assetCount, 0),
      subcontractingBetweenness: ranked(metrics.centrality.subcontractingBetweenness, every, 4, true),
      pagerank: rankedColumn(snapshot.ids, metrics.centrality.pagerank, snapshot.assetCount, 6),
    },
  };
}
