/**
 * A binary graph straight into the engine's snapshot and node table, with no parsing and no graph:
 * the ends of every edge are row numbers of nodes.arrow, which become snapshot indices by
 * arithmetic on the row ranges (the snapshot numbers suppliers, then services, then
 * organisations); text columns become dictionary numbers. The edges' ends are checked to be nodes
 * of the kinds their edge kind joins; the graph's ownership groups (its `parents` attribute, in the
 * metadata) are checked as the model checks them and go to the node table, and an alternatives
 * group of a single member is warned about as a graph's reader warns. A second sink (`also`, the
 * metrics' facts) is given every node with its attributes and every edge as numbers. O(rows), plus
 * a string per node id and name.
 */
import { Buffer } from 'node:buffer';
import { join } from 'node:path';

import {
  createKedjaGraph,
  EDGE_ENDPOINTS,
  edgeKey,
  hasErrors,
  MODEL_CODES,
  validateGraph,
  type Diagnostic,
  type EdgeKind,
  type NodeKind,
} from '@kedja/core';
import {
  checkNodeId,
  buildSnapshot,
  plainNodeIdBytes,
  columnNodeTable,
  EDGE_KIND_CODES,
  loneAlternativeMessage,
  residentAreas,
  restoreSnapshot,
  storeSnapshot,
  STORED_ARRAYS,
  SUBCONTRACTING,
  type NodeColumns,
  type NodeIdList,
  type ParentGroup,
  type Snapshot,
  type StoredArray,
  type StoredArrayName,
  type Subcontracting,
} from '@kedja/core/kernel';
import type { Data, Table } from './apache-arrow.js';

import { IMPORT_CODES } from '../../errors.js';
import type { LoadSnapshotResult } from '../../types.js';
import {
  bool,
  forFalse,
  forPresent,
  forRows,
  forChunkTextBytes,
  int32Values,
  number,
  pushChunkTexts,
  pushTexts,
  rowAttributes,
  text,
  textAt,
  valid,
} from './arrow-columns.js';
import {
  openArrowGraph,
  openArrowSnapshot,
  type ArrowGraphFiles,
  type ArrowReadOptions,
  type ArrowSnapshotFiles,
} from './arrow-file.js';
import { EDGE_ORDER, EDGES_FILE, NODE_ORDER, NODES_FILE, SNAPSHOT_FILE, type RowRanges } from './layout.js';
import type { DerivedSnapshot, LoneAlternative } from './snapshot-file.js';

/**
 * A second reader of a binary graph's rows, beside the snapshot (the metrics' facts): the graph's
 * own attributes (its name, its ownership groups), then every node with its attributes as a graph
 * read from the file holds them, in the file's order, then every edge as numbers (`alternatives`
 * is '' when none; possible edges too), in the file's order.
 */
export interface ArrowRowSink {
  /** The graph's own attributes (`kedja.graph` of nodes.arrow), first. */
  graph?(attributes: Readonly<Record<string, unknown>>): void;
  /** A node: `ordinal` is its position among the nodes of its kind; `attributes` start with `kind`. */
  node(kind: NodeKind, id: string, ordinal: number, attributes: Record<string, unknown>): void;
  /** An edge, its ends as kind and ordinal; `critical` undefined when the cell is empty. */
  numericEdge(
    kind: EdgeKind,
    source: NodeKind,
    sourceOrdinal: number,
    target: NodeKind,
    targetOrdinal: number,
    critical: boolean | undefined,
    alternatives: string,
  ): void;
}

/** How loadArrowSnapshot reads: the hashing threshold, and a second sink for the rows. */
export interface ArrowSnapshotOptions extends ArrowReadOptions {
  /** Given the rows too, once the snapshot is built (nothing when the file is refused). */
  also?: ArrowRowSink;
}

type NodeRanges = RowRanges<NodeKind>;
type EdgeRanges = RowRanges<EdgeKind>;

