/**
 * Every concentration metric of the metrics document, computed from an engine's snapshot and the
 * facts beside it (facts.ts) instead of from a graphology graph: the same answers as the graph
 * metrics (node/, graph/, centrality/), key for key and bit for bit, so that a command can load
 * its input straight into a snapshot and never build a graph. The counting metrics share one pass
 * over the forward edges (CSR) with epoch stamps in typed arrays instead of a Set per node; the
 * single-supplier metrics (effective sharing, single points of failure) share one propagation per
 * supplier; PageRank runs in the graph's node order, which is what fixes its sums.
 *
 * Cost: O(V + E) for the counting metrics (markets: one map entry per market, supplier and
 * organisation link), plus one propagation per supplier (O(sum of blast sizes)), the false
 * redundancy and ownership propagations, and Brandes' algorithm on the subcontracting links.
 */
import type { SnapshotEngine } from '../../engine/index.js';
import { EDGE_KIND_CODES, Propagator, type Snapshot } from '../../kernel/index.js';
import {
  countResidents,
  dataRecord,
  isEeaCountry,
  ResidentCounter,
  resolveParents,
  SERVICE_MODELS,
  supplierOwnership,
  type NodeAttributes,
  type OrganisationAttributes,
  type ServiceModel,
} from '../../model/index.js';
import { snapshotPagerankScores, snapshotSubcontractingBetweenness } from '../centrality/index.js';
import {
  histogram,
  snapshotFalseRedundancy,
  summariseMarket,
  type FalseRedundancyFinding,
  type JurisdictionExposure,
  type MarketConcentration,
  type OrganisationCounts,
  type OwnershipGroup,
  type SharingDistribution,
} from '../graph/index.js';
import type { AmplificationEntry } from '../node/index.js';
import { byString, increment, sortKeys, type Mapping } from '../utils.js';
import type { MetricsFacts } from './facts.js';

const USES = EDGE_KIND_CODES.uses;
const CONTRACTS = EDGE_KIND_CODES.contracts;
const PROVIDED_BY = EDGE_KIND_CODES.providedBy;

/** The metrics of the metrics document, unrounded, as the graph metrics return them. */
export interface SnapshotMetrics {
  sharing: SharingDistribution;
  counts: OrganisationCounts;
  byModel: Record<string, MarketConcentration>;
  byCategory: Record<string, MarketConcentration>;
  /** The suppliers whose failure alone affects each organisation, or fails each service (those with none left out). */
  singlePointsOfFailure: { organisations: Mapping<string[]>; services: Mapping<string[]> };
  categories: Record<string, Record<string, number>>;
  countries: Record<string, number>;
  eeaShare: number | null;
  suppliersByCountry: Record<string, number>;
  jurisdiction: JurisdictionExposure;
  parentGroups: Record<string, OwnershipGroup>;
  singleProviderServices: string[];
  falseRedundancy: FalseRedundancyFinding[];
  amplification: Mapping<AmplificationEntry>;
  /** Distinct direct dependents of every supplier and service. */
  dependents: Mapping<number>;
  subcontractingBetweenness: Mapping<number>;
  /** PageRank of every supplier and service. */
  pagerank: Mapping<number>;
}

/**
 * The same metrics with the centralities of suppliers and services as columns by snapshot index
 * instead of mappings of ids: what the metrics document ranks, without building mappings only to
 * read them back.
 */
export interface SnapshotMetricColumns extends Omit<
  SnapshotMetrics,
  'dependents' | 'subcontractingBetweenness' | 'pagerank'
> {
  /** The centralities of suppliers and services. */
  centrality: {
    /** Distinct direct dependents, by snapshot index (suppliers and services: the first `assetCount`). */
    dependents: Int32Array;
    subcontractingBetweenness: Mapping<number>;
    /** PageRank by snapshot index (every node; suppliers and services are the first `assetCount`). */
    pagerank: Float64Array;
  };
}

