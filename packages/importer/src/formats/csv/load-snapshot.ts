/**
 * The bulk loader: a canonical CSV folder straight into the engine's typed-array snapshot and a
 * columnar node table, for graphs too large to hold comfortably as a graphology graph (a million
 * organisations, ten million edges). No per-node or per-edge object is kept: ids go into one Map,
 * edges into growable typed arrays, repeated strings (countries, counties, parents, sectors) into a
 * dictionary. Every row is checked exactly as `readCsvFolder` checks it (the same scanner and
 * diagnostics); repeated edges are found by sorting numeric edge keys instead of keeping a string
 * key per edge; parents.csv is read by the same scanner and goes to the node table, which resolves
 * the ownership chains. Returns every problem, or a snapshot engine's inputs.
 *
 * O(rows + E log E) time; memory about 40 bytes per edge and 100 per node.
 */
import { join } from 'node:path';

import {
  edgeKey,
  EDGE_KINDS,
  hasErrors,
  MODEL_CODES,
  type Diagnostic,
  type EdgeKind,
  type NodeKind,
} from '@kedja/core';
import {
  buildSnapshot,
  columnNodeTable,
  EDGE_KIND_CODES,
  loneAlternativeMessage,
  residentAreas,
  SUBCONTRACTING,
  type ParentGroup,
  type Snapshot,
} from '@kedja/core/kernel';

import { IMPORT_CODES } from '../../errors.js';
import type { LoadSnapshotResult } from '../../types.js';
import {
  isNumeric,
  scanFolder,
  type FolderOptions,
  type FolderSink,
  type NodeRef,
  type NumericSink,
  type SimpleNodeSink,
} from './scan-folder.js';
import { giveEdges, NODE_KINDS, type EdgeBlock } from './edge-block.js';
import { readTableBatches, type Row } from './read-table.js';
import { TABLE_FILES, TABLES, type TableSpec } from './schema.js';

const EDGE_CODES: Readonly<Record<EdgeKind, number>> = EDGE_KIND_CODES;
const EDGE_FILES: string[] = ['uses.csv', 'contracts.csv', 'provided_by.csv', 'subcontracts.csv'];
const NODE_CODE: Record<NodeKind, number> = { supplier: 0, service: 1, organisation: 2 };
/** NODE_CODE of each kind of an EdgeBlock's node codes. */
const BLOCK_NODE_CODE = NODE_KINDS.map((kind) => NODE_CODE[kind]);

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
  /** Makes room for `count` more values and counts them in: they are to be written from the returned index on. */
  extend(count: number): number {
    const at = this.length;
    if (at + count > this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2, at + count));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.length += count;
    return at;
  }
}
const ints = () => new Column(new Int32Array(1024), (n) => new Int32Array(n));
const bytes = () => new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
const floats = () => new Column(new Float64Array(1024), (n) => new Float64Array(n));

/** Start offsets (CSR) from per-node counts. */
function csr(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
  return start;
}

/** The attributes of a node that the columns keep, and where each is in the values of `simpleNode`. */
const NODE_ATTRIBUTES = [
  'name',
  'country',
  'parent',
  'failureProbability',
  'subcontracting',
  'countries',
  'orgType',
  'county',
  'sectors',
  'population',
] as const;
const NODE_VALUES = Object.freeze(Object.fromEntries(NODE_ATTRIBUTES.map((name, i) => [name, i]))) as Record<
  (typeof NODE_ATTRIBUTES)[number],
  number
>;

/**
 * The columns the scanner's rows go into: node facts per kind (repeated strings as dictionary
 * numbers), and edges as (kind, source, target) with source and target packed as
 * (kind code << 29 | ordinal) until the node counts are known; critical flag, group, line and
 * whether the edge is only possible alongside.
 */
