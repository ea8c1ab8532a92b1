/**
 * A binary graph straight into the engine's snapshot and node table, with no parsing and no graph:
 * the ends of every edge are row numbers of nodes.arrow, which become snapshot indices by
 * arithmetic on the row ranges (the snapshot numbers suppliers, then services, then
 * organisations); text columns become dictionary numbers. The edges' ends are checked to be nodes
 * of the kinds their edge kind joins; the graph's ownership groups (its `parents` attribute, in the
 * metadata) are checked as the model checks them and go to the node table. O(rows), plus a string
 * per node id and name.
 */
import { join } from 'node:path';

import {
  createKedjaGraph,
  EDGE_ENDPOINTS,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type EdgeKind,
  type NodeKind,
} from '@kedja/core';
import {
  checkNodeId,
  buildSnapshot,
  columnNodeTable,
  EDGE_KIND_CODES,
  residentAreas,
  SUBCONTRACTING,
  type NodeColumns,
  type ParentGroup,
  type Snapshot,
  type Subcontracting,
} from '@kedja/core/kernel';
import type { Data, Table } from 'apache-arrow';

import { IMPORT_CODES } from '../../errors.js';
import type { LoadSnapshotResult } from '../../types.js';
import { forFalse, forPresent, forRows, int32Values, list, number, text } from './arrow-columns.js';
import { openArrowGraph } from './arrow-file.js';
import { EDGE_ORDER, EDGES_FILE, NODES_FILE, type RowRanges } from './layout.js';

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
    if (group === undefined) groups.set(key, (group = groups.size));
    edges.group[row] = group;
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

/** The node table's columns, in snapshot order. */
function readNodes(
  table: Table,
  ranges: NodeRanges,
  population: Float64Array,
  parents: readonly ParentGroup[] | undefined,
): NodeColumns & { ids: string[] } {
  const words = new Words();
  const ids = SNAPSHOT_ORDER.flatMap((kind) => values(table, 'id', ranges[kind], (data, i) => text(data, i) ?? ''));
  const names = SNAPSHOT_ORDER.flatMap((kind) => values(table, 'name', ranges[kind], (data, i) => text(data, i)));
  const csr = (lists: (string[] | undefined)[]) => {
    const start = new Int32Array(lists.length + 1);
    const items: number[] = [];
    lists.forEach((each, i) => {
      for (const item of each ?? []) items.push(words.of(item));
      start[i + 1] = items.length;
    });
    return { start, items: Int32Array.from(items) };
  };
  const dictionary = (name: string, kind: NodeKind) =>
    Int32Array.from(values(table, name, ranges[kind], text), (word) => words.of(word));
  const serviceCountries = csr(values(table, 'countries', ranges.service, list));
  const sectors = csr(values(table, 'sectors', ranges.organisation, list));
  return {
    ...(parents !== undefined ? { parents } : {}),
    ids,
    names: names.map((name, i) => name ?? ids[i]!),
    supplierCount: ranges.supplier[1] - ranges.supplier[0],
    serviceCount: ranges.service[1] - ranges.service[0],
    dictionary: words.dictionary,
    supplierCountry: dictionary('country', 'supplier'),
    supplierParent: dictionary('parent', 'supplier'),
    supplierFailureProbability: Float64Array.from(
      values(table, 'failure_probability', ranges.supplier, number),
      (p) => p ?? NaN,
    ),
    ...subcontractingColumn(table, ranges),
    serviceCountryStart: serviceCountries.start,
    serviceCountryList: serviceCountries.items,
    organisationType: dictionary('type', 'organisation'),
    organisationCounty: dictionary('county', 'organisation'),
    sectorStart: sectors.start,
    sectorList: sectors.items,
    population,
  };
}

/** Loads a binary graph (the folder of nodes.arrow and edges.arrow) into a snapshot and its node table. */
export async function loadArrowSnapshot(folder: string): Promise<LoadSnapshotResult> {
  const opened = await openArrowGraph(folder);
  if ('diagnostics' in opened) return { snapshot: null, table: null, diagnostics: opened.diagnostics };
  const { nodes, edges: edgeTable, nodeRanges: ranges } = opened;
  const diagnostics: Diagnostic[] = [];
  const edges = readEdges(join(folder, EDGES_FILE), edgeTable, opened, diagnostics);
  if (diagnostics.length > 0) return { snapshot: null, table: null, diagnostics };
  const population = Float64Array.from(values(nodes, 'population', ranges.organisation, number), (p) => p ?? NaN);
  // The graph's ownership groups, checked as a graph read from the file would check them.
  const parents = opened.graphAttributes.parents as ParentGroup[] | undefined;
  for (const d of validateGraph(createKedjaGraph(parents !== undefined ? { parents } : {}))) {
    diagnostics.push({ ...d, file: join(folder, NODES_FILE) });
  }
  if (hasErrors(diagnostics)) return { snapshot: null, table: null, diagnostics };
  const columns = readNodes(nodes, ranges, population, parents);
  const { ids, dictionary } = columns;
  // The ids a graph could not hold are refused here too, so that both ways read the same file alike.
  for (const [row, id] of ids.entries()) {
    const refused = checkNodeId(id);
    if (refused !== undefined && diagnostics.length < 20) {
      const file = join(folder, NODES_FILE);
      diagnostics.push({
        file,
        line: row + 1,
        code: IMPORT_CODES.arrowShape,
        severity: 'error',
        message: `row ${row}: ${refused.message}`,
      });
    }
  }
  if (diagnostics.length > 0) return { snapshot: null, table: null, diagnostics };
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
  // The node table looks ids up in the snapshot's index rather than building a second one.
  const nodeTable = columnNodeTable({ ...columns, index: snapshot.index });
  return { snapshot, table: nodeTable, diagnostics, ...(parents !== undefined ? { parents } : {}) };
}