/** Repeated strings as dictionary numbers. */
class Words {
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();
  of(word: string | undefined): number {
    if (word === undefined || word === '') return -1;
    let i = this.index.get(word);
    if (i === undefined) this.index.set(word, (i = this.dictionary.push(word) - 1));
    return i;
  }
}

interface EdgeColumns {
  source: Int32Array;
  target: Int32Array;
  kind: Uint8Array;
  critical: Uint8Array;
  group: Int32Array;
  /** 1 for a possible edge (certainty `possible`); undefined when no edge is. */
  possible: Uint8Array | undefined;
  /** Per alternatives group: its label, its first edge and how many edges it has. */
  groups: { label: string[]; first: number[]; members: number[] };
}

/** The first snapshot index of each node kind: suppliers, then services, then organisations. */
function snapshotBase(ranges: NodeRanges): Record<NodeKind, number> {
  const suppliers = ranges.supplier[1] - ranges.supplier[0];
  const services = ranges.service[1] - ranges.service[0];
  return { supplier: 0, service: suppliers, organisation: suppliers + services };
}

/** Edge ends (rows of nodes.arrow) as snapshot indices, checked to be nodes of `kind`. */
function resolveEnds(
  rows: Int32Array,
  out: Int32Array,
  [from, to]: [number, number],
  [low, high]: [number, number],
  base: number,
  onBad: (row: number) => void,
): void {
  for (let e = from; e < to; e++) {
    const row = rows[e]!;
    if (row < low || row >= high) onBad(e);
    else out[e] = base + row - low;
  }
}

/** The edges, with ends as snapshot indices; a diagnostic for an end of a wrong kind. */
function readEdges(
  file: string,
  table: Table,
  { nodeRanges, edgeRanges: ranges }: { nodeRanges: NodeRanges; edgeRanges: EdgeRanges },
  diagnostics: Diagnostic[],
): EdgeColumns {
  const count = table.numRows;
  const edges: EdgeColumns = {
    source: new Int32Array(count),
    target: new Int32Array(count),
    kind: new Uint8Array(count),
    critical: new Uint8Array(count).fill(1),
    group: new Int32Array(count).fill(-1),
    possible: undefined,
    groups: { label: [], first: [], members: [] },
  };
  const base = snapshotBase(nodeRanges);
  const sources = int32Values(table, 'source_row');
  const targets = int32Values(table, 'target_row');
  for (const kind of EDGE_ORDER) {
    const [sourceKind, targetKind] = EDGE_ENDPOINTS[kind];
    edges.kind.fill(EDGE_KIND_CODES[kind], ranges[kind][0], ranges[kind][1]);
    resolveEnds(sources, edges.source, ranges[kind], nodeRanges[sourceKind], base[sourceKind], (row) =>
      bad(file, row, 'source_row', sourceKind, diagnostics),
    );
    resolveEnds(targets, edges.target, ranges[kind], nodeRanges[targetKind], base[targetKind], (row) =>
      bad(file, row, 'target_row', targetKind, diagnostics),
    );
  }
  forFalse(table, 'critical', (row) => (edges.critical[row] = 0));
  const groups = new Map<string, number>();
  forPresent(table, 'alternatives', (row, data, i) => {
    const label = text(data, i);
    if (label === undefined || label === '') return;
    const key = `${edges.source[row]}\u0000${label}`;
    let group = groups.get(key);
    if (group === undefined) {
      groups.set(key, (group = groups.size));
      edges.groups.label.push(label);
      edges.groups.first.push(row);
      edges.groups.members.push(0);
    }
    edges.group[row] = group;
    edges.groups.members[group]!++;
  });
  // A file written before possible edges existed has no certainty column: every edge is confirmed.
  if (table.getChild('certainty') !== null) {
    forPresent(table, 'certainty', (row, data, i) => {
      if (text(data, i) !== 'possible') return;
      edges.possible ??= new Uint8Array(count);
      edges.possible[row] = 1;
    });
  }
  return edges;
}

