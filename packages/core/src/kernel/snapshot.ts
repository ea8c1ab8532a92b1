/**
 * The engine's immutable snapshot of a Kedja graph: flat typed arrays in compressed sparse row
 * (CSR) form, built once per graph, so that propagation never touches objects, Maps or graphology
 * callbacks in its hot loop.
 *
 * Nodes are numbered suppliers first, then services, then organisations. Every dependency edge
 * belongs to a *requirement unit* of its source node: an ungrouped edge is a unit of its own, the
 * edges of one alternatives group form one unit. A node fails when every member of one of its
 * units has failed (AND over units, OR within a unit). Organisations have a second set of units
 * for the critical rule, built from their critical edges alone.
 *
 * - forward arrays (`req*`): for each node, what it depends on (target, edge kind, units);
 * - trigger arrays (`trig*`): for each supplier and service, the owners that count on it, as the
 *   propagation kernel reads them;
 * - reverse arrays (`dependentUnits`): for each supplier and service, the units that count on it,
 *   built on first use (only the pair screens read them).
 *
 * Possible edges (issue 13) are edges like the others here, so the snapshot answers for the upper
 * bound (possible edges taken as required); `reqPossible` marks them, and `lowerBoundSnapshot`
 * builds the lower bound (possible edges left out) from the snapshot alone.
 *
 * Building is O(V + E) time and memory. `buildSnapshot` takes plain arrays, so loaders that never
 * build a graphology graph can use it too; `createSnapshot` feeds it from a graphology graph.
 */
import { quoteValue } from '../errors.js';
import { KedjaError, CORE_ERROR_CODES } from '../errors.js';
import {
  EDGE_ENDPOINTS,
  EDGE_KINDS,
  isPossibleEdge,
  type EdgeKind,
  type KedjaGraph,
  type NodeKind,
} from '../model/index.js';

export const KIND_SUPPLIER = 0;
export const KIND_SERVICE = 1;
export const KIND_ORGANISATION = 2;
const KIND_CODES: Record<NodeKind, number> = {
  supplier: KIND_SUPPLIER,
  service: KIND_SERVICE,
  organisation: KIND_ORGANISATION,
};
export const EDGE_KIND_CODES: Record<EdgeKind, number> = { uses: 0, contracts: 1, providedBy: 2, subcontracts: 3 };

/** Plain-array description of a graph, the input of `buildSnapshot`. */
export interface SnapshotInput {
  /** Node ids, ordered suppliers, then services, then organisations. */
  ids: string[];
  supplierCount: number;
  serviceCount: number;
  /** Population per organisation (index minus the first organisation index); NaN when unknown. */
  population: Float64Array;
  /** Per organisation, the area whose residents it serves, or -1 (see `residentAreas`). */
  residentArea: Int32Array;
  /** Per organisation, 1 when it is a region: it covers its whole area. */
  residentRegion: Uint8Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** `EDGE_KIND_CODES` of each edge. */
  edgeKind: Uint8Array;
  /** 1 when the edge is critical (only meaningful for uses and contracts edges). */
  edgeCritical: Uint8Array;
  /** Alternatives group of each edge, numbered globally; -1 when ungrouped. */
  edgeGroup: Int32Array;
  /** 1 when the edge is only possible (certainty `possible`, never grouped); absent when no edge is. */
  edgePossible?: Uint8Array;
  /** Each id's position in `ids`, when the caller has it already; built when first asked otherwise. */
  index?: ReadonlyMap<string, number>;
}

/**
 * Each id's position in a list of ids, built on first use and by parts: the ids up to the end of
 * the first part (the suppliers), then the next, and so on until an id is found, so that naming a
 * ranking of suppliers never hashes a million organisation ids. Everything else (size, iteration)
 * builds the whole index. The same answers as a Map built at once; O(ids) in all.
 */
