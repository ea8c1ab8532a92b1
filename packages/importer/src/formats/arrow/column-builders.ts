/**
 * Arrow columns built straight into their buffers (validity bits, offsets, values in growable
 * typed arrays), a value at a time, and handed to apache-arrow as finished `Data`: an order of
 * magnitude faster than appending through its generic builders, and no object per value. One class
 * per stored type of layout.ts. O(1) amortised per value.
 */
import { Dictionary, makeData, makeVector, Utf8, type Data, type DataType, type Field } from './apache-arrow.js';

/** A growable typed array. */
class Grow<T extends Uint8Array | Int32Array | Float64Array | Int8Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const bigger = this.make(Math.max(this.data.length * 2, this.length + extra, 64));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  push(value: number): void {
    this.reserve(1);
    this.data[this.length++] = value;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** Validity bits: one per value, set when the value is there. */
class Validity {
  private readonly bits = new Grow(new Uint8Array(64), (n) => new Uint8Array(n));
  length = 0;
  nulls = 0;
  push(present: boolean): void {
    if ((this.length & 7) === 0) this.bits.push(0);
    if (present) this.bits.data[this.length >> 3]! |= 1 << (this.length & 7);
    else this.nulls++;
    this.length++;
  }
  view(): Uint8Array {
    return this.bits.view();
  }
}

export interface Column {
  push(value: unknown): void;
  finish(): Data;
}

const encoder = new TextEncoder();

/** The length, null count and validity bitmap that every nullable column's data carries. */
const nullable = (validity: Validity) => ({
  length: validity.length,
  nullCount: validity.nulls,
  nullBitmap: validity.view(),
});

export class Utf8Column implements Column {
  readonly validity = new Validity();
  private readonly offsets = new Grow(new Int32Array(64), (n) => new Int32Array(n));
  private readonly bytes = new Grow(new Uint8Array(1024), (n) => new Uint8Array(n));
  constructor() {
    this.offsets.push(0);
  }
  push(value: unknown): void {
    const present = typeof value === 'string';
    this.validity.push(present);
    if (present) {
      this.bytes.reserve(value.length * 3);
      this.bytes.length += encoder.encodeInto(value, this.bytes.data.subarray(this.bytes.length)).written;
    }
    this.offsets.push(this.bytes.length);
  }
  finish(): Data {
    return makeData({
      type: new Utf8(),
      ...nullable(this.validity),
      valueOffsets: this.offsets.view(),
      data: this.bytes.view(),
    });
  }
}

/** Whole numbers and numbers as float64 (exact to 2^53), booleans, and int32 row numbers. */
export class NumberColumn implements Column {
  private readonly validity = new Validity();
  private readonly values: Grow<Float64Array | Int32Array>;
  constructor(private readonly type: DataType) {
    this.values =
      String(type) === 'Int32'
        ? new Grow(new Int32Array(64), (n) => new Int32Array(n))
        : new Grow(new Float64Array(64), (n) => new Float64Array(n));
  }
  push(value: unknown): void {
    const present = typeof value === 'number';
    this.validity.push(present);
    this.values.push(present ? value : 0);
  }
  finish(): Data {
    return makeData({
      type: this.type as never,
      ...nullable(this.validity),
      data: this.values.view(),
    });
  }
}

export class BoolColumn implements Column {
  private readonly validity = new Validity();
  private readonly values = new Validity();
  constructor(private readonly type: DataType) {}
  push(value: unknown): void {
    const present = typeof value === 'boolean';
    this.validity.push(present);
    this.values.push(present && value);
  }
  finish(): Data {
    return makeData({
      type: this.type as never,
      ...nullable(this.validity),
      data: this.values.view(),
    });
  }
}

export class ListColumn implements Column {
  private readonly validity = new Validity();
  private readonly offsets = new Grow(new Int32Array(64), (n) => new Int32Array(n));
  private readonly items = new Utf8Column();
  private count = 0;
  constructor(private readonly type: DataType) {
    this.offsets.push(0);
  }
  push(value: unknown): void {
    const present = Array.isArray(value);
    this.validity.push(present);
    if (present) {
      for (const item of value) {
        this.items.push(String(item));
        this.count++;
      }
    }
    this.offsets.push(this.count);
  }
  finish(): Data {
    return makeData({
      type: this.type as never,
      ...nullable(this.validity),
      valueOffsets: this.offsets.view(),
      child: this.items.finish(),
    });
  }
}

/** A dictionary-encoded text column whose words are known in advance (the kinds). */
export class KindColumn implements Column {
  private readonly indices = new Grow(new Int8Array(64), (n) => new Int8Array(n));
  constructor(
    private readonly type: Dictionary,
    private readonly words: readonly string[],
  ) {}
  push(value: unknown): void {
    const index = this.words.indexOf(value as string);
    if (index < 0) throw new Error(`unknown kind ${String(value)}`);
    this.indices.push(index);
  }
  finish(): Data {
    return makeData({
      type: this.type,
      length: this.indices.length,
      nullCount: 0,
      data: this.indices.view(),
      dictionary: dictionaryOf(this.words),
    });
  }
}

function dictionaryOf(words: readonly string[]) {
  const column = new Utf8Column();
  for (const word of words) column.push(word);
  return makeVector(column.finish());
}

/** The column that stores a field's type. */
export function columnFor(field: Field, kinds: readonly string[]): Column {
  const type = field.type;
  const name = String(type);
  if (type instanceof Dictionary) return new KindColumn(type, kinds);
  if (name === 'Utf8') return new Utf8Column();
  if (name === 'Bool') return new BoolColumn(type);
  if (name.startsWith('List')) return new ListColumn(type);
  return new NumberColumn(type);
}
