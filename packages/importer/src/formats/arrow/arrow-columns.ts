/**
 * Reading the values of a binary graph file's columns straight from their Arrow buffers (validity
 * bitmap, offsets, values), without a value object per row. O(1) per value (a list: per item).
 */
import type { Data, Table, Vector } from 'apache-arrow';

import type { AttributeColumn } from './layout.js';

/** The chunks of a column (the writer writes one record batch; a file of several is read too). */
function chunks(table: Table, name: string): readonly Data[] {
  return (table.getChild(name) as Vector).data;
}

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

export function text(data: Data, i: number): string | undefined {
  if (!valid(data, i)) return undefined;
  const offsets = data.valueOffsets as Int32Array;
  const at = data.offset + i;
  return utf8.decode((data.values as Uint8Array).subarray(offsets[at]!, offsets[at + 1]!));
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