class IdIndex implements ReadonlyMap<string, number> {
  private readonly map = new Map<string, number>();
  /** How many ids are in the map. */
  private built = 0;
  constructor(
    private readonly ids: IdSequence,
    /** The ends of the parts, ascending; the last is the number of ids. */
    private readonly parts: readonly number[],
  ) {}
  /** Adds the next part; false when every id is in. */
  private grow(): boolean {
    const { ids, map } = this;
    if (this.built === ids.length) return false;
    const end = this.parts.find((part) => part > this.built) ?? ids.length;
    for (let i = this.built; i < end; i++) map.set(ids.at(i)!, i);
    this.built = end;
    return true;
  }
  private whole(): Map<string, number> {
    while (this.grow());
    return this.map;
  }
  get size(): number {
    return this.whole().size;
  }
  get(id: string): number | undefined {
    let found = this.map.get(id);
    while (found === undefined && this.grow()) found = this.map.get(id);
    return found;
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  forEach(each: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.whole().forEach((value, key) => each.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[string, number]> {
    return this.whole().entries();
  }
  keys(): MapIterator<string> {
    return this.whole().keys();
  }
  values(): MapIterator<number> {
    return this.whole().values();
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.whole()[Symbol.iterator]();
  }
}

/** Ids by position: an array, or a list that decodes an id when it is asked for (`NodeIdList`). */
export interface IdSequence {
  readonly length: number;
  at(node: number): string | undefined;
}

/** The index of a snapshot's ids, built on first use by parts: suppliers, services, organisations. */
export function idIndexOf(ids: IdSequence, supplierCount: number, assetCount: number): ReadonlyMap<string, number> {
  return new IdIndex(ids, [supplierCount, assetCount, ids.length]);
}

export interface Snapshot {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly nodeCount: number;
  readonly supplierCount: number;
  readonly serviceCount: number;
  /** Index of the first organisation (= number of suppliers and services). */
  readonly assetCount: number;
  readonly organisationCount: number;
  readonly population: Float64Array;
  /**
   * Residents counted once (a region covers its county, a municipality itself): per organisation
   * its area or -1, whether it is a region, and the number of areas (`residentAreas`).
   */
  readonly residentArea: Int32Array;
  readonly residentRegion: Uint8Array;
  readonly areaCount: number;
  /** Requirement units: owner node, number of member edges, whether it belongs to the critical rule. */
  readonly unitCount: number;
  readonly unitOwner: Int32Array;
  readonly unitCapacity: Int32Array;
  readonly unitCritical: Uint8Array;
  /** Forward CSR over all nodes: edges reqStart[v] .. reqStart[v + 1] - 1. */
  readonly reqStart: Int32Array;
  readonly reqTarget: Int32Array;
  readonly reqKind: Uint8Array;
  readonly reqUnit: Int32Array;
  /** The critical-rule unit of an organisation's edge, or -1. */
  readonly reqCriticalUnit: Int32Array;
  /**
   * Trigger CSR over suppliers and services, the layout the propagation kernel reads. Entries
   * trigStart[v] .. trigStart[v + 1] - 1 are one packed word each: the owner that counts on v
   * (`word >>> TRIG_OWNER_SHIFT`), whether its unit has several members (`TRIG_GROUPED`: then the
   * unit is counted down, otherwise the owner fails at once), and which rule the
   * entry feeds (`word & 3`: `MODE_ALL`, `MODE_CRITICAL`, or `MODE_BOTH` for an organisation's
   * ungrouped critical edge). `trigUnit` names the entry's unit (for `MODE_BOTH`, the
   * all-dependencies unit). One sequential read per entry in the hot loop.
   */
  readonly trigStart: Int32Array;
  /** Per asset: the first of its entries whose owner is an organisation (suppliers and services come first). */
  readonly trigSplit: Int32Array;
  readonly trigPacked: Int32Array;
  readonly trigUnit: Int32Array;
  /** Number of possible edges (certainty `possible`); 0 when every edge is confirmed. */
  readonly possibleCount: number;
  /** Per forward edge (like `reqTarget`), 1 when it is possible; empty when `possibleCount` is 0. */
  readonly reqPossible: Uint8Array;
}

/** Trigger modes: the entry feeds the all-dependencies rule, the critical rule, or both. */
export const MODE_ALL = 1;
export const MODE_CRITICAL = 2;
export const MODE_BOTH = 3;
export const TRIG_GROUPED = 4;
export const TRIG_OWNER_SHIFT = 3;
/** Snapshots hold at most this many nodes (owners are packed into 29 bits). */
export const MAX_NODES = 1 << 28;

export function kindOf(snapshot: Snapshot, node: number): number {
  return node < snapshot.supplierCount ? KIND_SUPPLIER : node < snapshot.assetCount ? KIND_SERVICE : KIND_ORGANISATION;
}

/**
 * The areas whose residents organisations serve, for counting residents once: a municipality or
 * region with a county serves the county's area (a region all of it), one without a county an
 * area of its own; other organisations (agencies) serve none (-1). `orgType(i)` and `county(i)`
 * answer for organisation i (0-based among organisations). O(organisations).
 */
export function residentAreas(
  count: number,
  orgType: (i: number) => string | undefined,
  county: (i: number) => string | undefined,
): { residentArea: Int32Array; residentRegion: Uint8Array } {
  const residentArea = new Int32Array(count).fill(-1);
  const residentRegion = new Uint8Array(count);
  const areas = new Map<string, number>();
  let next = 0;
  for (let i = 0; i < count; i++) {
    const type = orgType(i);
    if (type !== 'municipality' && type !== 'region') continue;
    const name = county(i);
    if (name === undefined || name === '') {
      residentArea[i] = next++;
    } else {
      let area = areas.get(name);
      if (area === undefined) areas.set(name, (area = next++));
      residentArea[i] = area;
    }
    if (type === 'region') residentRegion[i] = 1;
  }
  return { residentArea, residentRegion };
}

/**
 * From this many edges on, the arrays the propagation kernel reads are made in shared memory
 * (where the platform has it), so that worker threads read them as they are instead of a copy.
 */
const SHARED_FROM_EDGES = 1 << 20;

type Allocate = (length: number) => Int32Array;

const plainInt32: Allocate = (length) => new Int32Array(length);
const sharedInt32: Allocate = (length) => new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));

/** Builds the snapshot from plain arrays. O(V + E). */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { ids, supplierCount, serviceCount } = input;
  const nodeCount = ids.length;
  if (nodeCount > MAX_NODES) {
    throw new KedjaError(
      CORE_ERROR_CODES.invalidGraph,
      `a snapshot holds at most ${MAX_NODES} nodes, not ${nodeCount}`,
    );
  }
  const assetCount = supplierCount + serviceCount;
  const shared = input.edgeSource.length >= SHARED_FROM_EDGES && typeof SharedArrayBuffer === 'function';
  const allocate = shared ? sharedInt32 : plainInt32;
  const { reqStart, order } = forwardOrder(input.edgeSource, nodeCount);
  const units = requirementUnits(input, reqStart, order, assetCount, allocate);
  const { trigStart, trigPacked, trigUnit } = triggers(reqStart, units, nodeCount, assetCount, allocate);
  const trigSplit = organisationSplit(trigStart, trigPacked, assetCount, allocate);
  const { possibleCount, reqPossible } = possibleEdges(input.edgePossible, order);