function bad(file: string, row: number, column: string, kind: NodeKind, diagnostics: Diagnostic[]): void {
  if (diagnostics.length >= 20) return; // a damaged column would otherwise give one per row
  diagnostics.push({
    file,
    line: row + 1,
    code: IMPORT_CODES.arrowShape,
    severity: 'error',
    message: `row ${row}: ${column} is not the row of a ${kind}; the file is damaged: write it again with kedja import`,
  });
}

const SNAPSHOT_ORDER = ['supplier', 'service', 'organisation'] as const;

/** A text column's values over the rows of one kind. */
function values<T>(table: Table, name: string, range: [number, number], read: (data: Data, i: number) => T): T[] {
  const out: T[] = [];
  forRows(table, name, range, (_row, data, i) => out.push(read(data, i)));
  return out;
}

/**
 * Per supplier, the index of its `subcontracting` in `SUBCONTRACTING`, when some supplier's is not
 * `known` (a file written before the column existed has none: every supplier's is known).
 */
function subcontractingColumn(table: Table, ranges: NodeRanges): { supplierSubcontracting?: Uint8Array } {
  if (table.getChild('subcontracting') === null) return {};
  const codes = Uint8Array.from(values(table, 'subcontracting', ranges.supplier, text), (value) =>
    Math.max(0, SUBCONTRACTING.indexOf(value as Subcontracting)),
  );
  return codes.some((code) => code > 0) ? { supplierSubcontracting: codes } : {};
}

/** A text column of one kind as dictionary numbers (-1 for none), read straight into the array. */
function dictionaryColumn(table: Table, name: string, [from, to]: [number, number], words: Words): Int32Array {
  const out = new Int32Array(to - from);
  forRows(table, name, [from, to], (row, data, i) => (out[row - from] = words.of(text(data, i))));
  return out;
}

/** A list column of one kind as dictionary numbers in CSR form, with no array per row. */
function listColumn(
  table: Table,
  name: string,
  [from, to]: [number, number],
  words: Words,
): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(to - from + 1);
  let items = new Int32Array(Math.max(16, to - from));
  let count = 0;
  forRows(table, name, [from, to], (row, data, i) => {
    if (valid(data, i)) {
      const offsets = data.valueOffsets as Int32Array;
      const child = data.children[0]!;
      for (let j = offsets[data.offset + i]!; j < offsets[data.offset + i + 1]!; j++) {
        if (count === items.length) {
          const grown = new Int32Array(2 * count);
          grown.set(items);
          items = grown;
        }
        items[count++] = words.of(text(child, j) ?? '');
      }
    }
    start[row - from + 1] = count;
  });
  return { start, items: items.slice(0, count) };
}

/** Each node's name (snapshot index), decoded from nodes.arrow when asked for. */
function namesOnDemand(table: Table, ranges: NodeRanges): (node: number) => string | undefined {
  const base = snapshotBase(ranges);
  const bounds = SNAPSHOT_ORDER.map((kind) => base[kind] + ranges[kind][1] - ranges[kind][0]);
  return (node) => {
    const kind = node < bounds[0]! ? 'supplier' : node < bounds[1]! ? 'service' : 'organisation';
    return textAt(table, 'name', ranges[kind][0] + node - base[kind]);
  };
}

/** The node table's columns, in snapshot order. */
function readNodes(
  table: Table,
  ranges: NodeRanges,
  population: Float64Array,
  parents: readonly ParentGroup[] | undefined,
): NodeColumns & { ids: string[] } {
  const words = new Words();
  const ids = snapshotIds(table, ranges);
  // The same order of first use as ever, so that the dictionary is numbered the same.
  const serviceCountries = listColumn(table, 'countries', ranges.service, words);
  const sectors = listColumn(table, 'sectors', ranges.organisation, words);
  const supplierCountry = dictionaryColumn(table, 'country', ranges.supplier, words);
  const supplierParent = dictionaryColumn(table, 'parent', ranges.supplier, words);
  const supplierFailureProbability = new Float64Array(ranges.supplier[1] - ranges.supplier[0]);
  forRows(table, 'failure_probability', ranges.supplier, (row, data, i) => {
    supplierFailureProbability[row - ranges.supplier[0]] = number(data, i) ?? NaN;
  });
  const subcontracting = subcontractingColumn(table, ranges);
  const organisationType = dictionaryColumn(table, 'type', ranges.organisation, words);
  const organisationCounty = dictionaryColumn(table, 'county', ranges.organisation, words);
  return {
    ...(parents !== undefined ? { parents } : {}),
    ids,
    names: namesOnDemand(table, ranges),
    supplierCount: ranges.supplier[1] - ranges.supplier[0],
    serviceCount: ranges.service[1] - ranges.service[0],
    dictionary: words.dictionary,
    supplierCountry,
    supplierParent,
    supplierFailureProbability,
    ...subcontracting,
    serviceCountryStart: serviceCountries.start,
    serviceCountryList: serviceCountries.items,
    organisationType,
    organisationCounty,
    sectorStart: sectors.start,
    sectorList: sectors.items,
    population,
  };
}

