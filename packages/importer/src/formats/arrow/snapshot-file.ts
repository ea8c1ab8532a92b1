/**
 * snapshot.arrow, the binary graph's derived file (layout.ts): the engine's snapshot and node
 * columns as core stores them (`STORED_ARRAYS`), one row in which each array is a list, so that a
 * loader reads each one as a view of the file's bytes; the node columns' dictionary; and the
 * nodes' ids and names in snapshot order, so that the engine need not read nodes.arrow. Its
 * metadata gives the versions of the stored layout and of these columns, the SHA-256 of the two
 * tables it was derived from, the node counts, the graph's own attributes (as nodes.arrow's), and
 * the alternatives groups of a single edge (the warning every reader gives names their edge, which
 * is in edges.arrow). O(arrays) to write and to read, no copy on reading.
 */
import type { EdgeKind } from '@kedja/core';
import { SNAPSHOT_LAYOUT, STORED_ARRAYS, type StoredArrayName, type StoredSnapshot } from '@kedja/core/kernel';
import {
  Field,
  Float64,
  Int32,
  List,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Uint8,
  Utf8,
  type Data,
  type DataType,
} from './apache-arrow.js';

import { missingField, parseJson, text } from './arrow-columns.js';
import { ARROW_FORMAT, ARROW_VERSION, EDGE_ORDER, META, SNAPSHOT_COLUMNS } from './layout.js';

/** An alternatives group of one edge: its label and its edge. */
export interface LoneAlternative {
  label: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** The service of a subcontracts edge. */
  service?: string;
}

/** What snapshot.arrow holds. */
export interface DerivedSnapshot {
  stored: StoredSnapshot;
  loneAlternatives: LoneAlternative[];
  /** The nodes' ids and names (null for none), in snapshot order, as views of the file's bytes. */
  ids: Data<Utf8>;
  names: Data<Utf8>;
  /** The graph's own attributes. */
  graph: Record<string, unknown>;
}

/** What snapshot.arrow is written from: the ids and names in snapshot order. */
export interface SnapshotToWrite extends Omit<DerivedSnapshot, 'ids' | 'names'> {
  ids: readonly string[];
  names: readonly (string | undefined)[];
}

const ITEM_TYPES = { int32: () => new Int32(), uint8: () => new Uint8(), float64: () => new Float64() };

const listOf = (name: string, item: DataType) => new Field(name, new List(new Field('item', item, false)), false);

/** The fields of snapshot.arrow: a list per stored array, the dictionary, the ids and the names. */
export function snapshotFields(): Field[] {
  return [
    ...Object.entries(STORED_ARRAYS).map(([name, type]) => listOf(name, ITEM_TYPES[type]())),
    listOf('dictionary', new Utf8()),
    listOf('ids', new Utf8()),
    new Field('names', new List(new Field('item', new Utf8(), true)), false),
  ];
}

/** A one-row list column holding `child`. */
function oneList(field: Field, child: Data): Data {
  const type = field.type as List;
  return makeData({ type, length: 1, nullCount: 0, valueOffsets: Int32Array.of(0, child.length), child });
}