  return {
    ids,
    index: input.index ?? idIndexOf(ids, supplierCount, assetCount),
    nodeCount,
    supplierCount,
    serviceCount,
    assetCount,
    organisationCount: nodeCount - assetCount,
    population: input.population,
    residentArea: input.residentArea,
    residentRegion: input.residentRegion,
    areaCount: input.residentArea.reduce((most, area) => Math.max(most, area + 1), 0),
    unitCount: units.unitOwner.length,
    unitOwner: units.unitOwner,
    unitCapacity: units.unitCapacity,
    unitCritical: units.unitCritical,
    reqStart,
    reqTarget: units.reqTarget,
    reqKind: units.reqKind,
    reqUnit: units.reqUnit,
    reqCriticalUnit: units.reqCriticalUnit,
    trigStart,
    trigSplit,
    trigPacked,
    trigUnit,
    possibleCount,
    reqPossible,
  };
}

/** The possible flags in forward order, or none at all when no edge is possible. */
function possibleEdges(
  edgePossible: Uint8Array | undefined,
  order: Int32Array,
): { possibleCount: number; reqPossible: Uint8Array } {
  let possibleCount = 0;
  if (edgePossible !== undefined) for (let e = 0; e < order.length; e++) possibleCount += edgePossible[e] === 1 ? 1 : 0;
  if (possibleCount === 0) return { possibleCount, reqPossible: new Uint8Array(0) };
  const reqPossible = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) reqPossible[i] = edgePossible![order[i]!]!;
  return { possibleCount, reqPossible };
}

/**
 * The plain arrays a snapshot was built from, in its forward order (groups renumbered, a group of
 * one member as ungrouped, which means the same), with only the edges `keep` accepts. O(V + E).
 */
