/**
 * snapshot.arrow, the binary graph's derived file (layout.ts): the engine's snapshot and node
 * columns as core stores them (`STORED_ARRAYS`), one row in which each array is a list, so that a
 * loader reads each one as a view of the file's bytes, and the node columns' dictionary. Its
 * metadata gives the stored layout's version, the SHA-256 of the two tables it was derived from,
 * the node counts, and the alternatives groups of a single edge (the warning every reader gives
 * names their edge, which is in edges.arrow). O(arrays) to write and to read, no copy on reading.
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
import { ARROW_FORMAT, ARROW_VERSION, EDGE_ORDER, META } from './layout.js';

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
}

const ITEM_TYPES = { int32: () => new Int32(), uint8: () => new Uint8(), float64: () => new Float64() };

const listOf = (name: string, item: DataType) => new Field(name, new List(new Field('item', item, false)), false);

/** The fields of snapshot.arrow: a list per stored array, then the dictionary. */
export function snapshotFields(): Field[] {
  return [
    ...Object.entries(STORED_ARRAYS).map(([name, type]) => listOf(name, ITEM_TYPES[type]())),
    listOf('dictionary', new Utf8()),
  ];
}

/** A one-row list column holding `child`. */
function oneList(field: Field, child: Data): Data {
  const type = field.type as List;
  return makeData({ type, length: 1, nullCount: 0, valueOffsets: Int32Array.of(0, child.length), child });
}

function utf8Data(values: readonly string[]): Data {
  const encoder = new TextEncoder();
  const encoded = values.map((value) => encoder.encode(value));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i]! + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length]!);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]!));
  return makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data });
}

/** snapshot.arrow's bytes: `stored`, derived from the tables whose SHA-256 sums are `derivedFrom` (by file name). */
export function snapshotFileBytes(
  { stored, loneAlternatives }: DerivedSnapshot,
  derivedFrom: Readonly<Record<string, string>>,
): Uint8Array {
  const fields = snapshotFields();
  const children = fields.map((field) => {
    if (field.name === 'dictionary') return oneList(field, utf8Data(stored.dictionary));
    const array = stored.arrays[field.name as StoredArrayName];
    const type = ITEM_TYPES[STORED_ARRAYS[field.name as StoredArrayName]]();
    return oneList(field, makeData({ type, length: array.length, nullCount: 0, data: array } as never));
  });
  const { supplierCount, serviceCount, nodeCount } = stored;
  const metadata = new Map([
    [META.format, ARROW_FORMAT],
    [META.version, String(ARROW_VERSION)],
    [META.layout, String(SNAPSHOT_LAYOUT)],
    [META.derivedFrom, JSON.stringify(derivedFrom)],
    [META.counts, JSON.stringify({ supplierCount, serviceCount, nodeCount })],
    [META.loneAlternatives, JSON.stringify(loneAlternatives)],
  ]);
  const schema = new Schema(fields, metadata);
  const data = makeData({ type: new Struct(fields), length: 1, nullCount: 0, children });
  return tableToIPC(new Table(schema, new RecordBatch(schema, data)), 'file');
}

/** The stored layout's version and the tables it was derived from, as the metadata gives them. */
export function derivation(table: Table): { layout: number; derivedFrom: Record<string, unknown> } {
  const metadata = table.schema.metadata;
  const derivedFrom = parseJson(metadata.get(META.derivedFrom));
  return {
    layout: Number(metadata.get(META.layout)),
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
  const words = listValues(table, 'dictionary');
  if (words === undefined) return 'the column dictionary is not one list';
  const dictionary: string[] = [];
  for (let i = 0; i < words.length; i++) dictionary.push(text(words, i) ?? '');
  const counts = parseJson(table.schema.metadata.get(META.counts)) as Partial<StoredSnapshot> | undefined;
  const lone = parseJson(table.schema.metadata.get(META.loneAlternatives));
  if (typeof counts !== 'object' || counts === null) return 'its metadata has no node counts (kedja.counts)';
  if (!Array.isArray(lone) || !lone.every(isLoneAlternative)) {
    return 'its metadata has no readable alternatives groups (kedja.lone-alternatives)';
  }
  const { supplierCount, serviceCount, nodeCount } = counts;
  if (![supplierCount, serviceCount, nodeCount].every(Number.isInteger)) return 'its node counts are not whole numbers';
  return {
    stored: { supplierCount: supplierCount!, serviceCount: serviceCount!, nodeCount: nodeCount!, arrays, dictionary },
    loneAlternatives: lone,
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
