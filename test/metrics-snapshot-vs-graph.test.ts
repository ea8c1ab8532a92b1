/**
 * The metrics document computed from the engine's snapshot (buildMetricsDocument, through
 * @kedja/core/metrics' snapshotMetrics) against the document assembled from the graph metrics one
 * by one, as it was built before (issue 12), on random graphs: the same JSON, character for
 * character (key order and every bit of PageRank included). The graphs get random models,
 * categories, countries, parents and ownership groups, and their nodes and edges are added in a
 * shuffled order, so that the graph's node order (which PageRank sums in) differs from the
 * snapshot's.
 */
import { createEngine, createKedjaGraph, SERVICE_MODELS, type KedjaGraph, type NodeAttributes } from '@kedja/core';
import {
  amplification,
  binHistogram,
  categoryUsage,
  countryShares,
  dependencyPagerank,
  dependents,
  eeaShare,
  falseRedundancy,
  graphMetricsFacts,
  jurisdictionExposure,
  marketConcentration,
  organisationCounts,
  ownershipGroups,
  SERVICE_BINS,
  sharingDistribution,
  singlePointsOfFailure,
  singleProviderServices,
  snapshotMetrics,
  subcontractingBetweenness,
  suppliersByCountry,
  SUPPLIER_BINS,
} from '@kedja/core/metrics';
import { buildMetricsDocument, round } from '@kedja/core/reports';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

let graphsChecked = 0;
afterAll(() => console.log(`metrics documents compared with the graph metrics on ${graphsChecked} random graphs`));

const mapValues = <A, B>(record: Record<string, A>, f: (value: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

function ranked(record: Record<string, number>, keep: (key: string) => boolean, digits: number, dropZero = false) {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key, value]) => keep(key) && !(dropZero && value === 0))
      .map(([key, value]) => [key, round(value, digits)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
}

/** The metrics document as buildMetricsDocument assembled it from the graph metrics before issue 12. */
function graphDocument(graph: KedjaGraph) {
  const engine = createEngine(graph);
  const count = (kind: string) => graph.filterNodes((_n, a) => a.kind === kind).length;
  const isKind = (kind: string) => (id: string) => graph.getNodeAttribute(id, 'kind') === kind;
  const isAsset = (id: string) => graph.getNodeAttribute(id, 'kind') !== 'organisation';
  const sharing = sharingDistribution(graph, { engine });
  const counts = organisationCounts(graph);
  const summarise = (markets: ReturnType<typeof marketConcentration>) =>
    mapValues(markets, (m) => ({
      suppliers: m.suppliers,
      organisations: m.organisations,
      hhi: round(m.hhi, 1),
      cr1: round(m.cr1, 4),
      cr3: round(m.cr3, 4),
      cr5: round(m.cr5, 4),
      gini: round(m.gini, 4),
      leader: m.leader,
    }));
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
      ),
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

const MODELS = [undefined, 'SaaS', 'PaaS', 'IaaS', 'other'] as const;
const CATEGORIES = [undefined, '', 'email', 'payroll', 'hosting'];
const COUNTRIES = ['SE', 'IE', 'US', 'NO', 'CN'];
const PARENTS = [undefined, 'Mega Group', 'mega group ', 'Other AB', 'US Holding'];

/**
 * The graph with attributes drawn from `draws` and its nodes and edges added in the order of
 * `shuffle` (a random permutation key per node and edge), under integer-like ids too.
 */
function decorate(graph: KedjaGraph, draws: number[], numericIds: boolean): KedjaGraph {
  let d = 0;
  const draw = (n: number) => draws[d++ % draws.length]! % n;
  const rename = (id: string) => (numericIds && id.startsWith('s') ? String(100 + Number(id.slice(1))) : id);
  const out = createKedjaGraph({
    ...(draw(2) === 0 ? { name: 'random' } : {}),
    ...(draw(2) === 0
      ? {
          parents: [
            { group: 'Mega Group', country: 'US' },
            { group: 'Other AB', parent: 'US Holding' },
            { group: 'US Holding', country: 'US' },
          ],
        }
      : {}),
  });
  const nodes = graph.nodes().map((id) => ({ id, key: draw(1000) }));
  for (const { id } of nodes.sort((a, b) => a.key - b.key)) {
    const attributes: NodeAttributes = { ...graph.getNodeAttributes(id) };
    if (attributes.kind === 'service') {
      const model = MODELS[draw(MODELS.length)];
      const category = CATEGORIES[draw(CATEGORIES.length)];
      const countries = COUNTRIES.filter(() => draw(3) === 0);
      Object.assign(attributes, model === undefined ? {} : { model }, category === undefined ? {} : { category });
      if (countries.length > 0) attributes.countries = draw(2) === 0 ? countries : [...countries, countries[0]!];
    } else if (attributes.kind === 'supplier') {
      const parent = PARENTS[draw(PARENTS.length)];
      Object.assign(attributes, parent === undefined ? {} : { parent });
      if (draw(4) > 0) attributes.country = COUNTRIES[draw(COUNTRIES.length)]!;
    }
    out.addNode(rename(id), attributes);
  }
  const edges = graph.edges().map((edge) => ({ edge, key: draw(1000) }));
  for (const { edge } of edges.sort((a, b) => a.key - b.key)) {
    out.addDirectedEdgeWithKey(
      edge,
      rename(graph.source(edge)),
      rename(graph.target(edge)),
      graph.getEdgeAttributes(edge),
    );
  }
  return out;
}

const decorated = (sizes: typeof SMALL, possible: boolean) =>
  fc
    .tuple(randomCase(sizes, { possible }), fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), fc.boolean())
    .map(([{ graph }, draws, numericIds]) => decorate(graph, draws, numericIds));

function check(graph: KedjaGraph): void {
  graphsChecked++;
  expect(JSON.stringify(buildMetricsDocument(graph))).toBe(JSON.stringify(graphDocument(graph)));
  // The document rounds; the centralities are the same before rounding too, to the last bit.
  const { engine, facts } = graphMetricsFacts(graph);
  const metrics = snapshotMetrics(engine, facts);
  const pagerank = dependencyPagerank(graph);
  const betweenness = subcontractingBetweenness(graph);
  for (const [id, score] of Object.entries(metrics.pagerank)) expect(score).toBe(pagerank[id]);
  for (const [id, score] of Object.entries(metrics.subcontractingBetweenness)) expect(score).toBe(betweenness[id]);
}

describe('buildMetricsDocument from the snapshot', () => {
  it('gives the graph metrics’ document on small random graphs', () => {
    fc.assert(fc.property(decorated(SMALL, false), check), { numRuns: 600 });
  });
  it('and on medium ones, possible edges included', () => {
    fc.assert(fc.property(decorated(MEDIUM, true), check), { numRuns: 200 });
  });
});