function inputOf(
  snapshot: Snapshot,
  keep: (forwardEdge: number) => boolean,
  added: readonly AddedEdge[] = [],
): SnapshotInput {
  const { reqStart, reqTarget, reqKind, reqUnit, reqCriticalUnit, unitCapacity, assetCount, nodeCount } = snapshot;
  const total = reqTarget.length;
  let count = added.length;
  for (let i = 0; i < total; i++) if (keep(i)) count++;
  const edgeSource = new Int32Array(count);
  const edgeTarget = new Int32Array(count);
  const edgeKind = new Uint8Array(count);
  const edgeCritical = new Uint8Array(count);
  const edgeGroup = new Int32Array(count);
  const edgePossible = new Uint8Array(count);
  let e = 0;
  for (let v = 0; v < nodeCount; v++) {
    for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
      if (!keep(i)) continue;
      edgeSource[e] = v;
      edgeTarget[e] = reqTarget[i]!;
      edgeKind[e] = reqKind[i]!;
      edgeCritical[e] = v < assetCount || reqCriticalUnit[i]! >= 0 ? 1 : 0;
      edgeGroup[e] = unitCapacity[reqUnit[i]!]! > 1 ? reqUnit[i]! : -1;
      edgePossible[e] = snapshot.possibleCount > 0 ? snapshot.reqPossible[i]! : 0;
      e++;
    }
  }
  for (const edge of added) {
    edgeSource[e] = edge.source;
    edgeTarget[e] = edge.target;
    edgeKind[e] = EDGE_KIND_CODES[edge.kind];
    edgeCritical[e] = edge.source < assetCount ? 1 : 0;
    edgeGroup[e] = -1;
    edgePossible[e] = edge.possible ? 1 : 0;
    e++;
  }
  return {
    ids: snapshot.ids as string[],
    supplierCount: snapshot.supplierCount,
    serviceCount: snapshot.serviceCount,
    population: snapshot.population,
    residentArea: snapshot.residentArea,
    residentRegion: snapshot.residentRegion,
    edgeSource,
    edgeTarget,
    edgeKind,
    edgeCritical,
    edgeGroup,
    edgePossible,
  };
}

/**
 * The lower bound of a snapshot with possible edges: the same nodes, the possible edges left out
 * (issue 13). The snapshot itself is the upper bound: possible edges count as required. Returns the
 * snapshot itself when no edge is possible. O(V + E).
 */
export function lowerBoundSnapshot(snapshot: Snapshot): Snapshot {
  if (snapshot.possibleCount === 0) return snapshot;
  return buildSnapshot(inputOf(snapshot, (i) => snapshot.reqPossible[i] !== 1));
}

/** An edge `editSnapshot` adds, between node indices: ungrouped, not critical, possible or confirmed. */
export interface AddedEdge {
  source: number;
  target: number;
  kind: EdgeKind;
  possible: boolean;
}

/**
 * The snapshot with the forward edges `drop` accepts left out and `add` added; the same nodes and
 * numbering, so the node table still fits. What-ifs on the dependency structure (which knowledge
 * gap matters, assumed subcontracting) are built this way. O(V + E).
 */
export function editSnapshot(
  snapshot: Snapshot,
  { drop = () => false, add = [] }: { drop?: (forwardEdge: number) => boolean; add?: readonly AddedEdge[] },
): Snapshot {
  return buildSnapshot(inputOf(snapshot, (i) => !drop(i), add));
}

/** The forward arrays of `buildSnapshot` and the requirement units they point at. */
type RequirementUnits = Pick<
  Snapshot,
  'reqTarget' | 'reqKind' | 'reqUnit' | 'reqCriticalUnit' | 'unitOwner' | 'unitCapacity' | 'unitCritical'
>;

/**
 * Forward CSR: `reqStart`, and `order`, the input edge at each forward position (stable in input
 * order within a node).
 */
function forwardOrder(edgeSource: Int32Array, nodeCount: number): { reqStart: Int32Array; order: Int32Array } {
  const edgeCount = edgeSource.length;
  const reqStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) reqStart[(edgeSource[e] as number) + 1]! += 1;
  for (let v = 0; v < nodeCount; v++) reqStart[v + 1]! += reqStart[v]!;
  const cursor = reqStart.slice(0, nodeCount);
  const order = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) order[cursor[edgeSource[e]!]!++] = e;
  return { reqStart, order };
}