/** The distinct targets of each node's forward edges of one kind, as CSR over the sources in [from, to). */
function distinctTargets(snapshot: Snapshot, kind: number, from: number, to: number) {
  const { reqStart, reqTarget, reqKind } = snapshot;
  const start = new Int32Array(to - from + 1);
  const list = new Int32Array(reqStart[to]! - reqStart[from]!);
  const last = new Int32Array(snapshot.nodeCount).fill(-1);
  let n = 0;
  for (let v = from; v < to; v++) {
    for (let i = reqStart[v]!, end = reqStart[v + 1]!; i < end; i++) {
      const t = reqTarget[i]!;
      if (reqKind[i] !== kind || last[t] === v) continue;
      last[t] = v;
      list[n++] = t;
    }
    start[v - from + 1] = n;
  }
  return { start, list: list.slice(0, n) };
}

/** Organisations' distinct used services (CSR by organisation), and per service its distinct users. */
function usesOf(snapshot: Snapshot) {
  const { supplierCount, serviceCount, assetCount, nodeCount } = snapshot;
  const uses = distinctTargets(snapshot, USES, assetCount, nodeCount);
  const userCount = new Int32Array(serviceCount);
  for (const t of uses.list) userCount[t - supplierCount]!++;
  return { uses, userCount };
}

type Csr = { start: Int32Array; list: Int32Array };

const orgTypeOf = (attributes: NodeAttributes): string =>
  attributes.kind === 'organisation' ? (attributes.orgType ?? 'unspecified') : 'unspecified';

/** Every metric of the metrics document, unrounded, from an engine and the facts beside its snapshot. */
export function snapshotMetrics(engine: SnapshotEngine, facts: MetricsFacts): SnapshotMetrics {
  const { centrality, ...metrics } = snapshotMetricColumns(engine, facts);
  const { ids, assetCount } = engine.snapshot;
  const dependents: Mapping<number> = dataRecord();
  const pagerank: Mapping<number> = dataRecord();
  for (let v = 0; v < assetCount; v++) {
    dependents[ids[v]!] = centrality.dependents[v]!;
    pagerank[ids[v]!] = centrality.pagerank[v]!;
  }
  return { ...metrics, dependents, subcontractingBetweenness: centrality.subcontractingBetweenness, pagerank };
}

/** `snapshotMetrics` with the centralities as columns by snapshot index (see SnapshotMetricColumns). */
export function snapshotMetricColumns(engine: SnapshotEngine, facts: MetricsFacts): SnapshotMetricColumns {
  const { snapshot } = engine;
  const { ids, supplierCount, serviceCount, assetCount, nodeCount } = snapshot;
  const attributes = facts.attributes;
  const { uses, userCount } = usesOf(snapshot);
  const providers = distinctTargets(snapshot, PROVIDED_BY, supplierCount, assetCount);
  const contracts = distinctTargets(snapshot, CONTRACTS, assetCount, nodeCount);
  const ownership = ownershipGroupsOf(snapshot, attributes);
  const pass = organisationPass(snapshot, attributes, { uses, providers, contracts }, ownership);
  const { effective, spof } = singleSupplierPass(snapshot);
  const { contracted, declared } = pass;

  const amplification: Mapping<AmplificationEntry> = dataRecord();
  for (let s = 0; s < supplierCount; s++) {
    const d = declared[s]!;
    const e = effective[s]!;
    amplification[ids[s]!] = { contracted: contracted[s]!, declared: d, effective: e, ratio: d > 0 ? e / d : null };
  }

  const parentGroups: Record<string, OwnershipGroup> = dataRecord();
  for (const group of [...ownership.groups.values()].sort((a, b) => byString(a.name, b.name))) {
    const { name, suppliers } = group;
    parentGroups[name] = {
      suppliers: suppliers.sort(byString),
      declared: pass.groupDeclared[group.index]!,
      effective: engine.summary({ spec: { parents: [name] }, members: suppliers, description: name }).organisations,
    };
  }

  const countries = countryCounts(snapshot, attributes, userCount);
  const countryTotal = Object.values(countries).reduce((sum, n) => sum + n, 0);
  let inside = 0;
  let pairs = 0;
  for (const [country, n] of Object.entries(countries)) {
    pairs += n;
    if (isEeaCountry(country)) inside += n;
  }

  const singleProviderServices: string[] = [];
  for (let t = 0; t < serviceCount; t++) {
    if (providers.start[t + 1]! - providers.start[t]! === 1) singleProviderServices.push(ids[supplierCount + t]!);
  }

  const services = servicesByModel(snapshot, attributes, userCount);
  return {
    sharing: {
      services: Object.fromEntries(
        SERVICE_MODELS.map((model) => [model, histogram(services[model])]),
      ) as SharingDistribution['services'],
      suppliersContracted: histogram(contracted),
      suppliersDeclared: histogram(declared),
      suppliersEffective: histogram(effective),
    },
    counts: pass.counts,
    byModel: pass.byModel.summarise(ids),
    byCategory: pass.byCategory.summarise(ids),
    singlePointsOfFailure: spof,
    categories: categoryUsage(snapshot, attributes, uses),
    countries: Object.fromEntries(
      Object.entries(countries)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([country, n]) => [country, n / countryTotal]),
    ),
    eeaShare: pairs === 0 ? null : inside / pairs,
    suppliersByCountry: suppliersByCountry(snapshot, attributes),
    jurisdiction: jurisdictionExposure(engine, facts),
    parentGroups,
    singleProviderServices: singleProviderServices.sort(byString),
    falseRedundancy: snapshotFalseRedundancy(snapshot, facts.alternatives, (s) => attributes[s]!),
    amplification,
    centrality: {
      dependents: dependents(snapshot),
      subcontractingBetweenness: snapshotSubcontractingBetweenness(snapshot),
      pagerank: snapshotPagerankScores(snapshot, facts.order),
    },
  };
}

