/**
 * A snapshot and its node columns kept outside the process, so that a loader can hand them to the
 * kernel without building them again (the binary graph's snapshot.arrow): which arrays they are
 * made of, with their element types (`STORED_ARRAYS`), the layout's version (`SNAPSHOT_LAYOUT`,
 * raised whenever what an array means changes, so that an older store is rebuilt rather than
 * misread), and the checks that make arrays read from outside safe for the kernel to read: every
 * length, every index in range, every CSR start in order (`restoreSnapshot`). The checks are
 * about shape, not meaning: a store that is well formed but not the snapshot of its graph is
 * answered as it says, so the store must be derived from the graph it stands beside. O(V + E).
 */
import { SUBCONTRACTING } from '../model/index.js';
import type { ParentGroup } from '../model/index.js';
import type { NodeColumns } from './node-table.js';
import {
  idIndexOf,
  MAX_NODES,
  MODE_ALL,
  MODE_BOTH,
  TRIG_OWNER_SHIFT,
  type IdSequence,
  type Snapshot,
} from './snapshot.js';

/** The version of the stored layout below; a store of another version is built again from the graph. */
export const SNAPSHOT_LAYOUT = 1;

export type StoredArrayType = 'int32' | 'uint8' | 'float64';
export type StoredArray = Int32Array | Uint8Array | Float64Array;

/** The snapshot's arrays, then the node columns', in the order they are stored, with their element types. */
export const STORED_ARRAYS = {
  population: 'float64',
  residentArea: 'int32',
  residentRegion: 'uint8',
  unitOwner: 'int32',
  unitCapacity: 'int32',
  unitCritical: 'uint8',
  reqStart: 'int32',
  reqTarget: 'int32',
  reqKind: 'uint8',
  reqUnit: 'int32',
  reqCriticalUnit: 'int32',
  trigStart: 'int32',
  trigSplit: 'int32',
  trigPacked: 'int32',
  trigUnit: 'int32',
  reqPossible: 'uint8',
  supplierCountry: 'int32',
  supplierParent: 'int32',
  supplierFailureProbability: 'float64',
  supplierSubcontracting: 'uint8',
  serviceCountryStart: 'int32',
  serviceCountryList: 'int32',
  organisationType: 'int32',
  organisationCounty: 'int32',
  sectorStart: 'int32',
  sectorList: 'int32',
} as const satisfies Record<string, StoredArrayType>;

export type StoredArrayName = keyof typeof STORED_ARRAYS;

/** What is stored: the node counts, every array of `STORED_ARRAYS`, and the node columns' dictionary. */
export interface StoredSnapshot {
  supplierCount: number;
  serviceCount: number;
  nodeCount: number;
  /** `supplierSubcontracting` is empty when every supplier's subcontracting is known. */
  arrays: Record<StoredArrayName, StoredArray>;
  dictionary: readonly string[];
}

/** The arrays of a snapshot and of its node columns (numbered like it), to be stored. */
export function storeSnapshot(snapshot: Snapshot, columns: NodeColumns): StoredSnapshot {
  const { supplierCount, serviceCount, nodeCount } = snapshot;
  return {
    supplierCount,
    serviceCount,
    nodeCount,
    arrays: {
      population: snapshot.population,
      residentArea: snapshot.residentArea,
      residentRegion: snapshot.residentRegion,
      unitOwner: snapshot.unitOwner,
      unitCapacity: snapshot.unitCapacity,
      unitCritical: snapshot.unitCritical,
      reqStart: snapshot.reqStart,
      reqTarget: snapshot.reqTarget,
      reqKind: snapshot.reqKind,
      reqUnit: snapshot.reqUnit,
      reqCriticalUnit: snapshot.reqCriticalUnit,
      trigStart: snapshot.trigStart,
      trigSplit: snapshot.trigSplit,
      trigPacked: snapshot.trigPacked,
      trigUnit: snapshot.trigUnit,
      reqPossible: snapshot.reqPossible,
      supplierCountry: columns.supplierCountry,
      supplierParent: columns.supplierParent,
      supplierFailureProbability: columns.supplierFailureProbability,
      supplierSubcontracting: columns.supplierSubcontracting ?? new Uint8Array(0),
      serviceCountryStart: columns.serviceCountryStart,
      serviceCountryList: columns.serviceCountryList,
      organisationType: columns.organisationType,
      organisationCounty: columns.organisationCounty,
      sectorStart: columns.sectorStart,
      sectorList: columns.sectorList,
    },
    dictionary: columns.dictionary,
  };
}