/** The first `length` values of `array`, in an array of `allocate`. */
function copyOf(array: Int32Array, length: number, allocate: Allocate): Int32Array {
  const copy = allocate(length);
  copy.set(array.subarray(0, length));
  return copy;
}

/**
 * Units, numbered per source node in edge order; groups map to one unit per (node, group). An
 * organisation's critical edges also get units of the critical rule, numbered among the others.
 */
function requirementUnits(
  input: SnapshotInput,
  reqStart: Int32Array,
  order: Int32Array,
  assetCount: number,
  allocate: Allocate,
): RequirementUnits {
  const { edgeTarget, edgeKind, edgeCritical, edgeGroup } = input;
  const nodeCount = input.ids.length;
  const edgeCount = order.length;
  const reqTarget = new Int32Array(edgeCount);
  const reqKind = new Uint8Array(edgeCount);
  const reqUnit = new Int32Array(edgeCount);
  const reqCriticalUnit = new Int32Array(edgeCount).fill(-1);
  // The unit each alternatives group opened, and the critical-rule unit; a group's units belong to
  // the node whose edges are being read only (owners[unit] === v), so nothing is cleared per node.
  let groupEnd = 0;
  for (let e = 0; e < edgeCount; e++) groupEnd = Math.max(groupEnd, edgeGroup[e]! + 1);
  const groupUnit = new Int32Array(groupEnd).fill(-1);
  const criticalGroupUnit = new Int32Array(groupEnd).fill(-1);
  // An edge opens at most two units (its rule and, for an organisation, its critical rule), so the
  // units fit in typed arrays of twice the edges, cut to size at the end: no growing JS arrays,
  // which took seconds at ten million edges.
  const owners = new Int32Array(2 * edgeCount);
  const capacities = new Int32Array(2 * edgeCount);
  const criticalFlags = new Uint8Array(2 * edgeCount);
  let unitCount = 0;
  for (let v = 0; v < nodeCount; v++) {
    const isOrganisation = v >= assetCount;
    for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
      const e = order[i]!;
      const group = edgeGroup[e]!;
      reqTarget[i] = edgeTarget[e]!;
      reqKind[i] = edgeKind[e]!;
      let unit = group < 0 ? -1 : groupUnit[group]!;
      if (unit < 0 || owners[unit] !== v) {
        unit = unitCount++;
        owners[unit] = v;
        if (group >= 0) groupUnit[group] = unit;
      }
      capacities[unit]! += 1;
      reqUnit[i] = unit;
      if (isOrganisation && edgeCritical[e] === 1) {
        let criticalUnit = group < 0 ? -1 : criticalGroupUnit[group]!;
        if (criticalUnit < 0 || owners[criticalUnit] !== v) {
          criticalUnit = unitCount++;
          owners[criticalUnit] = v;
          criticalFlags[criticalUnit] = 1;
          if (group >= 0) criticalGroupUnit[group] = criticalUnit;
        }
        capacities[criticalUnit]! += 1;
        reqCriticalUnit[i] = criticalUnit;
      }
    }
  }
  return {
    reqTarget,
    reqKind,
    reqUnit,
    reqCriticalUnit,
    unitOwner: owners.slice(0, unitCount),
    unitCapacity: copyOf(capacities, unitCount, allocate),
    unitCritical: criticalFlags.slice(0, unitCount),
  };
}

/** Reverse CSR over suppliers and services: the units that count on node v, depStart[v] .. depStart[v + 1] - 1. */
export interface DependentUnits {
  readonly depStart: Int32Array;
  readonly depUnit: Int32Array;
}

const dependents = new WeakMap<Snapshot, DependentUnits>();

/**
 * The reverse arrays of a snapshot: for each supplier and service, the units that count on it (one
 * entry per edge and rule, in forward order). Built on first use and kept as long as the snapshot:
 * most commands never read them. O(E) once.
 */
export function dependentUnits(snapshot: Snapshot): DependentUnits {
  let found = dependents.get(snapshot);
  if (found === undefined) dependents.set(snapshot, (found = reverseUnits(snapshot, snapshot.assetCount)));
  return found;
}