/** Service sharing per model (node/service-sharing.ts): service → distinct users, by model. */
function servicesByModel(snapshot: Snapshot, attributes: readonly NodeAttributes[], userCount: Int32Array) {
  const { ids, supplierCount, assetCount } = snapshot;
  const services = {} as Record<ServiceModel, Mapping<number>>;
  for (const model of SERVICE_MODELS) services[model] = dataRecord();
  for (let t = supplierCount; t < assetCount; t++) {
    const a = attributes[t]!;
    const model = (a.kind === 'service' && a.model) || 'other';
    if (SERVICE_MODELS.includes(model)) services[model][ids[t]!] = userCount[t - supplierCount]!;
  }
  return services;
}

interface Ownership {
  /** Parent (lower case) → the group's first spelling, its suppliers and its number. */
  groups: Map<string, { name: string; suppliers: string[]; index: number }>;
  /** Per supplier, its group's number or -1. */
  groupOf: Int32Array;
}

/** Suppliers by ownership group, parents matched without regard to case (graph/ownership-groups.ts). */
function ownershipGroupsOf(snapshot: Snapshot, attributes: readonly NodeAttributes[]): Ownership {
  const { ids, supplierCount } = snapshot;
  const groups: Ownership['groups'] = new Map();
  const groupOf = new Int32Array(supplierCount).fill(-1);
  for (let s = 0; s < supplierCount; s++) {
    const a = attributes[s]!;
    const parent = a.kind === 'supplier' ? a.parent?.trim() : undefined;
    if (!parent) continue;
    const key = parent.toLocaleLowerCase('en');
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { name: parent, suppliers: [], index: groups.size }));
    group.suppliers.push(ids[s]!);
    groupOf[s] = group.index;
  }
  return { groups, groupOf };
}

/**
 * One pass over the organisations: contracted and declared sharing (node/contracted-sharing.ts,
 * node/declared-sharing.ts), the ownership groups' declared reach, the organisations behind the
 * sharing tables (graph/organisation-counts.ts) and the markets (graph/market-concentration.ts).
 */