/**
 * Node ids (snapshot order) decoded when they are read: `at` decodes one and `all` gives the whole
 * list, decoded once, so that a command that names a few nodes (a ranking names its suppliers)
 * never makes a string of every id. The snapshot's `ids` is then `all()`, read when first used.
 */
export interface NodeIdList extends IdSequence {
  at(node: number): string;
  all(): readonly string[];
}

/** What a stored snapshot needs from beside it: the ids (snapshot order) and the names, and the ownership groups. */
export interface StoredNodes {
  ids: readonly string[] | NodeIdList;
  names: NodeColumns['names'];
  parents?: readonly ParentGroup[];
}

const CONSTRUCTORS = { int32: Int32Array, uint8: Uint8Array, float64: Float64Array } as const;

/** Each check of a stored array, in order; the first that fails says what is wrong. */
class Fault extends Error {}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Fault(what);
}

/** Every value in [low, high); the first culprit named when one is out. */
function inRange(array: Int32Array | Uint8Array, low: number, high: number, name: string): void {
  const at = array instanceof Int32Array ? int32Outside(array, low, high) : uint8Outside(array, low, high);
  if (at >= 0) throw new Fault(`${name}[${at}] is ${array[at]}, outside ${low}..${high - 1}`);
}

// One function per element type, so that each loop reads one kind of array; a value is in range
// when its distance above `low`, taken as unsigned, is below the range's width: one comparison.
function int32Outside(array: Int32Array, low: number, high: number): number {
  const width = high - low;
  for (let i = 0; i < array.length; i++) if ((array[i]! - low) >>> 0 >= width) return i;
  return -1;
}

function uint8Outside(array: Uint8Array, low: number, high: number): number {
  const width = high - low;
  for (let i = 0; i < array.length; i++) if ((array[i]! - low) >>> 0 >= width) return i;
  return -1;
}

/** Each asset's split among its trigger entries, and each entry's owner and rule. */
function triggers(trigStart: Int32Array, trigSplit: Int32Array, trigPacked: Int32Array, nodeCount: number): void {
  for (let v = 0; v < trigSplit.length; v++) {
    const split = trigSplit[v]!;
    if (split < trigStart[v]! || split > trigStart[v + 1]!) throw new Fault(`trigSplit[${v}] is outside its entries`);
  }
  for (let i = 0; i < trigPacked.length; i++) {
    const word = trigPacked[i]!;
    const mode = word & 3;
    if (word < 0 || word >>> TRIG_OWNER_SHIFT >= nodeCount || mode < MODE_ALL || mode > MODE_BOTH) {
      throw new Fault(`trigPacked[${i}] names no node or no rule`);
    }
  }
}

/** A CSR start array: `length` + 1 starts from 0, never falling, ending at `end`. */
function starts(array: Int32Array, length: number, end: number, name: string): void {
  check(array.length === length + 1, `${name} has ${array.length} entries, not ${length + 1}`);
  check(array[0] === 0 && array[length] === end, `${name} does not run from 0 to ${end}`);
  for (let i = 0; i < length; i++) if (array[i]! > array[i + 1]!) throw new Fault(`${name} falls at ${i}`);
}

/**
 * The snapshot and node columns of a store, checked to be safe for the kernel: a message saying
 * what is wrong when they are not. `index` is the ids' index when the caller has one.
 */