class SnapshotColumns implements NumericSink, SimpleNodeSink {
  /** What `node` reads of a node's attributes, in the order of the values `simpleNode` is given (NODE_VALUES). */
  readonly nodeAttributes = NODE_ATTRIBUTES;
  /** The values `node` passes on, reused from node to node. */
  private readonly values = new Array<unknown>(NODE_ATTRIBUTES.length).fill(undefined);
  readonly dictionary: string[] = [];
  private readonly words = new Map<string, number>();
  readonly names: Record<NodeKind, string[]> = { organisation: [], service: [], supplier: [] };
  readonly ids: Record<NodeKind, string[]> = { organisation: [], service: [], supplier: [] };
  readonly supplierCountry = ints();
  readonly supplierParent = ints();
  readonly supplierFailureProbability = floats();
  /** Index in `SUBCONTRACTING` per supplier; `declaredSubcontracting` says whether any is not `known`. */
  readonly supplierSubcontracting = bytes();
  declaredSubcontracting = false;
  readonly serviceCountryCount = ints();
  readonly serviceCountryList = ints();
  readonly organisationType = ints();
  readonly organisationCounty = ints();
  readonly sectorCount = ints();
  readonly sectorList = ints();
  readonly population = floats();
  readonly edgeKind = bytes();
  readonly edgeSource = ints();
  readonly edgeTarget = ints();
  readonly edgeCritical = bytes();
  readonly edgeGroup = ints();
  readonly edgeLine = ints();
  /** 1 for a possible edge (certainty `possible`); `possibleEdges` counts them. */
  readonly edgePossible = bytes();
  possibleEdges = 0;
  /** Group key (source kind, ordinal, label) to group number. */
  readonly groupIds = new Map<string, number>();
  /** The `service` of a group's first subcontracts edge (it qualifies the edge's key), by group number. */
  readonly groupQualifier = new Map<number, string>();
  /** Per edge kind code: the field number of the table's first column in its header (where a repeat is reported). */
  readonly firstColumn = new Map<number, number>();
  private readonly subcontractKeys = new Map<string, number>();

  private word(value: unknown): number {
    if (typeof value !== 'string' || value === '') return -1;
    let i = this.words.get(value);
    if (i === undefined) {
      i = this.dictionary.push(value) - 1;
      this.words.set(value, i);
    }
    return i;
  }

  node(kind: NodeKind, id: string, ordinal: number, attributes: Record<string, unknown> | undefined): void {
    const { values } = this;
    for (let i = 0; i < NODE_ATTRIBUTES.length; i++) values[i] = attributes?.[NODE_ATTRIBUTES[i]!];
    this.simpleNode(kind, id, ordinal, values);
  }

  simpleNode(kind: NodeKind, id: string, _ordinal: number, values: readonly unknown[]): void {
    this.ids[kind].push(id);
    const name = values[NODE_VALUES.name];
    this.names[kind].push(typeof name === 'string' ? name : id);
    if (kind === 'supplier') {
      this.supplierCountry.push(this.word(values[NODE_VALUES.country]));
      this.supplierParent.push(this.word(values[NODE_VALUES.parent]));
      const probability = values[NODE_VALUES.failureProbability];
      this.supplierFailureProbability.push(typeof probability === 'number' ? probability : NaN);
      const subcontracting = SUBCONTRACTING.indexOf(
        values[NODE_VALUES.subcontracting] as (typeof SUBCONTRACTING)[number],
      );
      this.supplierSubcontracting.push(Math.max(0, subcontracting));
      if (subcontracting > 0) this.declaredSubcontracting = true;
    } else if (kind === 'service') {
      const countries = (values[NODE_VALUES.countries] as readonly string[] | undefined) ?? [];
      this.serviceCountryCount.push(countries.length);
      for (const c of countries) this.serviceCountryList.push(this.word(c));
    } else {
      this.organisationType.push(this.word(values[NODE_VALUES.orgType]));
      this.organisationCounty.push(this.word(values[NODE_VALUES.county]));
      const sectors = (values[NODE_VALUES.sectors] as readonly string[] | undefined) ?? [];
      this.sectorCount.push(sectors.length);
      for (const s of sectors) this.sectorList.push(this.word(s));
      const population = values[NODE_VALUES.population];
      this.population.push(typeof population === 'number' ? population : NaN);
    }
  }