/** The alternatives groups of one edge, in the order of their edges (the order a graph read from the file warns in). */
function loneAlternatives(
  table: Table,
  edges: EdgeColumns,
  ranges: EdgeRanges,
  ids: readonly string[],
): LoneAlternative[] {
  const lone: LoneAlternative[] = [];
  const { label, first, members } = edges.groups;
  for (let group = 0; group < label.length; group++) {
    if (members[group] !== 1) continue;
    const row = first[group]!;
    const kind = EDGE_ORDER.find((k) => row >= ranges[k][0] && row < ranges[k][1])!;
    const service = kind === 'subcontracts' ? textAt(table, 'service', row) : undefined;
    lone.push({
      label: label[group]!,
      kind,
      source: ids[edges.source[row]!]!,
      target: ids[edges.target[row]!]!,
      ...(service !== undefined ? { service } : {}),
    });
  }
  return lone;
}

/** KEDJA_MODEL_LONE_ALTERNATIVE for a group of one edge, as validateGraph gives it on a graph read from the file. */
function loneWarning(folder: string, { label, kind, source, target, service }: LoneAlternative): Diagnostic {
  return {
    file: folder,
    code: MODEL_CODES.loneAlternative,
    severity: 'warning',
    message: loneAlternativeMessage(label, source),
    node: source,
    edge: edgeKey(kind, source, target, service),
  };
}

/** The rows to a second sink: the nodes with their attributes, then the edges as numbers (ArrowRowSink). */
function feed(sink: ArrowRowSink, { graphAttributes, nodes, edges, nodeRanges, edgeRanges }: ArrowGraphFiles): void {
  sink.graph?.(graphAttributes);
  for (const kind of NODE_ORDER) {
    const range = nodeRanges[kind];
    const attributes = rowAttributes(nodes, kind, range);
    forRows(nodes, 'id', range, (row, data, i) =>
      sink.node(kind, text(data, i) ?? '', row - range[0], attributes[row - range[0]]!),
    );
  }
  const sources = int32Values(edges, 'source_row');
  const targets = int32Values(edges, 'target_row');
  for (const kind of EDGE_ORDER) {
    const range = edgeRanges[kind];
    const [sourceKind, targetKind] = EDGE_ENDPOINTS[kind];
    const critical: (boolean | undefined)[] = [];
    const labels: string[] = [];
    forRows(edges, 'critical', range, (_row, data, i) => critical.push(bool(data, i)));
    forRows(edges, 'alternatives', range, (_row, data, i) => labels.push(text(data, i) ?? ''));
    for (let row = range[0]; row < range[1]; row++) {
      sink.numericEdge(
        kind,
        sourceKind,
        sources[row]! - nodeRanges[sourceKind][0],
        targetKind,
        targets[row]! - nodeRanges[targetKind][0],
        critical[row - range[0]],
        labels[row - range[0]]!,
      );
    }
  }
}

/**
 * Loads a binary graph (the folder of nodes.arrow and edges.arrow) into a snapshot and its node
 * table: from its derived snapshot.arrow when it has a current one and no second sink asks for the
 * rows, else built from the tables. Files from `backgroundHashBytes` on (8 MiB unless told) are
 * checked against their SHA-256 on a worker thread meanwhile; the answer is the same either way.
 */