function organisationPass(
  snapshot: Snapshot,
  attributes: readonly NodeAttributes[],
  { uses, providers, contracts }: { uses: Csr; providers: Csr; contracts: Csr },
  { groups, groupOf }: Ownership,
) {
  const { supplierCount, assetCount, nodeCount } = snapshot;
  const contracted = new Int32Array(supplierCount);
  const declared = new Int32Array(supplierCount);
  const groupDeclared = new Int32Array(groups.size);
  const groupStamp = new Int32Array(groups.size).fill(-1);
  const supplierStamp = new Int32Array(supplierCount).fill(-1);
  const users = {} as Record<ServiceModel, Record<string, number>>;
  for (const model of SERVICE_MODELS) users[model] = dataRecord();
  const contracting: Record<string, number> = dataRecord();
  const byModel = new Markets(snapshot, attributes, 'model');
  const byCategory = new Markets(snapshot, attributes, 'category');
  // Per service, the bit of its model in SERVICE_MODELS (a service without one is `other`).
  const modelBit = new Uint8Array(snapshot.serviceCount);
  for (let t = 0; t < snapshot.serviceCount; t++) {
    const a = attributes[supplierCount + t]!;
    const model = SERVICE_MODELS.indexOf((a.kind === 'service' && a.model) || 'other');
    modelBit[t] = model < 0 ? 0 : 1 << model;
  }
  /** Organisation v declares supplier s (counted once per organisation, and once per ownership group). */
  const declare = (v: number, s: number) => {
    if (supplierStamp[s] === v) return;
    supplierStamp[s] = v;
    declared[s]!++;
    const g = groupOf[s]!;
    if (g >= 0 && groupStamp[g] !== v) {
      groupStamp[g] = v;
      groupDeclared[g]!++;
    }
  };
  for (let v = assetCount; v < nodeCount; v++) {
    const o = v - assetCount;
    const type = orgTypeOf(attributes[v]!);
    for (let i = contracts.start[o]!; i < contracts.start[o + 1]!; i++) {
      const s = contracts.list[i]!;
      contracted[s]!++;
      declare(v, s);
    }
    if (contracts.start[o + 1]! > contracts.start[o]!) increment(contracting, type);
    let models = 0;
    for (let i = uses.start[o]!; i < uses.start[o + 1]!; i++) {
      const t = uses.list[i]! - supplierCount;
      models |= modelBit[t]!;
      const from = providers.start[t]!;
      const to = providers.start[t + 1]!;
      for (let j = from; j < to; j++) declare(v, providers.list[j]!);
      byModel.uses(v, t, providers.list, from, to);
      byCategory.uses(v, t, providers.list, from, to);
    }
    if (models !== 0) {
      for (let bit = 0; bit < SERVICE_MODELS.length; bit++) {
        if (models & (1 << bit)) increment(users[SERVICE_MODELS[bit]!], type);
      }
    }
  }
  for (const model of SERVICE_MODELS) users[model] = sortKeys(users[model]);
  const counts: OrganisationCounts = { users, contracting: sortKeys(contracting) };
  return { contracted, declared, groupDeclared, counts, byModel, byCategory };
}

/**
 * One propagation per supplier: effective sharing (node/effective-sharing.ts) and the single
 * points of failure of every service and organisation (node/single-points-of-failure.ts). The
 * suppliers run in the order of their ids, so that every list comes out sorted.
 */
