/**
 * The scanner's node ids looked up by their bytes, so that an edge table's simple lines (see
 * read-table.ts's FastLine) resolve their references without a string per cell: a Map lookup of a
 * freshly made string (hashing it, making it) was the largest part of a large table's time. An
 * open-addressing hash table (FNV-1a, linear probing) over the ASCII ids, each kept once as bytes;
 * an id with other characters is left out, since a simple line cannot hold it. Each slot holds the
 * id's hash, where its bytes are, their length and its value side by side, so that a lookup reads
 * one slot and the id's bytes (at EU size the table is larger than the caches, and every other
 * array read was a miss). O(total id length) to build, O(id length) per lookup. ByteValues is the
 * same kind of table, growable, for the values of a node table's repeated cells.
 */

/**
 * FNV-1a of `bytes[start, end)`, with MurmurHash3's finalizer: FNV-1a's low bits, which pick the
 * slot, depend only on the low bits of the bytes, and ids that differ in their digits alone
 * crowded a few slots.
 */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Int32s per slot: hash, start of the id in the pool, its length + 1 (0 for an empty slot), value. */
const SLOT = 4;

/** The value in the slot of `bytes[start, end)` (whose bytes are in `pool`), or -1 when none holds them. */
function find(
  pool: Uint8Array,
  slots: Int32Array,
  mask: number,
  bytes: Uint8Array,
  start: number,
  end: number,
): number {
  const length = end - start;
  const h = hash(bytes, start, end);
  let slot = h & mask;
  for (;;) {
    const at = slot * SLOT;
    const stored = slots[at + 2]!;
    if (stored === 0) return -1;
    if (stored === length + 1 && slots[at] === h) {
      const from = slots[at + 1]!;
      let i = 0;
      while (i < length && pool[from + i] === bytes[start + i]) i++;
      if (i === length) return slots[at + 3]!;
    }
    slot = (slot + 1) & mask;
  }
}

/** Puts (hash, where the bytes are in the pool, their length, value) in the first free slot from the hash's. */
function place(slots: Int32Array, mask: number, h: number, from: number, length: number, value: number): void {
  let slot = h & mask;
  while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
  slots[slot * SLOT] = h;
  slots[slot * SLOT + 1] = from;
  slots[slot * SLOT + 2] = length + 1;
  slots[slot * SLOT + 3] = value;
}

/** A ByteIds table's arrays, as sent to another thread (structured clone copies them). */
export interface ByteIdsState {
  pool: Uint8Array;
  slots: Int32Array;
  mask: number;
}

export class ByteIds {
  private readonly pool: Uint8Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** The table of another thread, from its `state`. */
  static from(state: ByteIdsState): ByteIds {
    const ids = Object.create(ByteIds.prototype) as ByteIds;
    return Object.assign(ids, { pool: state.pool, slots: state.slots, mask: state.mask });
  }

  /** Its arrays, to be sent to another thread (see `from`). */
  get state(): ByteIdsState {
    return { pool: this.pool, slots: this.slots, mask: this.mask };
  }

  /**
   * The ids of `known` whose value is `kind` in its two low bits (the scanner's numbering: ordinal
   * times four plus kind): one table per kind, so that the table a column looks in is no larger than
   * its kind (the 200,000 services of EU rather than all 1.25 million ids).
   */
  constructor(known: ReadonlyMap<string, number>, kind: number) {
    let ids: string[] = [];
    let values: number[] = [];
    known.forEach((value, id) => {
      if ((value & 3) !== kind) return;
      ids.push(id);
      values.push(value);
    });
    let text = ids.join('');
    if (Buffer.byteLength(text, 'utf8') !== text.length) {
      // Some id is not ASCII: only the others can be on a simple line.
      const ascii = ids.map((id) => Buffer.byteLength(id, 'utf8') === id.length);
      ids = ids.filter((_, i) => ascii[i]);
      values = values.filter((_, i) => ascii[i]);
      text = ids.join('');
    }
    // One conversion for all the ids (a character at a time took a second at 1.2 million ids).
    this.pool = Buffer.from(text, 'latin1');
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
    const { slots, mask, pool } = this;
    let from = 0;
    for (let e = 0; e < ids.length; e++) {
      const length = ids[e]!.length;
      place(slots, mask, hash(pool, from, from + length), from, length, values[e]!);
      from += length;
    }
  }

  /** The value of the id `bytes[start, end)`, or -1 when it is none of the ids. */
  get(bytes: Uint8Array, start: number, end: number): number {
    return find(this.pool, this.slots, this.mask, bytes, start, end);
  }
}

/**
 * Values looked up by the bytes of the cell they were read from: what a node table's simple line
 * reads from a cell that repeats (a county, a type, a list of sectors) is made once per distinct
 * cell, not once per row. Grows as it is filled (open addressing, linear probing, at most half
 * full); the caller decides when a column repeats too little to be worth it. O(cell length) per
 * lookup.
 */
export class ByteValues<T> {
  private pool = new Uint8Array(1024);
  private used = 0;
  private slots = new Int32Array(64 * SLOT);
  private mask = 63;
  private readonly values: T[] = [];

  get size(): number {
    return this.values.length;
  }

  /** The value stored for `bytes[start, end)`, or undefined. */
  get(bytes: Uint8Array, start: number, end: number): T | undefined {
    const i = find(this.pool, this.slots, this.mask, bytes, start, end);
    return i < 0 ? undefined : this.values[i];
  }

  /** Stores `value` for `bytes[start, end)`, which must not be stored yet. */
  set(bytes: Uint8Array, start: number, end: number, value: T): void {
    const length = end - start;
    if (this.used + length > this.pool.length) {
      const bigger = new Uint8Array(Math.max(this.pool.length * 2, this.used + length));
      bigger.set(this.pool.subarray(0, this.used));
      this.pool = bigger;
    }
    this.pool.set(bytes.subarray(start, end), this.used);
    if ((this.values.length + 1) * 2 > this.mask + 1) this.grow();
    place(this.slots, this.mask, hash(bytes, start, end), this.used, length, this.values.length);
    this.used += length;
    this.values.push(value);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let at = 0; at < old.length; at += SLOT)
      if (old[at + 2] !== 0) place(this.slots, this.mask, old[at]!, old[at + 1]!, old[at + 2]! - 1, old[at + 3]!);
  }
}