export async function loadArrowSnapshot(
  folder: string,
  options: ArrowSnapshotOptions = {},
): Promise<LoadSnapshotResult> {
  const { also, ...reading } = options;
  const opened = also === undefined ? await openArrowSnapshot(folder, reading) : await openArrowGraph(folder, reading);
  if ('diagnostics' in opened) return { snapshot: null, table: null, diagnostics: opened.diagnostics };
  const loaded = await opened.whenChecked(() => {
    if (!('edges' in opened)) return fromDerived(folder, opened);
    const built = fromTables(folder, opened);
    const derived = (opened as { derived?: DerivedSnapshot }).derived;
    return derived !== undefined
      ? withNodeTable(folder, verified(folder, built, derived, opened.graphAttributes))
      : withNodeTable(folder, built);
  });
  if (!('snapshot' in loaded)) return { snapshot: null, table: null, diagnostics: loaded.diagnostics };
  if (also !== undefined && loaded.snapshot !== null && 'edges' in opened) feed(also, opened);
  return loaded;
}

/** The same bytes (NaN included, as stored). */
function sameArray(a: StoredArray, b: StoredArray): boolean {
  if (a.constructor !== b.constructor || a.length !== b.length) return false;
  const bytes = (array: StoredArray) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return bytes(a).equals(bytes(b));
}

/**
 * What was built from the tables, refused when snapshot.arrow beside them holds anything else
 * (`verify`: kedja validate), so that a snapshot.arrow that is not the tables' is found.
 */
function verified(
  folder: string,
  built: BuiltSnapshot,
  derived: DerivedSnapshot,
  graphAttributes: Record<string, unknown>,
): BuiltSnapshot {
  if (built.snapshot === null) return built;
  const own = storeSnapshot(built.snapshot, built.columns);
  const { stored } = derived;
  const { ids, names } = nodeTexts(built.columns);
  const sameTexts = (data: Data, own: readonly (string | undefined)[]) =>
    data.length === own.length && own.every((value, node) => text(data, node) === value);
  const differs =
    (['supplierCount', 'serviceCount', 'nodeCount'] as const).find((count) => own[count] !== stored[count]) ??
    (Object.keys(STORED_ARRAYS) as StoredArrayName[]).find(
      (name) => !sameArray(own.arrays[name], stored.arrays[name]),
    ) ??
    (JSON.stringify(own.dictionary) !== JSON.stringify(stored.dictionary) ? 'dictionary' : undefined) ??
    (JSON.stringify(built.loneAlternatives) !== JSON.stringify(derived.loneAlternatives)
      ? 'kedja.lone-alternatives'
      : undefined) ??
    (!sameTexts(derived.ids, ids) ? 'ids' : undefined) ??
    (!sameTexts(derived.names, names) ? 'names' : undefined) ??
    (JSON.stringify(graphAttributes) !== JSON.stringify(derived.graph) ? 'kedja.graph' : undefined);
  if (differs === undefined) return built;
  const message = `not the snapshot of the tables beside it (its ${differs} differs); write the graph again with kedja import`;
  const diagnostic: Diagnostic = {
    file: join(folder, SNAPSHOT_FILE),
    code: IMPORT_CODES.arrowShape,
    severity: 'error',
    message,
  };
  return { snapshot: null, diagnostics: [...built.diagnostics, diagnostic] };
}

/** The ids and names of built node columns, in snapshot order: what snapshot.arrow holds of nodes.arrow. */
export function nodeTexts(columns: NodeColumns & { ids: string[] }): {
  ids: string[];
  names: (string | undefined)[];
} {
  const { ids, names } = columns;
  return { ids, names: ids.map((_, node) => (typeof names === 'function' ? names(node) : names[node])) };
}

/** What the tables give: the snapshot, its node columns and the groups of one edge; or why not. */
export type BuiltSnapshot =
  | {
      snapshot: Snapshot;
      columns: NodeColumns & { ids: string[] };
      loneAlternatives: LoneAlternative[];
      diagnostics: Diagnostic[];
      parents?: ParentGroup[];
    }
  | { snapshot: null; diagnostics: Diagnostic[] };