export function restoreSnapshot(
  stored: StoredSnapshot,
  nodes: StoredNodes,
  index?: ReadonlyMap<string, number>,
): { snapshot: Snapshot; columns: NodeColumns } | { fault: string } {
  try {
    return restore(stored, nodes, index);
  } catch (error) {
    if (error instanceof Fault) return { fault: error.message };
    throw error;
  }
}

type Arrays = { [K in StoredArrayName]: InstanceType<(typeof CONSTRUCTORS)[(typeof STORED_ARRAYS)[K]]> };

/** The stored arrays, each checked for its type, its length and its values. */
function checked(stored: StoredSnapshot, idCount: number): Arrays {
  const { supplierCount, serviceCount, nodeCount, dictionary } = stored;
  for (const [name, type] of Object.entries(STORED_ARRAYS)) {
    const array = stored.arrays[name as StoredArrayName] as StoredArray | undefined;
    check(array instanceof CONSTRUCTORS[type], `${name} is missing or not ${type}`);
  }
  const a = stored.arrays as Arrays;
  for (const count of [supplierCount, serviceCount, nodeCount])
    check(Number.isInteger(count) && count >= 0, 'the node counts are not whole numbers');
  const assetCount = supplierCount + serviceCount;
  check(assetCount <= nodeCount && nodeCount <= MAX_NODES, 'the node counts do not fit together');
  check(idCount === nodeCount, `${idCount} ids for ${nodeCount} nodes`);
  const organisationCount = nodeCount - assetCount;
  const length = (name: StoredArrayName, expected: number) =>
    check(a[name].length === expected, `${name} has ${a[name].length} entries, not ${expected}`);

  // Organisations.
  for (const name of ['population', 'residentArea', 'residentRegion'] as const) length(name, organisationCount);
  inRange(a.residentArea, -1, organisationCount, 'residentArea');
  inRange(a.residentRegion, 0, 2, 'residentRegion');

  // Units, forward edges and triggers.
  const unitCount = a.unitOwner.length;
  length('unitCapacity', unitCount);
  length('unitCritical', unitCount);
  inRange(a.unitOwner, 0, nodeCount, 'unitOwner');
  inRange(a.unitCapacity, 1, 2 ** 31, 'unitCapacity');
  inRange(a.unitCritical, 0, 2, 'unitCritical');
  const edgeCount = a.reqTarget.length;
  starts(a.reqStart, nodeCount, edgeCount, 'reqStart');
  for (const name of ['reqKind', 'reqUnit', 'reqCriticalUnit'] as const) length(name, edgeCount);
  inRange(a.reqTarget, 0, assetCount, 'reqTarget');
  inRange(a.reqKind, 0, 4, 'reqKind');
  inRange(a.reqUnit, 0, unitCount, 'reqUnit');
  inRange(a.reqCriticalUnit, -1, unitCount, 'reqCriticalUnit');
  check(a.reqPossible.length === 0 || a.reqPossible.length === edgeCount, 'reqPossible has another length');
  inRange(a.reqPossible, 0, 2, 'reqPossible');
  const entryCount = a.trigPacked.length;
  starts(a.trigStart, assetCount, entryCount, 'trigStart');
  length('trigSplit', assetCount);
  length('trigUnit', entryCount);
  triggers(a.trigStart, a.trigSplit, a.trigPacked, nodeCount);
  inRange(a.trigUnit, 0, unitCount, 'trigUnit');

  // Node columns.
  const words = dictionary.length;
  for (const name of ['supplierCountry', 'supplierParent', 'supplierFailureProbability'] as const) {
    length(name, supplierCount);
  }
  inRange(a.supplierCountry, -1, words, 'supplierCountry');
  inRange(a.supplierParent, -1, words, 'supplierParent');
  check(
    a.supplierSubcontracting.length === 0 || a.supplierSubcontracting.length === supplierCount,
    'supplierSubcontracting has another length',
  );
  inRange(a.supplierSubcontracting, 0, SUBCONTRACTING.length, 'supplierSubcontracting');
  starts(a.serviceCountryStart, serviceCount, a.serviceCountryList.length, 'serviceCountryStart');
  inRange(a.serviceCountryList, 0, words, 'serviceCountryList');
  length('organisationType', organisationCount);
  length('organisationCounty', organisationCount);
  inRange(a.organisationType, -1, words, 'organisationType');
  inRange(a.organisationCounty, -1, words, 'organisationCounty');
  starts(a.sectorStart, organisationCount, a.sectorList.length, 'sectorStart');
  inRange(a.sectorList, 0, words, 'sectorList');
  return a;
}

