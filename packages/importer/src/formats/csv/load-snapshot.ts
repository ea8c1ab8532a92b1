/**
 * The bulk loader: a canonical CSV folder straight into the engine's typed-array snapshot and a
 * columnar node table, for graphs too large to hold comfortably as a graphology graph (a million
 * organisations, ten million edges). No per-node or per-edge object is kept: ids go into one Map,
 * edges into growable typed arrays, repeated strings (countries, counties, parents, sectors) into a
 * dictionary. Every row is checked exactly as `readCsvFolder` checks it (the same scanner and
 * diagnostics); repeated edges are found by sorting numeric edge keys instead of keeping a string
 * key per edge. Returns every problem, or a snapshot engine's inputs.
 *
 * O(rows + E log E) time; memory about 40 bytes per edge and 100 per node.
 */
import { join } from 'node:path';

import { hasErrors, type EdgeKind, type NodeKind } from '@kedja/core';
import { buildSnapshot, columnNodeTable, EDGE_KIND_CODES } from '@kedja/core/kernel';

import { IMPORT_CODES } from '../../errors.js';
import type { LoadSnapshotResult } from '../../types.js';
import { readTableBulk } from './read-table-bulk.js';
import { scanFolder, type FolderOptions, type NodeRef } from './scan-folder.js';
import { TABLES } from './schema.js';

const EDGE_CODES: Readonly<Record<EdgeKind, number>> = EDGE_KIND_CODES;
const EDGE_FILES: string[] = ['uses.csv', 'contracts.csv', 'provided_by.csv', 'subcontracts.csv'];

/** A growable typed array. */
class Column<T extends Int32Array | Uint8Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
const ints = () => new Column(new Int32Array(1024), (n) => new Int32Array(n));
const bytes = () => new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
const floats = () => new Column(new Float64Array(1024), (n) => new Float64Array(n));