/** The load's answer from what was built: the node table, and the warnings for groups of one edge. */
function withNodeTable(folder: string, built: BuiltSnapshot): LoadSnapshotResult {
  if (built.snapshot === null) return { snapshot: null, table: null, diagnostics: built.diagnostics };
  const { snapshot, columns, loneAlternatives, diagnostics, parents } = built;
  for (const lone of loneAlternatives) diagnostics.push(loneWarning(folder, lone));
  // The node table looks ids up in the snapshot's index rather than building a second one.
  const table = columnNodeTable({ ...columns, index: snapshot.index });
  return { snapshot, table, diagnostics, ...(parents !== undefined ? { parents } : {}) };
}

/** The graph's ownership groups (the `parents` of its attributes), checked as a graph read from the file would check them. */
function checkedParents(
  folder: string,
  graphAttributes: Record<string, unknown>,
  diagnostics: Diagnostic[],
): ParentGroup[] | undefined {
  const parents = graphAttributes.parents as ParentGroup[] | undefined;
  for (const d of validateGraph(createKedjaGraph(parents !== undefined ? { parents } : {}))) {
    diagnostics.push({ ...d, file: join(folder, NODES_FILE) });
  }
  return parents;
}

/**
 * The ids a graph could not hold, refused here too, so that both ways read the same file alike,
 * with the row of nodes.arrow that holds each. `ids` are in snapshot order: decoded (the tables'),
 * or snapshot.arrow's as stored, checked on their bytes so that only an id that may be refused is
 * decoded for checkNodeId.
 */
function checkIds(folder: string, ids: readonly string[] | Data, ranges: NodeRanges, diagnostics: Diagnostic[]): void {
  const base = snapshotBase(ranges);
  for (const kind of NODE_ORDER) {
    const [first, end] = ranges[kind];
    const [from, to] = [base[kind], base[kind] + end - first];
    const shift = first - from;
    if (Array.isArray(ids)) {
      for (let node = from; node < to; node++) refuseId(folder, node + shift, ids[node], diagnostics);
      continue;
    }
    const stored = ids as Data;
    forChunkTextBytes(stored, from, to, (node, bytes, start, stop) => {
      if (!plainNodeIdBytes(bytes, start, stop)) refuseId(folder, node + shift, text(stored, node), diagnostics);
    });
  }
}

/** The refusal of the id in `row` of nodes.arrow, if checkNodeId refuses it (at most 20 errors). */
function refuseId(folder: string, row: number, id: string | undefined, diagnostics: Diagnostic[]): void {
  const refused = checkNodeId(id ?? '');
  if (refused === undefined || diagnostics.length >= 20) return;
  diagnostics.push({
    file: join(folder, NODES_FILE),
    line: row + 1,
    code: IMPORT_CODES.arrowShape,
    severity: 'error',
    message: `row ${row}: ${refused.message}`,
  });
}

/**
 * The ids of snapshot.arrow, decoded when read: one at a time, or all at once (once), so that a
 * ranking that names its suppliers decodes no organisation's id.
 */
function lazyIds(ids: Data): NodeIdList {
  let all: string[] | undefined;
  return {
    length: ids.length,
    at: (node) => (all !== undefined ? all[node]! : (text(ids, node) ?? '')),
    all: () => {
      if (all === undefined) pushChunkTexts(ids, 0, ids.length, (all = []));
      return all;
    },
  };
}

/** The ids of nodes.arrow in snapshot order. */
function snapshotIds(table: Table, ranges: NodeRanges): string[] {
  const ids: string[] = [];
  for (const kind of SNAPSHOT_ORDER) pushTexts(table, 'id', ranges[kind], ids);
  return ids;
}

