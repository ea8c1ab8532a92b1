/**
 * The facts about nodes that analyses read besides the dependency structure: ids, kinds, names,
 * and the attributes scenarios select on and blast totals count by. Two implementations: one
 * over a graphology graph (the library model), one over flat columns (the bulk loader, which
 * never builds a per-node object). Both are indexed like the snapshot. Each lookup is O(1), after
 * the ownership chains are resolved once (O(groups)) on the first question about them.
 */
import {
  nodeName,
  resolveParents,
  supplierOwnership,
  type KedjaGraph,
  type NodeKind,
  type OwnershipChains,
  type ParentGroup,
  type Subcontracting,
  type SupplierOwnership,
} from '../model/index.js';
import { SUBCONTRACTING } from '../model/index.js';

export interface NodeTable {
  readonly count: number;
  id(node: number): string;
  kind(node: number): NodeKind;
  indexOf(id: string): number | undefined;
  name(node: number): string;
  /** Organisations. */
  orgType(node: number): string | undefined;
  county(node: number): string | undefined;
  sectors(node: number): readonly string[];
  /** Residents served, when known. */
  population(node: number): number | undefined;
  /** Suppliers: country of the legal entity and ownership group. */
  country(node: number): string | undefined;
  parent(node: number): string | undefined;
  /**
   * Suppliers: the group at the top of the ownership chain (undefined when it is its own ultimate
   * owner) and the jurisdiction, the ultimate parent's country or else its own (model/parents.ts).
   */
  ownership(node: number): SupplierOwnership;
  /** Suppliers: the chance of failing that the data gives (`failure_probability`), if any. */
  failureProbability(node: number): number | undefined;
  /** Suppliers: whether its subcontractors are all listed (`known`, the default), it has `none`, or nobody knows. */
  subcontracting(node: number): Subcontracting | undefined;
  /** Services: countries where data is processed. */
  serviceCountries(node: number): readonly string[];
}

const NONE: readonly string[] = [];
const NOBODY: SupplierOwnership = { ultimateParent: undefined, jurisdiction: undefined };

/** The ownership of supplier `node`, with the chains resolved on the first call. */
function ownershipLookup(
  parents: () => readonly ParentGroup[] | undefined,
  supplier: (node: number) => { country?: string | undefined; parent?: string | undefined } | undefined,
): (node: number) => SupplierOwnership {
  let chains: OwnershipChains | undefined;
  return (node) => {
    const facts = supplier(node);
    if (facts === undefined) return NOBODY;
    chains ??= resolveParents(parents());
    return supplierOwnership(chains, facts);
  };
}

/** The table of a graph, with nodes numbered as in `ids` (the snapshot's order) or in graph order. */
export function graphNodeTable(graph: KedjaGraph, ids: readonly string[] = graph.nodes()): NodeTable {
  let index: Map<string, number> | undefined;
  const attributes = (node: number) => graph.getNodeAttributes(ids[node]!);
  return {
    count: ids.length,
    id: (node) => ids[node]!,
    kind: (node) => attributes(node).kind,
    indexOf: (id) => (index ??= new Map(ids.map((key, i) => [key, i]))).get(id),
    name: (node) => nodeName(graph, ids[node]!),
    orgType: (node) => {
      const a = attributes(node);
      return a.kind === 'organisation' ? a.orgType : undefined;
    },
    county: (node) => {
      const a = attributes(node);
      return a.kind === 'organisation' ? a.county : undefined;
    },
    sectors: (node) => {
      const a = attributes(node);
      return a.kind === 'organisation' ? (a.sectors ?? NONE) : NONE;
    },
    population: (node) => {
      const a = attributes(node);
      return a.kind === 'organisation' ? a.population : undefined;
    },
    country: (node) => {
      const a = attributes(node);
      return a.kind === 'supplier' ? a.country : undefined;
    },
    parent: (node) => {
      const a = attributes(node);
      return a.kind === 'supplier' ? a.parent : undefined;
    },
    ownership: ownershipLookup(
      () => graph.getAttribute('parents'),
      (node) => {
        const a = attributes(node);
        return a.kind === 'supplier' ? a : undefined;
      },
    ),
    failureProbability: (node) => {
      const a = attributes(node);
      return a.kind === 'supplier' ? a.failureProbability : undefined;
    },
    subcontracting: (node) => {
      const a = attributes(node);
      return a.kind === 'supplier' ? (a.subcontracting ?? 'known') : undefined;
    },
    serviceCountries: (node) => {
      const a = attributes(node);
      return a.kind === 'service' ? (a.countries ?? NONE) : NONE;
    },
  };
}