  edge(
    kind: EdgeKind,
    table: TableSpec,
    source: NodeRef,
    target: NodeRef,
    attributes: Record<string, unknown> | undefined,
    row: Row,
    problem: (column: string, code: string, message: string) => void,
  ): void {
    if (kind === 'subcontracts') {
      // Few rows, and keyed by free text too: find repeats with a Map.
      // The nodes by number, the free text last: no two edges share a key, whatever their ids hold.
      const key = `${packed(source)},${packed(target)},${row.cell('service')}`;
      const first = this.subcontractKeys.get(key);
      if (first !== undefined) {
        problem(
          table.columns[0]!.name,
          IMPORT_CODES.duplicateEdge,
          `this row repeats line ${first}: ${source.id} -> ${target.id} is already in ${table.file}`,
        );
        return;
      }
      this.subcontractKeys.set(key, row.line);
    }
    const label = attributes?.alternatives;
    this.push(
      kind,
      source.kind,
      source.ordinal,
      target.kind,
      target.ordinal,
      attributes?.critical === false ? 0 : 1,
      attributes?.certainty === 'possible',
      row.line,
      row.column(table.columns[0]!.name) ?? 1,
      typeof label === 'string' ? label : '',
      kind === 'subcontracts' ? row.cell('service') : '',
    );
  }

  numericEdge(
    kind: EdgeKind,
    source: NodeKind,
    sourceOrdinal: number,
    target: NodeKind,
    targetOrdinal: number,
    critical: boolean | undefined,
    alternatives: string,
    line: number,
    firstColumn: number,
  ): void {
    this.push(
      kind,
      source,
      sourceOrdinal,
      target,
      targetOrdinal,
      critical === false ? 0 : 1,
      false,
      line,
      firstColumn,
      alternatives,
      '',
    );
  }

  /** The edges of `block`, as numericEdge takes them one by one, written column by column. */
  numericEdges(kind: EdgeKind, block: EdgeBlock, firstLine: number): void {
    const { count, source, target, line, critical } = block;
    const code = EDGE_CODES[kind];
    if (!this.firstColumn.has(code)) this.firstColumn.set(code, block.firstColumn);
    const at = this.edgeKind.length;
    for (const column of [
      this.edgeKind,
      this.edgeSource,
      this.edgeTarget,
      this.edgeCritical,
      this.edgePossible,
      this.edgeLine,
      this.edgeGroup,
    ]) {
      column.extend(count);
    }
    this.edgeKind.data.fill(code, at, at + count);
    this.edgePossible.data.fill(0, at, at + count);
    this.edgeGroup.data.fill(-1, at, at + count);
    const sources = this.edgeSource.data;
    const targets = this.edgeTarget.data;
    const criticals = this.edgeCritical.data;
    const lines = this.edgeLine.data;
    for (let e = 0; e < count; e++) {
      const s = source[e]!;
      const t = target[e]!;
      sources[at + e] = (BLOCK_NODE_CODE[s & 3]! << 29) | (s >>> 2);
      targets[at + e] = (BLOCK_NODE_CODE[t & 3]! << 29) | (t >>> 2);
      criticals[at + e] = critical[e] === 0 ? 0 : 1;
      lines[at + e] = firstLine + line[e]!;
    }
    // Groups are numbered in the order of their first edge, as numericEdge numbers them.
    for (const [e, label] of block.labels) {
      const s = source[e]!;
      const key = `${NODE_KINDS[s & 3]!}\u0000${s >>> 2}\u0000${label}`;
      let group = this.groupIds.get(key);
      if (group === undefined) this.groupIds.set(key, (group = this.groupIds.size));
      this.edgeGroup.data[at + e] = group;
    }
  }