function singleSupplierPass(snapshot: Snapshot): {
  effective: Int32Array;
  spof: SnapshotMetrics['singlePointsOfFailure'];
} {
  const { ids, supplierCount, assetCount, nodeCount } = snapshot;
  const effective = new Int32Array(supplierCount);
  const propagator = new Propagator(snapshot);
  const member = new Int32Array(1);
  const byId = Array.from({ length: supplierCount }, (_, s) => s).sort((a, b) => byString(ids[a]!, ids[b]!));
  // Every (node, supplier) pair in the order found, then grouped by node (a counting sort, which
  // keeps each node's suppliers in the order of their ids): no growing list per node.
  let pairs = new Int32Array(1 << 16);
  let pairCount = 0;
  const count = new Int32Array(nodeCount);
  const record = (v: number, s: number) => {
    if (pairCount + 2 > pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[pairCount++] = v;
    pairs[pairCount++] = s;
    count[v]!++;
  };
  for (const s of byId) {
    member[0] = s;
    propagator.run(member);
    const { affected, affectedCount, failed, failedCount } = propagator;
    effective[s] = affectedCount;
    for (let i = 0; i < affectedCount; i++) record(affected[i]!, s);
    for (let i = 0; i < failedCount; i++) {
      const v = failed[i]!;
      if (v >= supplierCount) record(v, s);
    }
  }
  const offset = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) offset[v + 1] = offset[v]! + count[v]!;
  const grouped = new Int32Array(pairCount / 2);
  const fill = offset.slice(0, nodeCount);
  for (let i = 0; i < pairCount; i += 2) grouped[fill[pairs[i]!]!++] = pairs[i + 1]!;
  const nonEmpty = (from: number, to: number) => {
    const result: Mapping<string[]> = dataRecord();
    for (let v = from; v < to; v++) {
      const n = count[v]!;
      if (n === 0) continue;
      const list = new Array<string>(n);
      for (let i = 0, j = offset[v]!; i < n; i++, j++) list[i] = ids[grouped[j]!]!;
      result[ids[v]!] = list;
    }
    return result;
  };
  return {
    effective,
    spof: { organisations: nonEmpty(assetCount, nodeCount), services: nonEmpty(supplierCount, assetCount) },
  };
}

/** The market of each service (graph/market-concentration.ts), as numbers into `names`; -1 for none. */
function marketsOf(snapshot: Snapshot, attributes: readonly NodeAttributes[], by: 'model' | 'category') {
  const { supplierCount, serviceCount } = snapshot;
  const names: string[] = [];
  const index = new Map<string, number>();
  const marketOf = new Int32Array(serviceCount).fill(-1);
  for (let t = 0; t < serviceCount; t++) {
    const a = attributes[supplierCount + t]!;
    if (a.kind !== 'service') continue;
    const market = by === 'model' ? (a.model ?? 'other') : a.category;
    if (!market) continue;
    let m = index.get(market);
    if (m === undefined) index.set(market, (m = names.push(market) - 1));
    marketOf[t] = m;
  }
  return { names, marketOf };
}

/**
 * Market concentration counted in the pass over the organisations: per market, its distinct users,
 * and per market and supplier the distinct organisations served (an organisation counts once however
 * many of the market's services it uses from the supplier): epoch stamps per (market, supplier)
 * pair, in typed arrays (or, for very many pairs, slots found through a map).
 */
class Markets {
  private readonly names: string[];
  private readonly marketOf: Int32Array;
  private readonly supplierCount: number;
  private readonly userCount: Int32Array;
  private readonly lastUser: Int32Array;
  /** For very many pairs: pair → slot; otherwise the pair is its own slot. */
  private readonly slots: Map<number, number> | undefined;
  private lastServed: Int32Array;
  private servedCount: Int32Array;
  private used = 0;

  constructor(snapshot: Snapshot, attributes: readonly NodeAttributes[], by: 'model' | 'category') {
    ({ names: this.names, marketOf: this.marketOf } = marketsOf(snapshot, attributes, by));
    this.supplierCount = snapshot.supplierCount;
    this.userCount = new Int32Array(this.names.length);
    this.lastUser = new Int32Array(this.names.length).fill(-1);
    const pairs = this.names.length * this.supplierCount;
    this.slots = pairs > 1 << 24 ? new Map() : undefined;
    const size = this.slots === undefined ? pairs : 1024;
    this.lastServed = new Int32Array(size).fill(-1);
    this.servedCount = new Int32Array(size);
  }

  private slot(pair: number): number {
    if (this.slots === undefined) return pair;
    let slot = this.slots.get(pair);
    if (slot === undefined) {
      this.slots.set(pair, (slot = this.used++));
      if (slot === this.servedCount.length) {
        const last = new Int32Array(slot * 2).fill(-1);
        last.set(this.lastServed);
        const count = new Int32Array(slot * 2);
        count.set(this.servedCount);
        this.lastServed = last;
        this.servedCount = count;
      }
    }
    return slot;
  }