/**
 * Columns of node facts, numbered like a snapshot (suppliers, services, organisations). Strings
 * that repeat (countries, parents, counties, sectors) are stored once in a dictionary and
 * referred to by index; -1 means none.
 */
export interface NodeColumns {
  /** The ids; a loader may give them as a getter that decodes them when first read, with `idAt`. */
  ids: readonly string[];
  /** One node's id without reading `ids` (a loader's decoder of one id); `ids[node]` when absent. */
  idAt?: (node: number) => string;
  /** Each id's position in `ids`, when the caller has it already (a snapshot's `index`); built when first asked otherwise. */
  index?: ReadonlyMap<string, number>;
  /** Display names; or each node's name on demand, for a loader that decodes a name only when it is asked for. */
  names: readonly (string | undefined)[] | ((node: number) => string | undefined);
  supplierCount: number;
  serviceCount: number;
  dictionary: readonly string[];
  /** Per supplier: dictionary index of its country and of its parent group. */
  supplierCountry: Int32Array;
  supplierParent: Int32Array;
  /** Per supplier: its failure probability, NaN when none is given. */
  supplierFailureProbability: Float64Array;
  /** Per supplier: the index of its `subcontracting` in `SUBCONTRACTING`; absent when every supplier's is known. */
  supplierSubcontracting?: Uint8Array;
  /** Per service: dictionary indices of its countries, CSR. */
  serviceCountryStart: Int32Array;
  serviceCountryList: Int32Array;
  /** Per organisation: dictionary index of its type and county; its sectors, CSR. */
  organisationType: Int32Array;
  organisationCounty: Int32Array;
  sectorStart: Int32Array;
  sectorList: Int32Array;
  /** Per organisation: population, NaN when unknown (the snapshot's array). */
  population: Float64Array;
  /** The ownership groups (parents.csv), when the data gives them. */
  parents?: readonly ParentGroup[];
}

export function columnNodeTable(columns: NodeColumns): NodeTable {
  // `ids` is read only where every id is needed (an index built here), so that a loader's lazy
  // ids stay undecoded when the table is asked for a few.
  const { names, supplierCount, serviceCount, dictionary } = columns;
  const assetCount = supplierCount + serviceCount;
  const idAt = columns.idAt ?? ((node: number) => columns.ids[node]!);
  let index: ReadonlyMap<string, number> | undefined = columns.index;
  const word = (i: number) => (i < 0 ? undefined : dictionary[i]);
  const list = (start: Int32Array, items: Int32Array, i: number) => {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (from === to) return NONE;
    const out: string[] = [];
    for (let j = from; j < to; j++) out.push(dictionary[items[j]!]!);
    return out;
  };
  return {
    count: assetCount + columns.organisationType.length,
    id: idAt,
    kind: (node) => (node < supplierCount ? 'supplier' : node < assetCount ? 'service' : 'organisation'),
    indexOf: (id) => (index ??= new Map(columns.ids.map((key, i) => [key, i]))).get(id),
    name: typeof names === 'function' ? (node) => names(node) || idAt(node) : (node) => names[node] || idAt(node),
    orgType: (node) => (node >= assetCount ? word(columns.organisationType[node - assetCount]!) : undefined),
    county: (node) => (node >= assetCount ? word(columns.organisationCounty[node - assetCount]!) : undefined),
    sectors: (node) => (node >= assetCount ? list(columns.sectorStart, columns.sectorList, node - assetCount) : NONE),
    population: (node) => {
      const value = node >= assetCount ? columns.population[node - assetCount] : undefined;
      return value === undefined || Number.isNaN(value) ? undefined : value;
    },
    country: (node) => (node < supplierCount ? word(columns.supplierCountry[node]!) : undefined),
    parent: (node) => (node < supplierCount ? word(columns.supplierParent[node]!) : undefined),
    ownership: ownershipLookup(
      () => columns.parents,
      (node) =>
        node < supplierCount
          ? { country: word(columns.supplierCountry[node]!), parent: word(columns.supplierParent[node]!) }
          : undefined,
    ),
    failureProbability: (node) => {
      const value = node < supplierCount ? columns.supplierFailureProbability[node] : undefined;
      return value === undefined || Number.isNaN(value) ? undefined : value;
    },
    subcontracting: (node) =>
      node < supplierCount ? SUBCONTRACTING[columns.supplierSubcontracting?.[node] ?? 0] : undefined,
    serviceCountries: (node) =>
      node >= supplierCount && node < assetCount
        ? list(columns.serviceCountryStart, columns.serviceCountryList, node - supplierCount)
        : NONE,
  };
}