function reverseUnits(units: RequirementUnits, assetCount: number): DependentUnits {
  const { reqTarget, reqUnit, reqCriticalUnit } = units;
  const edgeCount = reqTarget.length;
  const depStart = new Int32Array(assetCount + 1);
  for (let i = 0; i < edgeCount; i++) {
    const target = reqTarget[i]!;
    depStart[target + 1]! += reqCriticalUnit[i]! >= 0 ? 2 : 1;
  }
  for (let v = 0; v < assetCount; v++) depStart[v + 1]! += depStart[v]!;
  const depUnit = new Int32Array(depStart[assetCount]!);
  const depCursor = depStart.slice(0, assetCount);
  for (let i = 0; i < edgeCount; i++) {
    const target = reqTarget[i]!;
    depUnit[depCursor[target]!++] = reqUnit[i]!;
    if (reqCriticalUnit[i]! >= 0) depUnit[depCursor[target]!++] = reqCriticalUnit[i]!;
  }
  return { depStart, depUnit };
}

/**
 * Trigger CSR, what the propagation kernel reads: for each asset, the owners that count on it.
 * A unit with one member needs no counter: its owner fails with the member (no TRIG_GROUPED).
 * An organisation's ungrouped critical edge is one entry for both rules (`MODE_BOTH`).
 */
function triggers(
  reqStart: Int32Array,
  units: RequirementUnits,
  nodeCount: number,
  assetCount: number,
  allocate: Allocate,
): { trigStart: Int32Array; trigPacked: Int32Array; trigUnit: Int32Array } {
  const { reqTarget, reqUnit, reqCriticalUnit, unitCapacity } = units;
  const edgeCount = reqTarget.length;
  const trigStart = allocate(assetCount + 1);
  for (let i = 0; i < edgeCount; i++) {
    trigStart[reqTarget[i]! + 1]! += triggerCount(reqUnit[i]!, reqCriticalUnit[i]!, unitCapacity);
  }
  for (let v = 0; v < assetCount; v++) trigStart[v + 1]! += trigStart[v]!;
  const trigPacked = allocate(trigStart[assetCount]!);
  const trigUnit = allocate(trigStart[assetCount]!);
  const trigCursor = trigStart.slice(0, assetCount);
  for (let v = 0; v < nodeCount; v++) {
    for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
      const target = reqTarget[i]!;
      const unit = reqUnit[i]!;
      const criticalUnit = reqCriticalUnit[i]!;
      const separate = triggerCount(unit, criticalUnit, unitCapacity) === 2;
      let at = trigCursor[target]!++;
      trigPacked[at] = packTrigger(v, unit, criticalUnit < 0 || separate ? MODE_ALL : MODE_BOTH, unitCapacity);
      trigUnit[at] = unit;
      if (separate) {
        at = trigCursor[target]!++;
        trigPacked[at] = packTrigger(v, criticalUnit, MODE_CRITICAL, unitCapacity);
        trigUnit[at] = criticalUnit;
      }
    }
  }
  return { trigStart, trigPacked, trigUnit };
}

/**
 * Trigger entries of an edge: one, or two when it is an organisation's critical edge and one of
 * its units (all dependencies, critical rule) has several members.
 */
function triggerCount(unit: number, criticalUnit: number, unitCapacity: Int32Array): number {
  if (criticalUnit < 0) return 1;
  return unitCapacity[unit] === 1 && unitCapacity[criticalUnit] === 1 ? 1 : 2;
}

/** One trigger entry: owner, TRIG_GROUPED unless the unit has a single member, and mode. */
function packTrigger(owner: number, unit: number, mode: number, unitCapacity: Int32Array): number {
  const grouped = unitCapacity[unit] === 1 ? 0 : TRIG_GROUPED;
  return (owner << TRIG_OWNER_SHIFT) | grouped | mode;
}

/**
 * Owners are visited in node order, so each asset's entries list the suppliers and services that
 * count on it before the organisations: trigSplit[v] is where the organisations begin.
 */
function organisationSplit(
  trigStart: Int32Array,
  trigPacked: Int32Array,
  assetCount: number,
  allocate: Allocate,
): Int32Array {
  const trigSplit = allocate(assetCount);
  for (let v = 0; v < assetCount; v++) {
    let d = trigStart[v]!;
    while (d < trigStart[v + 1]! && trigPacked[d]! >>> TRIG_OWNER_SHIFT < assetCount) d++;
    trigSplit[v] = d;
  }
  return trigSplit;
}