  /** One edge into the columns; `qualifier` is a subcontracts edge's service ('' otherwise). */
  private push(
    kind: EdgeKind,
    sourceKind: NodeKind,
    sourceOrdinal: number,
    targetKind: NodeKind,
    targetOrdinal: number,
    critical: number,
    possible: boolean,
    line: number,
    firstColumn: number,
    label: string,
    qualifier: string,
  ): void {
    const code = EDGE_CODES[kind];
    if (!this.firstColumn.has(code)) this.firstColumn.set(code, firstColumn);
    this.edgeKind.push(code);
    this.edgeSource.push((NODE_CODE[sourceKind] << 29) | sourceOrdinal);
    this.edgeTarget.push((NODE_CODE[targetKind] << 29) | targetOrdinal);
    this.edgeCritical.push(critical);
    this.edgePossible.push(possible ? 1 : 0);
    if (possible) this.possibleEdges++;
    this.edgeLine.push(line);
    if (label !== '') {
      const key = `${sourceKind}\u0000${sourceOrdinal}\u0000${label}`;
      let group = this.groupIds.get(key);
      if (group === undefined) {
        this.groupIds.set(key, (group = this.groupIds.size));
        if (qualifier !== '') this.groupQualifier.set(group, qualifier);
      }
      this.edgeGroup.push(group);
    } else {
      this.edgeGroup.push(-1);
    }
  }
}

const packed = (node: NodeRef) => (NODE_CODE[node.kind] << 29) | node.ordinal;

/** The columns' edges with source and target turned from packed (kind, ordinal) into snapshot indices. */
interface Edges {
  kinds: Uint8Array;
  source: Int32Array;
  target: Int32Array;
  lines: Int32Array;
  groups: Int32Array;
  /** Every node id in snapshot order: suppliers, services, organisations. */
  ids: string[];
}

function resolveEdges(columns: SnapshotColumns, counts: Record<NodeKind, number>): Edges {
  const offsets = [0, counts.supplier, counts.supplier + counts.service];
  const source = columns.edgeSource.view();
  const target = columns.edgeTarget.view();
  for (let e = 0; e < source.length; e++) {
    source[e] = offsets[source[e]! >>> 29]! + (source[e]! & 0x1fffffff);
    target[e] = offsets[target[e]! >>> 29]! + (target[e]! & 0x1fffffff);
  }
  const { ids } = columns;
  return {
    kinds: columns.edgeKind.view(),
    source,
    target,
    lines: columns.edgeLine.view(),
    groups: columns.edgeGroup.view(),
    ids: [...ids.supplier, ...ids.service, ...ids.organisation],
  };
}

/**
 * The keys of the uses, contracts and provided_by edges that occur more than once: the edges
 * bucketed by (kind, source) with a counting sort, then each bucket's targets marked with the
 * bucket's stamp, so that a target marked already is a repeat. O(E + N); sorting the E keys took
 * 0.1 s at M and over a second at EU.
 */
