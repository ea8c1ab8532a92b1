/**
 * Reading the values of a binary graph file's columns straight from their Arrow buffers (validity
 * bitmap, offsets, values), without a value object per row. O(1) per value (a list: per item).
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';

import type { Data, Field, Table, Vector } from './apache-arrow.js';

import { KIND_COLUMNS, type AttributeColumn, type RowKind } from './layout.js';

/** The chunks of a column (the writer writes one record batch; a file of several is read too). */
function chunks(table: Table, name: string): readonly Data[] {
  // Arrow makes a new vector of the column at each getChild: a name's chunks are looked up once.
  let columns = columnsOf.get(table);
  if (columns === undefined) columnsOf.set(table, (columns = new Map()));
  let found = columns.get(name);
  if (found === undefined) columns.set(name, (found = (table.getChild(name) as Vector).data));
  return found;
}

const columnsOf = new WeakMap<Table, Map<string, readonly Data[]>>();

/** Runs `each(row, chunk, index in chunk)` over a row range of a column. */
export function forRows(
  table: Table,
  name: string,
  [from, to]: [number, number],
  each: (row: number, data: Data, i: number) => void,
): void {
  let start = 0;
  for (const data of chunks(table, name)) {
    const end = start + data.length;
    for (let row = Math.max(from, start); row < Math.min(to, end); row++) each(row, data, row - start);
    start = end;
  }
}

export const valid = (data: Data, i: number): boolean => {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0) return true;
  const bit = data.offset + i;
  return ((bitmap[bit >> 3]! >> (bit & 7)) & 1) === 1;
};

const utf8 = new TextDecoder();

/**
 * A text chunk's values decoded once, as one string: `whole`, and the string index where each
 * value starts (`starts`; null when every byte is ASCII, so that byte offsets are string indices).
 * Null when the bytes are not valid UTF-8 or a value starts inside a character: then each value is
 * decoded on its own, as TextDecoder decodes it. A value then is a slice of `whole`, not a decode
 * of its own (about 1 µs each, most of the time of a load). O(bytes), once per chunk.
 */
interface DecodedText {
  whole: string;
  starts: Int32Array | null;
}

const decodedChunks = new WeakMap<Data, DecodedText | null>();

function decodeChunk(data: Data): DecodedText | null {
  const offsets = data.valueOffsets as Int32Array;
  const count = data.offset + data.length;
  const bytes = (data.values as Uint8Array).subarray(0, offsets[count]!);
  if (isAscii(bytes))
    return { whole: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), starts: null };
  if (!isUtf8(bytes)) return null;
  const starts = new Int32Array(count + 1);
  let units = 0;
  let at = 0;
  for (let value = 0; value <= count; value++) {
    const start = offsets[value]!;
    for (; at < start; at++) {
      const byte = bytes[at]!;
      // A lead byte starts a character: four-byte ones take two UTF-16 units.
      if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
    }
    if (start < bytes.length && (bytes[start]! & 0xc0) === 0x80) return null;
    starts[value] = units;
  }
  return { whole: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), starts };
}

export function text(data: Data, i: number): string | undefined {
  if (!valid(data, i)) return undefined;
  const offsets = data.valueOffsets as Int32Array;
  const at = data.offset + i;
  let decoded = decodedChunks.get(data);
  if (decoded === undefined) decodedChunks.set(data, (decoded = decodeChunk(data)));
  if (decoded === null) return utf8.decode((data.values as Uint8Array).subarray(offsets[at]!, offsets[at + 1]!));
  const value =
    decoded.starts === null
      ? decoded.whole.slice(offsets[at], offsets[at + 1])
      : decoded.whole.slice(decoded.starts[at], decoded.starts[at + 1]);
  // TextDecoder drops a byte order mark at the start of what it decodes: so at the start of each value.
  return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
}

/**
 * Appends to `out` the texts of a row range of a column, '' for none: as `text` gives them, with
 * no call per row where a chunk is ASCII and has no nulls (each is a slice of the chunk's
 * decoded text). O(rows).
 */
export function pushTexts(table: Table, name: string, [from, to]: [number, number], out: string[]): void {
  let start = 0;
  for (const data of chunks(table, name)) {
    const end = start + data.length;
    pushChunkTexts(data, Math.max(from, start) - start, Math.min(to, end) - start, out);
    start = end;
  }
}

/** `pushTexts` over the values [from, to) of one text chunk (of a column, or a list's values). */
export function pushChunkTexts(data: Data, from: number, to: number, out: string[]): void {
  const bitmap = data.nullBitmap;
  let decoded = decodedChunks.get(data);
  if (decoded === undefined) decodedChunks.set(data, (decoded = decodeChunk(data)));
  if (decoded !== null && decoded.starts === null && (!bitmap || bitmap.length === 0)) {
    const { whole } = decoded;
    const offsets = data.valueOffsets as Int32Array;
    const shift = data.offset;
    for (let i = from; i < to; i++) out.push(whole.slice(offsets[i + shift], offsets[i + shift + 1]));
  } else {
    for (let i = from; i < to; i++) out.push(text(data, i) ?? '');
  }
}