/**
 * Builds the snapshot of a graphology Kedja graph. Throws `KEDJA_INVALID_GRAPH` on a node or edge
 * kind the model does not know or an edge between the wrong kinds; run `validateGraph` first for a
 * full report. O(V + E).
 */
export function createSnapshot(graph: KedjaGraph): Snapshot {
  return buildSnapshot(snapshotInput(graph).input);
}

/**
 * The plain arrays of a graphology Kedja graph (the input of `buildSnapshot`), with the graph's key
 * of every edge, so that callers can change edges and build variants of the snapshot. O(V + E).
 */
export function snapshotInput(graph: KedjaGraph): { input: SnapshotInput; edgeKeys: string[] } {
  const buckets: string[][] = [[], [], []];
  graph.forEachNode((id, attributes) => {
    const code = KIND_CODES[attributes.kind];
    if (code === undefined) {
      throw new KedjaError(CORE_ERROR_CODES.invalidGraph, `node ${id} has unknown kind ${quoteValue(attributes.kind)}`);
    }
    buckets[code]!.push(id);
  });
  const [suppliers, services, organisations] = buckets as [string[], string[], string[]];
  const ids = [...suppliers, ...services, ...organisations];
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const assetCount = suppliers.length + services.length;

  const population = new Float64Array(organisations.length).fill(NaN);
  organisations.forEach((id, i) => {
    const value = graph.getNodeAttribute(id, 'population' as never) as unknown;
    if (typeof value === 'number' && Number.isFinite(value)) population[i] = value;
  });
  const text = (id: string, name: 'orgType' | 'county') => {
    const value = graph.getNodeAttribute(id, name as never) as unknown;
    return typeof value === 'string' ? value : undefined;
  };
  const { residentArea, residentRegion } = residentAreas(
    organisations.length,
    (i) => text(organisations[i]!, 'orgType'),
    (i) => text(organisations[i]!, 'county'),
  );

  const edgeCount = graph.size;
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const edgeKind = new Uint8Array(edgeCount);
  const edgeCritical = new Uint8Array(edgeCount);
  const edgeGroup = new Int32Array(edgeCount);
  const edgePossible = new Uint8Array(edgeCount);
  let anyPossible = false;
  const groups = new Map<string, number>();
  const edgeKeys: string[] = [];
  let e = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    edgeKeys.push(edge);
    const kind = attributes.kind;
    if (!EDGE_KINDS.includes(kind)) {
      throw new KedjaError(CORE_ERROR_CODES.invalidGraph, `edge ${edge} has unknown kind ${quoteValue(kind)}`);
    }
    const s = index.get(source)!;
    const t = index.get(target)!;
    const [sourceKind, targetKind] = EDGE_ENDPOINTS[kind];
    if (
      KIND_CODES[sourceKind] !== kindCode(s, suppliers.length, assetCount) ||
      KIND_CODES[targetKind] !== kindCode(t, suppliers.length, assetCount) ||
      s === t
    ) {
      throw new KedjaError(
        CORE_ERROR_CODES.invalidGraph,
        `edge ${edge} must go from a ${sourceKind} to another ${targetKind}`,
      );
    }
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeKind[e] = EDGE_KIND_CODES[kind];
    edgeCritical[e] = 'critical' in attributes && attributes.critical === false ? 0 : 1;
    if (isPossibleEdge(attributes)) {
      edgePossible[e] = 1;
      anyPossible = true;
    }
    const label = attributes.alternatives;
    if (label === undefined || label === '') {
      edgeGroup[e] = -1;
    } else {
      const key = `${s}\u0000${label}`;
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = groups.size));
      edgeGroup[e] = group;
    }
    e++;
  });

  return {
    input: {
      ids,
      supplierCount: suppliers.length,
      serviceCount: services.length,
      population,
      residentArea,
      residentRegion,
      edgeSource,
      edgeTarget,
      edgeKind,
      edgeCritical,
      edgeGroup,
      ...(anyPossible ? { edgePossible } : {}),
    },
    edgeKeys,
  };
}

function kindCode(node: number, supplierCount: number, assetCount: number): number {
  return node < supplierCount ? KIND_SUPPLIER : node < assetCount ? KIND_SERVICE : KIND_ORGANISATION;
}
