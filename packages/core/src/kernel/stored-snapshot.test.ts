/**
 * A stored snapshot: stored and restored, random snapshots come back array for array with the
 * same node columns; and every kind of damage the kernel could not survive (an index out of range,
 * a CSR start that falls, a wrong length or element type, counts that do not fit) is refused with
 * a message naming the array, not handed to the kernel.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';

import type { NodeColumns } from './node-table.js';
import { buildSnapshot, EDGE_KIND_CODES, residentAreas, type Snapshot } from './snapshot.js';
import {
  restoreSnapshot,
  storeSnapshot,
  STORED_ARRAYS,
  type StoredArrayName,
  type StoredSnapshot,
} from './stored-snapshot.js';

/** Floats in [0, 1) from a seeded pure-rand generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}

/** A random graph's snapshot and node columns: edges of every kind between nodes of the right kinds, groups, possible edges. */
function randomCase(seed: number): { snapshot: Snapshot; columns: NodeColumns } {
  const next = random(seed);
  const below = (n: number) => Math.floor(next() * n);
  const suppliers = 1 + below(12);
  const services = below(10);
  const organisations = 1 + below(15);
  const ids = [
    ...Array.from({ length: suppliers }, (_, i) => `s${i}`),
    ...Array.from({ length: services }, (_, i) => `v${i}`),
    ...Array.from({ length: organisations }, (_, i) => `o${i}`),
  ];
  const assets = suppliers + services;
  const source: number[] = [];
  const target: number[] = [];
  const kind: number[] = [];
  const group: number[] = [];
  const possible: number[] = [];
  const withPossible = next() < 0.5;
  for (let e = below(60); e > 0; e--) {
    const from = below(ids.length);
    // Organisations use services or contract suppliers; services and suppliers depend on suppliers.
    const toService = from >= assets && services > 0 && next() < 0.5;
    const to = toService ? suppliers + below(services) : below(suppliers);
    if (to === from) continue;
    source.push(from);
    target.push(to);
    kind.push(
      from >= assets
        ? EDGE_KIND_CODES[toService ? 'uses' : 'contracts']
        : EDGE_KIND_CODES[from < suppliers ? 'subcontracts' : 'providedBy'],
    );
    const grouped = next() < 0.3;
    group.push(grouped ? from * 4 + below(2) : -1);
    possible.push(withPossible && !grouped && next() < 0.3 ? 1 : 0);
  }
  const dictionary = ['municipality', 'region', 'agency', 'SE', 'FI', 'AB', 'Uppsala län', 'health'];
  const word = () => (next() < 0.2 ? -1 : below(dictionary.length));
  const organisationType = Int32Array.from({ length: organisations }, () => below(3));
  const organisationCounty = Int32Array.from({ length: organisations }, word);
  const population = Float64Array.from({ length: organisations }, () => (next() < 0.2 ? NaN : below(10_000)));
  const csr = (count: number) => {
    const start = new Int32Array(count + 1);
    const items: number[] = [];
    for (let i = 0; i < count; i++) {
      for (let k = below(3); k > 0; k--) items.push(below(dictionary.length));
      start[i + 1] = items.length;
    }
    return { start, list: Int32Array.from(items) };
  };
  const countries = csr(services);
  const sectors = csr(organisations);
  const snapshot = buildSnapshot({
    ids,
    supplierCount: suppliers,
    serviceCount: services,
    population,
    ...residentAreas(
      organisations,
      (i) => dictionary[organisationType[i]!],
      (i) => dictionary[organisationCounty[i]!],
    ),
    edgeSource: Int32Array.from(source),
    edgeTarget: Int32Array.from(target),
    edgeKind: Uint8Array.from(kind),
    edgeCritical: Uint8Array.from(source, () => (next() < 0.7 ? 1 : 0)),
    edgeGroup: Int32Array.from(group),
    edgePossible: Uint8Array.from(possible),
  });
  const subcontracting = next() < 0.5;
  const columns: NodeColumns = {
    ids,
    names: ids.map((id) => `Name of ${id}`),
    supplierCount: suppliers,
    serviceCount: services,
    dictionary,
    supplierCountry: Int32Array.from({ length: suppliers }, word),
    supplierParent: Int32Array.from({ length: suppliers }, word),
    supplierFailureProbability: Float64Array.from({ length: suppliers }, () => (next() < 0.5 ? NaN : next())),
    ...(subcontracting ? { supplierSubcontracting: Uint8Array.from({ length: suppliers }, () => below(3)) } : {}),
    serviceCountryStart: countries.start,
    serviceCountryList: countries.list,
    organisationType,
    organisationCounty,
    sectorStart: sectors.start,
    sectorList: sectors.list,
    population,
  };
  return { snapshot, columns };
}

/** The stored arrays as copies, so that a damage changes only the case it is made for. */
function copied(stored: StoredSnapshot): StoredSnapshot {
  const arrays = {} as StoredSnapshot['arrays'];
  for (const name of Object.keys(STORED_ARRAYS) as StoredArrayName[]) arrays[name] = stored.arrays[name].slice();
  return { ...stored, arrays };
}

const nodesOf = ({ columns }: { columns: NodeColumns }) => ({ ids: columns.ids, names: columns.names });