/**
 * Runs `each(i, bytes, start, end)` over the values [from, to) of one text chunk, with each value's
 * UTF-8 bytes as stored, `bytes[start..end)` (an empty range for none), so that a value can be
 * looked at without making a string. O(values).
 */
export function forChunkTextBytes(
  data: Data,
  from: number,
  to: number,
  each: (i: number, bytes: Uint8Array, start: number, end: number) => void,
): void {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const shift = data.offset;
  // The validity of each value is read only when the chunk has nulls (most have none).
  const nulls = data.nullBitmap !== undefined && data.nullBitmap !== null && data.nullBitmap.length > 0;
  for (let i = from; i < to; i++) {
    if (!nulls || valid(data, i)) each(i, bytes, offsets[i + shift]!, offsets[i + shift + 1]!);
    else each(i, bytes, 0, 0);
  }
}

/** The text in one row of a column. O(chunks). */
export function textAt(table: Table, name: string, row: number): string | undefined {
  let start = 0;
  for (const data of chunks(table, name)) {
    if (row < start + data.length) return text(data, row - start);
    start += data.length;
  }
  return undefined;
}

export function bool(data: Data, i: number): boolean | undefined {
  if (!valid(data, i)) return undefined;
  const bit = data.offset + i;
  return (((data.values as Uint8Array)[bit >> 3]! >> (bit & 7)) & 1) === 1;
}

export const number = (data: Data, i: number): number | undefined =>
  valid(data, i) ? (data.values as Float64Array)[data.offset + i] : undefined;
export const int32 = (data: Data, i: number): number | undefined =>
  valid(data, i) ? (data.values as Int32Array)[data.offset + i] : undefined;

export function list(data: Data, i: number): string[] | undefined {
  if (!valid(data, i)) return undefined;
  const offsets = data.valueOffsets as Int32Array;
  const child = data.children[0]!;
  const items: string[] = [];
  for (let j = offsets[data.offset + i]!; j < offsets[data.offset + i + 1]!; j++) items.push(text(child, j) ?? '');
  return items;
}

/** How each kind of attribute column is read. */
export const READ: Record<AttributeColumn['type'], (data: Data, i: number) => unknown> = {
  text,
  number,
  boolean: bool,
  list,
};

/** A non-null Int32 column as one typed array (a view when it is one chunk). */
export function int32Values(table: Table, name: string): Int32Array {
  const parts = chunks(table, name).map((data) =>
    (data.values as Int32Array).subarray(data.offset, data.offset + data.length),
  );
  if (parts.length === 1) return parts[0]!;
  const all = new Int32Array(table.numRows);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** Runs `each(row)` for every row of a bool column that holds false (not null, not true). */
export function forFalse(table: Table, name: string, each: (row: number) => void): void {
  let start = 0;
  for (const data of chunks(table, name)) {
    const bits = data.values as Uint8Array;
    for (let i = 0; i < data.length; i++) {
      const bit = data.offset + i;
      if (valid(data, i) && ((bits[bit >> 3]! >> (bit & 7)) & 1) === 0) each(start + i);
    }
    start += data.length;
  }
}

/** Runs `each(row, chunk, index)` for every row of a column that is not null, skipping null bytes fast. */
export function forPresent(table: Table, name: string, each: (row: number, data: Data, i: number) => void): void {
  let start = 0;
  for (const data of chunks(table, name)) {
    const bitmap = data.nullBitmap;
    for (let i = 0; i < data.length; i++) {
      const bit = data.offset + i;
      if (bitmap && bitmap.length > 0) {
        const byte = bitmap[bit >> 3]!;
        if (byte === 0 && (bit & 7) === 0) {
          i += 7;
          continue;
        }
        if (((byte >> (bit & 7)) & 1) === 0) continue;
      }
      each(start + i, data, i);
    }
    start += data.length;
  }
}

/** The attributes of each row of a range: kind, the columns the kind has, then `extra`. */
export function rowAttributes(table: Table, kind: RowKind, range: [number, number]): Record<string, unknown>[] {
  const rows = Array.from({ length: range[1] - range[0] }, (): Record<string, unknown> => ({ kind }));
  const set = (name: string, read: (data: Data, i: number) => unknown, attribute: string) =>
    forRows(table, name, range, (row, data, i) => {
      const value = read(data, i);
      if (value !== undefined) rows[row - range[0]]![attribute] = value;
    });
  for (const column of KIND_COLUMNS.get(kind) ?? []) set(column.name, READ[column.type], column.attributes.get(kind)!);
  forRows(table, 'extra', range, (row, data, i) => {
    const extra = text(data, i);
    if (extra !== undefined) Object.assign(rows[row - range[0]]!, JSON.parse(extra) as Record<string, unknown>);
  });
  return rows;
}

/** The JSON of a metadata value; undefined when there is none or it is not JSON. */
export function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** The first field of the layout that the table lacks or holds with another type. */
export function missingField(table: Table, fields: readonly Field[]): string | undefined {
  for (const field of fields) {
    const found = table.schema.fields.find((f) => f.name === field.name);
    if (!found || String(found.type) !== String(field.type)) return field.name;
  }
  return undefined;
}