/** An array of ids as a NodeIdList. */
function idList(ids: readonly string[] | NodeIdList): NodeIdList {
  if (!Array.isArray(ids)) return ids as NodeIdList;
  const array = ids as readonly string[];
  return { length: array.length, at: (node) => array[node]!, all: () => array };
}

function restore(
  stored: StoredSnapshot,
  nodes: StoredNodes,
  index: ReadonlyMap<string, number> | undefined,
): { snapshot: Snapshot; columns: NodeColumns } {
  const { supplierCount, serviceCount, nodeCount, dictionary } = stored;
  const ids = idList(nodes.ids);
  const a = checked(stored, ids.length);
  const assetCount = supplierCount + serviceCount;
  const organisationCount = nodeCount - assetCount;
  let possibleCount = 0;
  for (let i = 0; i < a.reqPossible.length; i++) possibleCount += a.reqPossible[i]!;
  let areaCount = 0;
  for (let i = 0; i < organisationCount; i++) areaCount = Math.max(areaCount, a.residentArea[i]! + 1);
  const snapshot: Snapshot = {
    get ids() {
      return ids.all();
    },
    // The index's parts as buildSnapshot makes them, unless the caller has one.
    index: index ?? idIndexOf(ids, supplierCount, assetCount),
    nodeCount,
    supplierCount,
    serviceCount,
    assetCount,
    organisationCount,
    population: a.population,
    residentArea: a.residentArea,
    residentRegion: a.residentRegion,
    areaCount,
    unitCount: a.unitOwner.length,
    unitOwner: a.unitOwner,
    unitCapacity: a.unitCapacity,
    unitCritical: a.unitCritical,
    reqStart: a.reqStart,
    reqTarget: a.reqTarget,
    reqKind: a.reqKind,
    reqUnit: a.reqUnit,
    reqCriticalUnit: a.reqCriticalUnit,
    trigStart: a.trigStart,
    trigSplit: a.trigSplit,
    trigPacked: a.trigPacked,
    trigUnit: a.trigUnit,
    possibleCount,
    reqPossible: possibleCount > 0 ? a.reqPossible : new Uint8Array(0),
  };
  const columns: NodeColumns = {
    get ids() {
      return ids.all();
    },
    // An id one at a time only where they are decoded when read.
    ...(Array.isArray(nodes.ids) ? {} : { idAt: (node: number) => ids.at(node) }),
    index: snapshot.index,
    names: nodes.names,
    supplierCount,
    serviceCount,
    dictionary,
    supplierCountry: a.supplierCountry,
    supplierParent: a.supplierParent,
    supplierFailureProbability: a.supplierFailureProbability,
    ...(a.supplierSubcontracting.length > 0 ? { supplierSubcontracting: a.supplierSubcontracting } : {}),
    serviceCountryStart: a.serviceCountryStart,
    serviceCountryList: a.serviceCountryList,
    organisationType: a.organisationType,
    organisationCounty: a.organisationCounty,
    sectorStart: a.sectorStart,
    sectorList: a.sectorList,
    population: a.population,
    ...(nodes.parents !== undefined ? { parents: nodes.parents } : {}),
  };
  return { snapshot, columns };
}