/** The rows of each kind in nodes.arrow, from the node counts (organisations, services, suppliers). */
function rangesOfCounts({ supplierCount, serviceCount, nodeCount }: DerivedSnapshot['stored']): NodeRanges {
  const organisations = nodeCount - supplierCount - serviceCount;
  return {
    organisation: [0, organisations],
    service: [organisations, organisations + serviceCount],
    supplier: [organisations + serviceCount, nodeCount],
  };
}

/**
 * The snapshot and node table of a binary graph's derived snapshot.arrow, checked before the
 * kernel reads them: nothing of nodes.arrow is read (snapshot.arrow holds its ids and names).
 */
function fromDerived(folder: string, opened: ArrowSnapshotFiles): LoadSnapshotResult {
  const { derived } = opened;
  const { stored, ids, names } = derived;
  const diagnostics: Diagnostic[] = [];
  const parents = checkedParents(folder, opened.graphAttributes, diagnostics);
  if (hasErrors(diagnostics)) return { snapshot: null, table: null, diagnostics };
  checkIds(folder, ids, rangesOfCounts(stored), diagnostics);
  if (hasErrors(diagnostics)) return { snapshot: null, table: null, diagnostics };
  const restored = restoreSnapshot(stored, {
    ids: lazyIds(ids),
    names: (node) => text(names, node),
    ...(parents ? { parents } : {}),
  });
  if ('fault' in restored) {
    const message = `${restored.fault}; the file is damaged: write it again with kedja import`;
    diagnostics.push({ file: join(folder, SNAPSHOT_FILE), code: IMPORT_CODES.arrowShape, severity: 'error', message });
    return { snapshot: null, table: null, diagnostics };
  }
  const { snapshot, columns } = restored;
  for (const lone of derived.loneAlternatives) diagnostics.push(loneWarning(folder, lone));
  const table = columnNodeTable(columns);
  return { snapshot, table, diagnostics, ...(parents !== undefined ? { parents } : {}) };
}

/** The snapshot, node columns and groups of one edge of an opened binary graph's tables, or why not. */
export function fromTables(folder: string, opened: Omit<ArrowGraphFiles, 'whenChecked'>): BuiltSnapshot {
  const { nodes, edges: edgeTable, nodeRanges: ranges } = opened;
  const diagnostics: Diagnostic[] = [];
  const edges = readEdges(join(folder, EDGES_FILE), edgeTable, opened, diagnostics);
  if (diagnostics.length > 0) return { snapshot: null, diagnostics };
  const population = new Float64Array(ranges.organisation[1] - ranges.organisation[0]);
  forRows(nodes, 'population', ranges.organisation, (row, data, i) => {
    population[row - ranges.organisation[0]] = number(data, i) ?? NaN;
  });
  const parents = checkedParents(folder, opened.graphAttributes, diagnostics);
  if (hasErrors(diagnostics)) return { snapshot: null, diagnostics };
  const columns = readNodes(nodes, ranges, population, parents);
  const { ids, dictionary } = columns;
  checkIds(folder, ids, ranges, diagnostics);
  if (hasErrors(diagnostics)) return { snapshot: null, diagnostics };
  const assetCount = ranges.supplier[1] - ranges.supplier[0] + (ranges.service[1] - ranges.service[0]);
  const snapshot: Snapshot = buildSnapshot({
    ids,
    supplierCount: ranges.supplier[1] - ranges.supplier[0],
    serviceCount: ranges.service[1] - ranges.service[0],
    population,
    ...residentAreas(
      ids.length - assetCount,
      (i) => dictionary[columns.organisationType[i]!],
      (i) => dictionary[columns.organisationCounty[i]!],
    ),
    edgeSource: edges.source,
    edgeTarget: edges.target,
    edgeKind: edges.kind,
    edgeCritical: edges.critical,
    edgeGroup: edges.group,
    ...(edges.possible !== undefined ? { edgePossible: edges.possible } : {}),
  });
  const loneAlternativeGroups = loneAlternatives(edgeTable, edges, opened.edgeRanges, ids);
  return {
    snapshot,
    columns,
    loneAlternatives: loneAlternativeGroups,
    diagnostics,
    ...(parents !== undefined ? { parents } : {}),
  };
}