describe('stored snapshot', () => {
  it('random snapshots come back array for array, with the same node columns and id index', () => {
    let possible = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const made = randomCase(seed);
      const restored = restoreSnapshot(copied(storeSnapshot(made.snapshot, made.columns)), nodesOf(made));
      if ('fault' in restored) throw new Error(`seed ${seed}: ${restored.fault}`);
      const { index, ...arrays } = restored.snapshot;
      const { index: madeIndex, ...madeArrays } = made.snapshot;
      expect(arrays, `seed ${seed}`).toEqual(madeArrays);
      expect([...index]).toEqual([...madeIndex]);
      const { index: columnIndex, ...columns } = restored.columns;
      expect(columns, `seed ${seed}`).toEqual(made.columns);
      expect(columnIndex).toBe(index);
      possible += made.snapshot.possibleCount > 0 ? 1 : 0;
    }
    // The cases cover snapshots with and without possible edges.
    expect(possible).toBeGreaterThan(20);
    expect(possible).toBeLessThan(280);
  });

  /** Damages to a store that has edges, services, a dictionary and every array non-empty where it can be. */
  const DAMAGES: { name: string; says: RegExp; damage: (stored: StoredSnapshot) => void }[] = [
    {
      name: 'an edge to an organisation',
      says: /reqTarget/,
      damage: (s) => void (s.arrays.reqTarget[0] = s.nodeCount - 1),
    },
    { name: 'a negative edge target', says: /reqTarget/, damage: (s) => void (s.arrays.reqTarget[0] = -1) },
    { name: 'an edge kind beyond the four', says: /reqKind/, damage: (s) => void (s.arrays.reqKind[0] = 4) },
    {
      name: 'an edge of a unit that is not there',
      says: /reqUnit/,
      damage: (s) => void (s.arrays.reqUnit[0] = s.arrays.unitOwner.length),
    },
    { name: 'a forward start that falls', says: /reqStart/, damage: (s) => void (s.arrays.reqStart[1] = -1) },
    {
      name: 'forward starts that end early',
      says: /reqStart/,
      damage: (s) => void (s.arrays.reqStart[s.nodeCount] = 0),
    },
    {
      name: 'a trigger owner that is not a node',
      says: /trigPacked/,
      damage: (s) => void (s.arrays.trigPacked[0] = s.nodeCount << 3 || 1),
    },
    { name: 'a trigger of no rule', says: /trigPacked/, damage: (s) => void (s.arrays.trigPacked[0] = 0) },
    {
      name: 'a trigger split outside its entries',
      says: /trigSplit/,
      damage: (s) => void (s.arrays.trigSplit[0] = -1),
    },
    { name: 'a unit of no members', says: /unitCapacity/, damage: (s) => void (s.arrays.unitCapacity[0] = 0) },
    {
      name: 'a unit owned by no node',
      says: /unitOwner/,
      damage: (s) => void (s.arrays.unitOwner[0] = s.nodeCount),
    },
    {
      name: 'an area beyond the organisations',
      says: /residentArea/,
      damage: (s) => void (s.arrays.residentArea[0] = s.nodeCount),
    },
    {
      name: 'a country beyond the dictionary',
      says: /supplierCountry/,
      damage: (s) => void (s.arrays.supplierCountry[0] = s.dictionary.length),
    },
    {
      name: 'sectors that run past their list',
      says: /sectorStart/,
      damage: (s) => void (s.arrays.sectorStart[s.arrays.sectorStart.length - 1]! += 1),
    },
    {
      name: 'a population array one short',
      says: /population/,
      damage: (s) => void (s.arrays.population = s.arrays.population.subarray(1)),
    },
    {
      name: 'possible flags of another length',
      says: /reqPossible/,
      damage: (s) => void (s.arrays.reqPossible = new Uint8Array(1)),
    },
    {
      name: 'edge kinds stored as 32-bit integers',
      says: /reqKind is missing or not uint8/,
      damage: (s) => void (s.arrays.reqKind = Int32Array.from(s.arrays.reqKind)),
    },
    { name: 'more suppliers than nodes', says: /node counts/, damage: (s) => void (s.supplierCount = s.nodeCount + 1) },
    { name: 'a count that is not whole', says: /node counts/, damage: (s) => void (s.serviceCount = 0.5) },
  ];

  it.each(DAMAGES)('$name: refused, naming the array', ({ says, damage }) => {
    // A case with possible edges, services, organisations' sectors and units, found by seed.
    const made = [...Array(200).keys()]
      .map((seed) => randomCase(seed + 1))
      .find(
        ({ snapshot, columns }) =>
          snapshot.possibleCount > 0 &&
          snapshot.serviceCount > 0 &&
          snapshot.unitCount > 2 &&
          columns.sectorList.length > 0 &&
          snapshot.organisationCount > 1,
      )!;
    const stored = copied(storeSnapshot(made.snapshot, made.columns));
    expect('fault' in restoreSnapshot(copied(stored), nodesOf(made))).toBe(false);
    damage(stored);
    const restored = restoreSnapshot(stored, nodesOf(made));
    expect('fault' in restored && restored.fault).toMatch(says);
  });

  it('ids that are not the nodes: refused', () => {
    const made = randomCase(5);
    const restored = restoreSnapshot(storeSnapshot(made.snapshot, made.columns), {
      ids: made.columns.ids.slice(1),
      names: made.columns.names,
    });
    expect('fault' in restored && restored.fault).toMatch(/ids for/);
  });
});