export async function loadSnapshot(folder: string, options: FolderOptions = {}): Promise<LoadSnapshotResult> {
  const dictionary: string[] = [];
  const words = new Map<string, number>();
  const word = (value: unknown) => {
    if (typeof value !== 'string' || value === '') return -1;
    let i = words.get(value);
    if (i === undefined) {
      i = dictionary.push(value) - 1;
      words.set(value, i);
    }
    return i;
  };

  const names: Record<NodeKind, string[]> = { organisation: [], service: [], supplier: [] };
  const ids: Record<NodeKind, string[]> = { organisation: [], service: [], supplier: [] };
  const supplierCountry = ints();
  const supplierParent = ints();
  const supplierFailureProbability = floats();
  const serviceCountryCount = ints();
  const serviceCountryList = ints();
  const organisationType = ints();
  const organisationCounty = ints();
  const sectorCount = ints();
  const sectorList = ints();
  const population = floats();

  // Edges as (kind, source, target) with source and target as (kind code << 29 | ordinal) until
  // the node counts are known; critical flag, group label and line alongside.
  const edgeKind = bytes();
  const edgeSource = ints();
  const edgeTarget = ints();
  const edgeCritical = bytes();
  const edgeGroup = ints();
  const edgeLine = ints();
  const groupIds = new Map<string, number>();
  const subcontractKeys = new Map<string, number>();
  const NODE_CODE: Record<NodeKind, number> = { supplier: 0, service: 1, organisation: 2 };
  const ref = (node: NodeRef) => (NODE_CODE[node.kind] << 29) | node.ordinal;

  const { diagnostics, counts } = await scanFolder(folder, readTableBulk, options, {
    node(kind, id, _ordinal, attributes) {
      ids[kind].push(id);
      names[kind].push(typeof attributes?.name === 'string' ? attributes.name : id);
      const a = attributes ?? {};
      if (kind === 'supplier') {
        supplierCountry.push(word(a.country));
        supplierParent.push(word(a.parent));
        supplierFailureProbability.push(typeof a.failureProbability === 'number' ? a.failureProbability : NaN);
      } else if (kind === 'service') {
        const countries = (a.countries as string[] | undefined) ?? [];
        serviceCountryCount.push(countries.length);
        for (const c of countries) serviceCountryList.push(word(c));
      } else {
        organisationType.push(word(a.orgType));
        organisationCounty.push(word(a.county));
        const sectors = (a.sectors as string[] | undefined) ?? [];
        sectorCount.push(sectors.length);
        for (const s of sectors) sectorList.push(word(s));
        population.push(typeof a.population === 'number' ? a.population : NaN);
      }
    },
    edge(kind, table, source, target, attributes, row, problem) {
      if (kind === 'subcontracts') {
        // Few rows, and keyed by free text too: find repeats with a Map.
        const key = `${source.id}\u0000${target.id}\u0000${row.cell('service')}`;
        const first = subcontractKeys.get(key);
        if (first !== undefined) {
          problem(
            table.columns[0]!.name,
            IMPORT_CODES.duplicateEdge,
            `this row repeats line ${first}: ${source.id} -> ${target.id} is already in ${table.file}`,
          );
          return;
        }
        subcontractKeys.set(key, row.line);
      }
      edgeKind.push(EDGE_CODES[kind]);
      edgeSource.push(ref(source));
      edgeTarget.push(ref(target));
      edgeCritical.push(attributes?.critical === false ? 0 : 1);
      edgeLine.push(row.line);
      const label = attributes?.alternatives;
      if (typeof label === 'string' && label !== '') {
        const key = `${source.kind}\u0000${source.ordinal}\u0000${label}`;
        let group = groupIds.get(key);
        if (group === undefined) groupIds.set(key, (group = groupIds.size));
        edgeGroup.push(group);
      } else {
        edgeGroup.push(-1);
      }
    },
  });

  const supplierCount = counts.supplier;
  const serviceCount = counts.service;
  const offsets = [0, supplierCount, supplierCount + serviceCount];
  const resolve = (packed: number) => offsets[packed >>> 29]! + (packed & 0x1fffffff);
  const edgeCount = edgeKind.length;
  const source = edgeSource.view();
  const target = edgeTarget.view();
  for (let e = 0; e < edgeCount; e++) {
    source[e] = resolve(source[e]!);
    target[e] = resolve(target[e]!);
  }

  // Repeated uses, contracts and provided_by rows: sort numeric keys (kind, source, target).
  const nodeCount = supplierCount + serviceCount + counts.organisation;
  const allIds = [...ids.supplier, ...ids.service, ...ids.organisation];
  const kinds = edgeKind.view();
  const keys = new Float64Array(edgeCount);
  let keyed = 0;
  for (let e = 0; e < edgeCount; e++) {
    if (kinds[e] === EDGE_CODES.subcontracts) continue;
    keys[keyed++] = (kinds[e]! * nodeCount + source[e]!) * nodeCount + target[e]!;
  }
  const sorted = keys.subarray(0, keyed).sort();
  const repeated = new Set<number>();
  for (let i = 1; i < keyed; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  if (repeated.size > 0) {
    const firstLine = new Map<number, number>();
    const lines = edgeLine.view();
    for (let e = 0; e < edgeCount; e++) {
      if (kinds[e] === EDGE_CODES.subcontracts) continue;
      const key = (kinds[e]! * nodeCount + source[e]!) * nodeCount + target[e]!;
      if (!repeated.has(key)) continue;
      const first = firstLine.get(key);
      if (first === undefined) {
        firstLine.set(key, lines[e]!);
        continue;
      }
      const table = TABLES.find((t) => t.file === EDGE_FILES[kinds[e]!])!;
      diagnostics.push({
        file: join(folder, table.file),
        line: lines[e]!,
        column: 1,
        code: IMPORT_CODES.duplicateEdge,
        severity: 'error',
        message: `this row repeats line ${first}: ${allIds[source[e]!]} -> ${allIds[target[e]!]} is already in ${table.file}`,
      });
    }
  }

  if (hasErrors(diagnostics)) return { snapshot: null, table: null, diagnostics };

  // A group with one member is no redundancy: warn, as validateGraph does for graphs.
  const groups = edgeGroup.view();
  const members = new Int32Array(groupIds.size);
  const firstEdge = new Int32Array(groupIds.size);
  for (let e = edgeCount - 1; e >= 0; e--) {
    const g = groups[e]!;
    if (g < 0) continue;
    members[g]! += 1;
    firstEdge[g] = e;
  }
  for (const [key, g] of groupIds) {
    if (members[g] !== 1) continue;
    const e = firstEdge[g]!;
    const label = key.split('\u0000')[2]!;
    diagnostics.push({
      file: join(folder, EDGE_FILES[kinds[e]!]!),
      line: edgeLine.view()[e]!,
      code: 'KEDJA_MODEL_LONE_ALTERNATIVE',
      severity: 'warning',
      message: `alternatives group "${label}" of ${allIds[source[e]!]} has a single member, so it gives no redundancy`,
      node: allIds[source[e]!]!,
    });
  }

  const snapshot = buildSnapshot({
    ids: allIds,
    supplierCount,
    serviceCount,
    population: population.view().slice(),
    edgeSource: source,
    edgeTarget: target,
    edgeKind: kinds,
    edgeCritical: edgeCritical.view(),
    edgeGroup: groups,
  });
  const csr = (countsColumn: Column<Int32Array>) => {
    const c = countsColumn.view();
    const start = new Int32Array(c.length + 1);
    for (let i = 0; i < c.length; i++) start[i + 1] = start[i]! + c[i]!;
    return start;
  };
  const table = columnNodeTable({
    ids: allIds,
    names: [...names.supplier, ...names.service, ...names.organisation],
    supplierCount,
    serviceCount,
    dictionary,
    supplierCountry: supplierCountry.view(),
    supplierParent: supplierParent.view(),
    supplierFailureProbability: supplierFailureProbability.view(),
    serviceCountryStart: csr(serviceCountryCount),
    serviceCountryList: serviceCountryList.view(),
    organisationType: organisationType.view(),
    organisationCounty: organisationCounty.view(),
    sectorStart: csr(sectorCount),
    sectorList: sectorList.view(),
    population: snapshot.population,
  });
  return { snapshot, table, diagnostics };
}