  /** Organisation `v` uses service `t` (its index among services), provided by list[from .. to - 1]. */
  uses(v: number, t: number, list: Int32Array, from: number, to: number): void {
    const m = this.marketOf[t]!;
    if (m < 0) return;
    if (this.lastUser[m] !== v) {
      this.lastUser[m] = v;
      this.userCount[m]!++;
    }
    for (let j = from; j < to; j++) {
      const slot = this.slot(m * this.supplierCount + list[j]!);
      if (this.lastServed[slot] === v) continue;
      this.lastServed[slot] = v;
      this.servedCount[slot]!++;
    }
  }

  summarise(ids: readonly string[]): Record<string, MarketConcentration> {
    const result: Record<string, MarketConcentration> = dataRecord();
    this.names.forEach((market, m) => {
      if (this.userCount[m] === 0) return; // a market only of services nobody uses
      const entries: [string, number][] = [];
      for (let s = 0; s < this.supplierCount; s++) {
        const pair = m * this.supplierCount + s;
        const slot = this.slots === undefined ? pair : this.slots.get(pair);
        if (slot !== undefined && this.servedCount[slot]! > 0) entries.push([ids[s]!, this.servedCount[slot]!]);
      }
      result[market] = summariseMarket(entries, this.userCount[m]!);
    });
    return sortKeys(result);
  }
}

/**
 * Category usage (graph/category-usage.ts): category → organisation type → distinct services used.
 * The organisations taken type by type, a service stamped with the type that last used it, so each
 * (service, type) pair counts once: O(V + E), no set per service.
 */
function categoryUsage(
  snapshot: Snapshot,
  attributes: readonly NodeAttributes[],
  uses: Csr,
): Record<string, Record<string, number>> {
  const { supplierCount, assetCount, organisationCount } = snapshot;
  // Organisations grouped by type (a counting sort by type number).
  const types: string[] = [];
  const typeNumber = new Map<string, number>();
  const typeOf = new Int32Array(organisationCount);
  for (let o = 0; o < organisationCount; o++) {
    const type = orgTypeOf(attributes[assetCount + o]!);
    let k = typeNumber.get(type);
    if (k === undefined) typeNumber.set(type, (k = types.push(type) - 1));
    typeOf[o] = k;
  }
  const typeStart = new Int32Array(types.length + 1);
  for (let o = 0; o < organisationCount; o++) typeStart[typeOf[o]! + 1]!++;
  for (let k = 0; k < types.length; k++) typeStart[k + 1]! += typeStart[k]!;
  const byType = new Int32Array(organisationCount);
  const fill = typeStart.slice(0, types.length);
  for (let o = 0; o < organisationCount; o++) byType[fill[typeOf[o]!]!++] = o;
  // Per service, the category row it counts in, or undefined.
  const rowOf: (Record<string, number> | undefined)[] = new Array(assetCount - supplierCount);
  const usage: Record<string, Record<string, number>> = dataRecord();
  const rowFor = (t: number) => {
    const a = attributes[t]!;
    if (a.kind !== 'service' || !a.category) return undefined;
    if (!SERVICE_MODELS.includes(a.model ?? 'other')) return undefined;
    return (usage[a.category] ??= dataRecord());
  };
  const stamp = new Int32Array(assetCount - supplierCount).fill(-1);
  const known = new Uint8Array(assetCount - supplierCount);
  for (let k = 0; k < types.length; k++) {
    const type = types[k]!;
    for (let p = typeStart[k]!; p < typeStart[k + 1]!; p++) {
      const o = byType[p]!;
      for (let i = uses.start[o]!, end = uses.start[o + 1]!; i < end; i++) {
        const t = uses.list[i]! - supplierCount;
        if (stamp[t] === k) continue;
        stamp[t] = k;
        if (known[t] === 0) {
          known[t] = 1;
          rowOf[t] = rowFor(t + supplierCount);
        }
        const row = rowOf[t];
        if (row !== undefined) increment(row, type);
      }
    }
  }
  for (const category of Object.keys(usage)) usage[category] = sortKeys(usage[category]!);
  return sortKeys(usage);
}