/** Texts as a utf8 column, `undefined` as null. */
function utf8Data(values: readonly (string | undefined)[]): Data {
  const encoder = new TextEncoder();
  const encoded = values.map((value) => encoder.encode(value ?? ''));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i]! + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length]!);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]!));
  const nullCount = values.reduce((count: number, value) => count + (value === undefined ? 1 : 0), 0);
  if (nullCount === 0) return makeData({ type: new Utf8(), length: values.length, nullCount, valueOffsets, data });
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((value, i) => {
    if (value !== undefined) nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  return makeData({ type: new Utf8(), length: values.length, nullCount, nullBitmap, valueOffsets, data });
}

/** snapshot.arrow's bytes: `stored`, derived from the tables whose SHA-256 sums are `derivedFrom` (by file name). */
export function snapshotFileBytes(
  { stored, loneAlternatives, ids, names, graph }: SnapshotToWrite,
  derivedFrom: Readonly<Record<string, string>>,
): Uint8Array {
  const fields = snapshotFields();
  const texts: Record<string, readonly (string | undefined)[]> = { dictionary: stored.dictionary, ids, names };
  const children = fields.map((field) => {
    if (field.name in texts) return oneList(field, utf8Data(texts[field.name]!));
    const array = stored.arrays[field.name as StoredArrayName];
    const type = ITEM_TYPES[STORED_ARRAYS[field.name as StoredArrayName]]();
    return oneList(field, makeData({ type, length: array.length, nullCount: 0, data: array } as never));
  });
  const { supplierCount, serviceCount, nodeCount } = stored;
  const metadata = new Map([
    [META.format, ARROW_FORMAT],
    [META.version, String(ARROW_VERSION)],
    [META.layout, String(SNAPSHOT_LAYOUT)],
    [META.columns, String(SNAPSHOT_COLUMNS)],
    [META.derivedFrom, JSON.stringify(derivedFrom)],
    [META.counts, JSON.stringify({ supplierCount, serviceCount, nodeCount })],
    [META.loneAlternatives, JSON.stringify(loneAlternatives)],
    [META.graph, JSON.stringify(graph)],
  ]);
  const schema = new Schema(fields, metadata);
  const data = makeData({ type: new Struct(fields), length: 1, nullCount: 0, children });
  return tableToIPC(new Table(schema, new RecordBatch(schema, data)), 'file');
}

/**
 * The versions of the stored layout and of the file's columns (1 when not given), and the tables it
 * was derived from, as the metadata gives them.
 */
export function derivation(table: Table): {
  layout: number;
  columns: number;
  derivedFrom: Record<string, unknown>;
} {
  const metadata = table.schema.metadata;
  const derivedFrom = parseJson(metadata.get(META.derivedFrom));
  return {
    layout: Number(metadata.get(META.layout)),
    columns: Number(metadata.get(META.columns) ?? 1),
    derivedFrom:
      typeof derivedFrom === 'object' && derivedFrom !== null ? (derivedFrom as Record<string, unknown>) : {},
  };
}

/** The one row's list of a column, as a view of the file's bytes; undefined when the column is not one list. */
function listValues(table: Table, name: string): Data | undefined {
  const chunks = table.getChild(name)?.data;
  if (chunks?.length !== 1 || chunks[0]!.length !== 1) return undefined;
  const list = chunks[0]!;
  const offsets = list.valueOffsets as Int32Array;
  const from = offsets[list.offset]!;
  const to = offsets[list.offset + 1]!;
  return list.children[0]!.slice(from, to - from);
}

/** What snapshot.arrow holds, or what is wrong with it (the table of a layout this Kedja reads). */
export function readSnapshotTable(table: Table): DerivedSnapshot | string {
  const missing = missingField(table, snapshotFields());
  if (missing !== undefined) return `the column ${missing} is missing or of another type`;
  if (table.numRows !== 1) return `${table.numRows} rows where it has one`;
  const arrays = {} as StoredSnapshot['arrays'];
  for (const name of Object.keys(STORED_ARRAYS) as StoredArrayName[]) {
    const values = listValues(table, name);
    if (values === undefined) return `the column ${name} is not one list`;
    arrays[name] = (values.values as StoredSnapshot['arrays'][StoredArrayName]).subarray(
      values.offset,
      values.offset + values.length,
    );
  }
  const [words, ids, names] = ['dictionary', 'ids', 'names'].map((name) => listValues(table, name));
  if (words === undefined || ids === undefined || names === undefined) {
    return `the column ${words === undefined ? 'dictionary' : ids === undefined ? 'ids' : 'names'} is not one list`;
  }
  const dictionary: string[] = [];
  for (let i = 0; i < words.length; i++) dictionary.push(text(words, i) ?? '');
  const counts = parseJson(table.schema.metadata.get(META.counts)) as Partial<StoredSnapshot> | undefined;
  const lone = parseJson(table.schema.metadata.get(META.loneAlternatives));
  if (typeof counts !== 'object' || counts === null) return 'its metadata has no node counts (kedja.counts)';
  if (!Array.isArray(lone) || !lone.every(isLoneAlternative)) {
    return 'its metadata has no readable alternatives groups (kedja.lone-alternatives)';
  }
  const graph = parseJson(table.schema.metadata.get(META.graph));
  if (typeof graph !== 'object' || graph === null || Array.isArray(graph)) {
    return 'its metadata has no readable graph attributes (kedja.graph)';
  }
  const { supplierCount, serviceCount, nodeCount } = counts;
  if (![supplierCount, serviceCount, nodeCount].every((count) => Number.isInteger(count) && count! >= 0)) {
    return 'its node counts are not whole numbers';
  }
  if (supplierCount! + serviceCount! > nodeCount!) return 'its node counts do not fit together';
  if (ids.length !== nodeCount || names.length !== nodeCount) {
    return `${ids.length} ids and ${names.length} names for ${nodeCount} nodes`;
  }
  return {
    stored: { supplierCount: supplierCount!, serviceCount: serviceCount!, nodeCount: nodeCount!, arrays, dictionary },
    loneAlternatives: lone,
    ids: ids as Data<Utf8>,
    names: names as Data<Utf8>,
    graph: graph as Record<string, unknown>,
  };
}

function isLoneAlternative(value: unknown): value is LoneAlternative {
  const v = value as Partial<LoneAlternative> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.label === 'string' &&
    EDGE_ORDER.includes(v.kind as EdgeKind) &&
    typeof v.source === 'string' &&
    typeof v.target === 'string' &&
    (v.service === undefined || typeof v.service === 'string')
  );
}
