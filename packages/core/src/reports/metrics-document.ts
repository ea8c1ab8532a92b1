/**
 * The metrics document: every concentration metric of a graph in one plain, JSON-ready object, the
 * answer of `kedja metrics --json` and the data behind reports. One engine (one snapshot) serves
 * every metric that propagates failures. Shares and indices are rounded (shares and ratios to 4
 * decimals, HHI to 1, centralities to 6) so that output is stable and readable; counts are exact.
 *
 * Cost: O(V + E) for the counting metrics plus a few passes of single-supplier propagation
 * (effective sharing, single points of failure, false redundancy): O(sum of blast sizes) each.
 */
import { createEngine, type Engine } from '../engine/index.js';
import {
  amplification,
  binHistogram,
  categoryUsage,
  countryShares,
  dependencyPagerank,
  dependents,
  eeaShare,
  falseRedundancy,
  jurisdictionExposure,
  marketConcentration,
  organisationCounts,
  ownershipGroups,
  SERVICE_BINS,
  sharingDistribution,
  singlePointsOfFailure,
  singleProviderServices,
  subcontractingBetweenness,
  suppliersByCountry,
  SUPPLIER_BINS,
  type AmplificationEntry,
  type BinCount,
  type FalseRedundancyFinding,
  type Histogram,
  type JurisdictionExposure,
  type OwnershipGroup,
} from '../metrics/index.js';
import { SERVICE_MODELS, type KedjaGraph, type ServiceModel } from '../model/index.js';

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

function summarise(markets: ReturnType<typeof marketConcentration>): Record<string, MarketSummary> {
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
  const engine = options.engine ?? createEngine(graph);
  const count = (kind: string) => graph.filterNodes((_n, a) => a.kind === kind).length;
  const isKind = (kind: string) => (id: string) => graph.getNodeAttribute(id, 'kind') === kind;
  const isAsset = (id: string) => graph.getNodeAttribute(id, 'kind') !== 'organisation';

  const sharing = sharingDistribution(graph, { engine });
  const counts = organisationCounts(graph);
  const byModel = marketConcentration(graph, { by: 'model' });
  const byCategory = marketConcentration(graph, { by: 'category' });
  const spof = singlePointsOfFailure(graph, { engine, kinds: ['organisation', 'service'] });
  const nonEmpty = (keep: (id: string) => boolean) =>
    Object.fromEntries(Object.entries(spof).filter(([id, list]) => keep(id) && list.length > 0));
  const eea = eeaShare(graph);
  const jurisdiction = jurisdictionExposure(graph, { engine });
  const rounded = (share: number | null) => (share === null ? null : round(share, 4));

  return {
    graph: {
      name: graph.getAttribute('name') ?? null,
      organisations: count('organisation'),
      services: count('service'),
      suppliers: count('supplier'),
      edges: graph.size,
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
    categories: categoryUsage(graph),
    concentration: { byModel: summarise(byModel), byCategory: summarise(byCategory) },
    hhi: {
      byModel: mapValues(byModel, (m) => round(m.hhi, 1)),
      byCategory: mapValues(byCategory, (m) => round(m.hhi, 1)),
    },
    countries: mapValues(countryShares(graph), (share) => round(share, 4)),
    eeaShare: eea === null ? null : round(eea, 4),
    suppliersByCountry: suppliersByCountry(graph),
    jurisdiction: {
      ...jurisdiction,
      organisations: { ...jurisdiction.organisations, share: rounded(jurisdiction.organisations.share) },
      residents: { ...jurisdiction.residents, share: rounded(jurisdiction.residents.share) },
    },
    parentGroups: ownershipGroups(graph, { engine }),
    singlePointsOfFailure: {
      organisations: nonEmpty(isKind('organisation')),
      services: nonEmpty(isKind('service')),
      singleProviderServices: singleProviderServices(graph),
    },
    falseRedundancy: falseRedundancy(graph, { engine }),
    amplification: mapValues(amplification(graph, { engine }), (entry) => ({
      ...entry,
      ratio: entry.ratio === null ? null : round(entry.ratio, 4),
    })),
    centrality: {
      dependents: ranked(dependents(graph), isAsset, 0),
      subcontractingBetweenness: ranked(subcontractingBetweenness(graph), () => true, 4, true),
      pagerank: ranked(dependencyPagerank(graph), isAsset, 6),
    },
  };
}