/** Services per processing country, used services only (graph/country-shares.ts). */
function countryCounts(
  snapshot: Snapshot,
  attributes: readonly NodeAttributes[],
  userCount: Int32Array,
): Record<string, number> {
  const { supplierCount, assetCount } = snapshot;
  const counts: Record<string, number> = dataRecord();
  for (let t = supplierCount; t < assetCount; t++) {
    const a = attributes[t]!;
    if (a.kind !== 'service' || !a.countries?.length) continue;
    if (userCount[t - supplierCount] === 0) continue;
    for (const country of new Set(a.countries)) increment(counts, country);
  }
  return counts;
}

/** Suppliers by country of the legal entity (graph/supplier-countries.ts). */
function suppliersByCountry(snapshot: Snapshot, attributes: readonly NodeAttributes[]): Record<string, number> {
  const counts: Record<string, number> = dataRecord();
  for (let s = 0; s < snapshot.supplierCount; s++) {
    const a = attributes[s]!;
    increment(counts, (a.kind === 'supplier' && a.country) || 'unspecified');
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

const shareOf = (exposed: number, total: number) => ({ exposed, total, share: total === 0 ? null : exposed / total });

/** Exposure to jurisdictions outside the EU/EEA, by ownership (graph/jurisdiction-exposure.ts). */
function jurisdictionExposure(engine: SnapshotEngine, facts: MetricsFacts): JurisdictionExposure {
  const { snapshot } = engine;
  const { attributes } = facts;
  const chains = resolveParents(facts.parents as Parameters<typeof resolveParents>[0]);
  const counts: Record<string, number> = dataRecord();
  let outside = 0;
  for (let s = 0; s < snapshot.supplierCount; s++) {
    const a = attributes[s]!;
    if (a.kind !== 'supplier') continue;
    const { jurisdiction } = supplierOwnership(chains, a);
    increment(counts, jurisdiction ?? 'unspecified');
    if (jurisdiction !== undefined && !isEeaCountry(jurisdiction)) outside++;
  }
  const organisations = attributes.slice(snapshot.assetCount) as OrganisationAttributes[];
  const exposed = new ResidentCounter();
  let critical = 0;
  if (outside > 0) {
    // The engine's blast of the scenario, counted without its lists: the critical organisations,
    // added in the blast's order (tier, then id).
    const { members } = engine.scenario({ outsideEeaJurisdiction: true });
    const propagator = new Propagator(snapshot);
    propagator.run(Int32Array.from(members, (id) => snapshot.index.get(id)!));
    const hit: number[] = [];
    // Whole populations whose sum stays exact add up to the same total in any order.
    let bound = 0;
    for (let i = 0; i < propagator.affectedCount; i++) {
      const o = propagator.affected[i]!;
      if (!propagator.isCritical(o)) continue;
      hit.push(o);
      const { population } = attributes[o] as OrganisationAttributes;
      if (population !== undefined) bound += Number.isSafeInteger(population) ? Math.abs(population) : Infinity;
    }
    if (!(bound <= Number.MAX_SAFE_INTEGER)) {
      const ids = snapshot.ids;
      hit.sort((a, b) => propagator.tier[a]! - propagator.tier[b]! || byString(ids[a]!, ids[b]!));
    }
    for (const o of hit) exposed.add(attributes[o] as OrganisationAttributes);
    critical = hit.length;
  }
  return {
    suppliers: Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    outsideEeaSuppliers: outside,
    organisations: shareOf(critical, organisations.length),
    residents: shareOf(exposed.total, countResidents(organisations)),
  };
}

/** Distinct direct dependents of every supplier and service (centrality/dependents.ts), by snapshot index. */
function dependents(snapshot: Snapshot): Int32Array {
  const { nodeCount, reqStart, reqTarget } = snapshot;
  const count = new Int32Array(nodeCount);
  const last = new Int32Array(nodeCount).fill(-1);
  for (let v = 0; v < nodeCount; v++) {
    for (let i = reqStart[v]!, end = reqStart[v + 1]!; i < end; i++) {
      const t = reqTarget[i]!;
      if (last[t] === v) continue;
      last[t] = v;
      count[t]!++;
    }
  }
  return count.subarray(0, snapshot.assetCount);
}
