/**
 * The layout of Kedja's binary graph: a folder (`graph.arrow/`, or any name) of two Apache Arrow
 * IPC files, `nodes.arrow` and `edges.arrow`, a row per node and per edge. Nodes by kind
 * (organisations, services, suppliers), edges by kind (uses, contracts, providedBy,
 * subcontracts), each kind in the order of its canonical CSV table. Columns: `kind`; `id` (nodes);
 * `source`, `target` (edges, by id) and `source_row`, `target_row` (the rows of the ends in
 * nodes.arrow, so that a reader needs no id lookup); then one column per attribute, named as in the
 * canonical CSV format (docs/format.md) and typed (text as utf8, numbers as float64, booleans as
 * bool, lists as list<utf8>); and `extra`, the JSON of any attribute the format has no column
 * for, so that nothing is lost. Each file's schema metadata holds the format's name and version
 * and where each kind's rows are; nodes.arrow also the graph's own attributes. Beside them,
 * `kedja.json` gives each file's size and SHA-256, so that a damaged file is refused, not misread.
 *
 * Other tools read the files as they are: DuckDB, pandas (pyarrow) and Polars see two tables that
 * join on `edges.source = nodes.id`.
 */
import type { EdgeKind, NodeKind } from '@kedja/core';
import { Bool, Dictionary, Field, Float64, Int32, Int8, List, Utf8, type DataType } from './apache-arrow.js';

import { TABLES, type ColumnType } from '../csv/index.js';

/** The format's name, in the metadata and the manifest. */
export const ARROW_FORMAT = 'kedja-graph';
/** The format's version, in the metadata and the manifest; a reader refuses a newer version. */
export const ARROW_VERSION = 1;
export const NODES_FILE = 'nodes.arrow';
export const EDGES_FILE = 'edges.arrow';
/**
 * Derived from the two tables by kedja import, so that a loader need not build it: the engine's
 * snapshot and node columns (core's STORED_ARRAYS), one row of a list column per array, and the
 * nodes' ids and names in snapshot order, so that the engine reads nothing of nodes.arrow. Not part
 * of the graph: a reader that does not know its layout, or finds it derived from other tables,
 * builds the snapshot from the tables instead.
 */
export const SNAPSHOT_FILE = 'snapshot.arrow';
/**
 * The version of snapshot.arrow's own columns, beside the stored arrays' layout (core's
 * SNAPSHOT_LAYOUT): 2 added the nodes' ids and names and the graph's attributes, so that the
 * engine reads nothing of nodes.arrow but its SHA-256. A file of another version is stale.
 */
export const SNAPSHOT_COLUMNS = 2;
/** The manifest beside them: the format, its version, and each file's size and SHA-256. */
export const MANIFEST_FILE = 'kedja.json';

export interface Manifest {
  format: typeof ARROW_FORMAT;
  version: number;
  files: Record<string, { bytes: number; sha256: string }>;
}

export const META = {
  format: 'kedja.format',
  version: 'kedja.version',
  graph: 'kedja.graph',
  rows: 'kedja.rows',
  /** snapshot.arrow: the version of the stored layout (core's SNAPSHOT_LAYOUT). */
  layout: 'kedja.layout',
  /** snapshot.arrow: the version of its own columns (SNAPSHOT_COLUMNS); none in version 1. */
  columns: 'kedja.columns',
  /** snapshot.arrow: the SHA-256 of the nodes.arrow and edges.arrow it was derived from. */
  derivedFrom: 'kedja.derived-from',
  /** snapshot.arrow: the node counts. */
  counts: 'kedja.counts',
  /** snapshot.arrow: the alternatives groups of one edge, for the warning a reader gives. */
  loneAlternatives: 'kedja.lone-alternatives',
} as const;

/** The kinds in row order. */
export const NODE_ORDER: readonly NodeKind[] = ['organisation', 'service', 'supplier'];
export const EDGE_ORDER: readonly EdgeKind[] = ['uses', 'contracts', 'providedBy', 'subcontracts'];
export type RowKind = NodeKind | EdgeKind;

/** Where each kind's rows are in its file: [first row, end row). */
export type RowRanges<K extends RowKind> = Record<K, [number, number]>;

/** An attribute column: its name, how it is stored, and the attribute it holds for each kind that has it. */
export interface AttributeColumn {
  name: string;
  type: 'text' | 'number' | 'boolean' | 'list';
  attributes: ReadonlyMap<RowKind, string>;
}

function storedType(type: ColumnType): AttributeColumn['type'] | undefined {
  switch (type.type) {
    case 'id':
    case 'ref':
      return undefined;
    case 'text':
    case 'enum':
    case 'country':
      return 'text';
    case 'count':
    case 'number':
    case 'probability':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'countries':
    case 'list':
      return 'list';
  }
}

/** The attribute columns of the node or of the edge tables, in the order they first appear. */
function attributeColumns(nodes: boolean): AttributeColumn[] {
  const columns = new Map<string, { type: AttributeColumn['type']; attributes: Map<RowKind, string> }>();
  for (const table of TABLES) {
    if ((table.node !== undefined) !== nodes) continue;
    const kind = (table.node ?? table.edge)!;
    for (const column of table.columns) {
      const type = storedType(column.value);
      if (type === undefined || column.attribute === undefined) continue;
      const entry = columns.get(column.name) ?? { type, attributes: new Map<RowKind, string>() };
      if (entry.type !== type) throw new Error(`column ${column.name} has two types in the canonical tables`);
      entry.attributes.set(kind, column.attribute);
      columns.set(column.name, entry);
    }
  }
  return [...columns].map(([name, { type, attributes }]) => ({ name, type, attributes }));
}

export const NODE_COLUMNS: readonly AttributeColumn[] = attributeColumns(true);
export const EDGE_COLUMNS: readonly AttributeColumn[] = attributeColumns(false);

/** The attribute columns of each kind, in the order of the kind's canonical CSV table. */
export const KIND_COLUMNS: ReadonlyMap<RowKind, readonly AttributeColumn[]> = new Map(
  TABLES.map((table) => {
    const kind = (table.node ?? table.edge)!;
    const names = table.columns.map((column) => column.name);
    const columns = (table.node ? NODE_COLUMNS : EDGE_COLUMNS).filter((column) => column.attributes.has(kind));
    return [kind, [...columns].sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name))];
  }),
);

const ARROW_TYPES: Record<AttributeColumn['type'], () => DataType> = {
  text: () => new Utf8(),
  number: () => new Float64(),
  boolean: () => new Bool(),
  list: () => new List(new Field('item', new Utf8(), true)),
};

// The dictionary id is fixed: apache-arrow would otherwise number dictionaries by a counter global to
// the process, so the same graph written twice in one process would give different bytes.
const kindField = () => new Field('kind', new Dictionary(new Utf8(), new Int8(), 0), false);
const attributeFields = (columns: readonly AttributeColumn[]) =>
  columns.map((column) => new Field(column.name, ARROW_TYPES[column.type](), true));

/** The fields of nodes.arrow, in column order. */
export function nodeFields(): Field[] {
  return [
    kindField(),
    new Field('id', new Utf8(), false),
    ...attributeFields(NODE_COLUMNS),
    new Field('extra', new Utf8(), true),
  ];
}

/** The fields of edges.arrow, in column order. */
export function edgeFields(): Field[] {
  return [
    kindField(),
    new Field('source', new Utf8(), false),
    new Field('target', new Utf8(), false),
    new Field('source_row', new Int32(), false),
    new Field('target_row', new Int32(), false),
    ...attributeFields(EDGE_COLUMNS),
    new Field('extra', new Utf8(), true),
  ];
}