function repeatedKeys(
  kinds: Uint8Array,
  source: Int32Array,
  target: Int32Array,
  nodeCount: number,
  keyOf: (e: number) => number,
): Set<number> {
  const repeated = new Set<number>();
  const buckets = EDGE_KINDS.length * nodeCount;
  const start = new Int32Array(buckets + 1);
  for (let e = 0; e < kinds.length; e++)
    if (kinds[e] !== EDGE_CODES.subcontracts) start[kinds[e]! * nodeCount + source[e]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const order = new Int32Array(start[buckets]!);
  const next = start.slice(0, buckets);
  for (let e = 0; e < kinds.length; e++)
    if (kinds[e] !== EDGE_CODES.subcontracts) order[next[kinds[e]! * nodeCount + source[e]!]!++] = e;
  const stamp = new Int32Array(nodeCount).fill(-1);
  for (let b = 0; b < buckets; b++) {
    for (let i = start[b]!; i < start[b + 1]!; i++) {
      const e = order[i]!;
      const t = target[e]!;
      if (stamp[t] === b) repeated.add(keyOf(e));
      else stamp[t] = b;
    }
  }
  return repeated;
}

/**
 * Repeated uses, contracts and provided_by rows, found by numeric keys (kind, source, target; see
 * repeatedKeys) instead of keeping a key per edge; in file order. (Repeated subcontracts, keyed by free
 * text too, were found during the scan.)
 */
function repeatedEdges(folder: string, edges: Edges, firstColumn: ReadonlyMap<number, number>): Diagnostic[] {
  const repeats: Diagnostic[] = [];
  const { kinds, source, target, lines, ids } = edges;
  const nodeCount = ids.length;
  const keyOf = (e: number) => (kinds[e]! * nodeCount + source[e]!) * nodeCount + target[e]!;
  const repeated = repeatedKeys(kinds, source, target, nodeCount, keyOf);
  if (repeated.size === 0) return repeats;
  const firstLine = new Map<number, number>();
  for (let e = 0; e < kinds.length; e++) {
    if (kinds[e] === EDGE_CODES.subcontracts) continue;
    const key = keyOf(e);
    if (!repeated.has(key)) continue;
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, lines[e]!);
      continue;
    }
    const table = TABLES.find((t) => t.file === EDGE_FILES[kinds[e]!])!;
    repeats.push({
      file: join(folder, table.file),
      line: lines[e]!,
      column: firstColumn.get(kinds[e]!) ?? 1,
      code: IMPORT_CODES.duplicateEdge,
      severity: 'error',
      message: `this row repeats line ${first}: ${ids[source[e]!]} -> ${ids[target[e]!]} is already in ${table.file}`,
    });
  }
  return repeats;
}

/**
 * The scan's diagnostics with the repeats put where a reader that found them row by row reports
 * them (readCsvFolder): after the other problems of their row, before those of later rows. Both
 * lists are in file order; files in the order of the tables.
 */
function mergeByPlace(folder: string, scanned: Diagnostic[], repeats: Diagnostic[]): Diagnostic[] {
  if (repeats.length === 0) return scanned;
  const order = new Map(TABLE_FILES.map((file, i) => [join(folder, file), i]));
  const place = (d: Diagnostic) => (order.get(d.file ?? '') ?? -1) * 2 ** 32 + (d.line ?? 0);
  const merged: Diagnostic[] = [];
  let next = 0;
  for (const d of scanned) {
    while (next < repeats.length && place(repeats[next]!) < place(d)) merged.push(repeats[next++]!);
    merged.push(d);
  }
  while (next < repeats.length) merged.push(repeats[next++]!);
  return merged;
}

/** A group with one member is no redundancy: a warning, as validateGraph gives for graphs. */
function warnLoneAlternatives(folder: string, edges: Edges, columns: SnapshotColumns, diagnostics: Diagnostic[]): void {
  const { groupIds, groupQualifier } = columns;
  const { kinds, source, lines, groups, ids } = edges;
  const members = new Int32Array(groupIds.size);
  const firstEdge = new Int32Array(groupIds.size);
  for (let e = groups.length - 1; e >= 0; e--) {
    const g = groups[e]!;
    if (g < 0) continue;
    members[g]! += 1;
    firstEdge[g] = e;
  }
  for (const [key, g] of groupIds) {
    if (members[g] !== 1) continue;
    const e = firstEdge[g]!;
    const label = key.slice(key.indexOf('\u0000', key.indexOf('\u0000') + 1) + 1); // the label may hold NUL too
    const node = ids[source[e]!]!;
    diagnostics.push({
      code: MODEL_CODES.loneAlternative,
      severity: 'warning',
      message: loneAlternativeMessage(label, node),
      node,
      edge: edgeKey(EDGE_KINDS[kinds[e]!]!, node, ids[edges.target[e]!]!, groupQualifier.get(g)),
      file: join(folder, EDGE_FILES[kinds[e]!]!),
      line: lines[e]!,
    });
  }
}

function nodeTable(
  columns: SnapshotColumns,
  edges: Edges,
  counts: Record<NodeKind, number>,
  snapshot: Snapshot,
  parents: readonly ParentGroup[] | undefined,
) {
  const { names } = columns;
  return columnNodeTable({
    ...(parents !== undefined ? { parents } : {}),
    ids: edges.ids,
    index: snapshot.index,
    names: [...names.supplier, ...names.service, ...names.organisation],
    supplierCount: counts.supplier,
    serviceCount: counts.service,
    dictionary: columns.dictionary,
    supplierCountry: columns.supplierCountry.view(),
    supplierParent: columns.supplierParent.view(),
    supplierFailureProbability: columns.supplierFailureProbability.view(),
    ...(columns.declaredSubcontracting ? { supplierSubcontracting: columns.supplierSubcontracting.view() } : {}),
    serviceCountryStart: csr(columns.serviceCountryCount.view()),
    serviceCountryList: columns.serviceCountryList.view(),
    organisationType: columns.organisationType.view(),
    organisationCounty: columns.organisationCounty.view(),
    sectorStart: csr(columns.sectorCount.view()),
    sectorList: columns.sectorList.view(),
    population: snapshot.population,
  });
}

export interface LoadSnapshotOptions extends FolderOptions {
  /**
   * A second sink that sees every row the snapshot's columns see, in the same pass (the binary
   * file's writer, the metrics' facts). One that also takes edges as numbers (`numericEdge`, see
   * NumericSink) lets the simple edge lines be read as bytes.
   */
  also?: FolderSink | NumericSink;
}

/**
 * Both sinks, in one pass; taking edges as numbers when both do. The node tables' simple lines go
 * to the columns as bytes only when there is no second sink (SimpleNodeSink is the columns' own).
 */
function tee(
  first: NumericSink & SimpleNodeSink & Pick<SnapshotColumns, 'numericEdges'>,
  second: FolderSink | undefined,
): FolderSink {
  if (second === undefined) return first;
  const both: FolderSink = {
    node: (...args) => {
      first.node(...args);
      second.node(...args);
    },
    edge: (...args) => {
      first.edge(...args);
      second.edge(...args);
    },
  };
  if (!isNumeric(second)) return both;
  const numbers: NumericSink = {
    ...both,
    numericEdge: (...args) => {
      first.numericEdge(...args);
      second.numericEdge(...args);
    },
    numericEdges: (kind, block, firstLine) => {
      first.numericEdges(kind, block, firstLine);
      giveEdges(kind, block, firstLine, second);
    },
  };
  return numbers;
}

export async function loadSnapshot(folder: string, options: LoadSnapshotOptions = {}): Promise<LoadSnapshotResult> {
  const columns = new SnapshotColumns();
  const { also, ...folderOptions } = options;
  const scan = await scanFolder(folder, readTableBatches, folderOptions, tee(columns, also));
  const { notes, counts, parents } = scan;
  const said = notes.length > 0 ? { notes } : {};
  const edges = resolveEdges(columns, counts);
  const diagnostics = mergeByPlace(folder, scan.diagnostics, repeatedEdges(folder, edges, columns.firstColumn));
  if (hasErrors(diagnostics)) return { snapshot: null, table: null, diagnostics, ...said };
  warnLoneAlternatives(folder, edges, columns, diagnostics);
  const word = (i: number) => (i < 0 ? undefined : columns.dictionary[i]);
  const types = columns.organisationType.view();
  const counties = columns.organisationCounty.view();
  const snapshot = buildSnapshot({
    ids: edges.ids,
    supplierCount: counts.supplier,
    serviceCount: counts.service,
    population: columns.population.view().slice(),
    ...residentAreas(
      counts.organisation,
      (i) => word(types[i]!),
      (i) => word(counties[i]!),
    ),
    edgeSource: edges.source,
    edgeTarget: edges.target,
    edgeKind: edges.kinds,
    edgeCritical: columns.edgeCritical.view(),
    edgeGroup: edges.groups,
    ...(columns.possibleEdges > 0 ? { edgePossible: columns.edgePossible.view() } : {}),
  });
  return {
    snapshot,
    table: nodeTable(columns, edges, counts, snapshot, parents),
    diagnostics,
    ...(parents !== undefined ? { parents } : {}),
    ...said,
  };
}
