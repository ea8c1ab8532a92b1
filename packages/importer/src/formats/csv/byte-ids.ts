/**
 * The scanner's node ids looked up by their bytes, so that an edge table's simple lines (see
 * read-table.ts's FastLine) resolve their references without a string per cell: a Map lookup of a
 * freshly made string (hashing it, making it) was the largest part of a large table's time. An
 * open-addressing hash table (FNV-1a, linear probing) over the ASCII ids, each kept once as bytes;
 * an id with other characters is left out, since a simple line cannot hold it. O(total id length)
 * to build, O(id length) per lookup.
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
  return (h ^ (h >>> 16)) >>> 0;
}

export class ByteIds {
  private readonly pool: Uint8Array;
  /** Entry e's id is `pool[start[e], start[e + 1])`. */
  private readonly start: Int32Array;
  private readonly value: Int32Array;
  /** Entry + 1 per slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** The ids of `known` (values are non-negative 31-bit integers). */
  constructor(known: ReadonlyMap<string, number>) {
    let count = 0;
    let length = 0;
    for (const id of known.keys()) {
      if (!isAscii(id)) continue;
      count++;
      length += id.length;
    }
    this.pool = new Uint8Array(length);
    this.start = new Int32Array(count + 1);
    this.value = new Int32Array(count);
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let e = 0;
    let at = 0;
    for (const [id, value] of known) {
      if (!isAscii(id)) continue;
      for (let i = 0; i < id.length; i++) this.pool[at + i] = id.charCodeAt(i);
      this.start[e] = at;
      at += id.length;
      this.start[e + 1] = at;
      this.value[e] = value;
      let slot = hash(this.pool, this.start[e]!, at) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = e + 1;
      e++;
    }
  }

  /** The value of the id `bytes[start, end)`, or -1 when it is none of the ids. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const { pool, slots, mask } = this;
    let slot = hash(bytes, start, end) & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const from = this.start[entry - 1]!;
      if (this.start[entry]! - from === length) {
        let i = 0;
        while (i < length && pool[from + i] === bytes[start + i]) i++;
        if (i === length) return this.value[entry - 1]!;
      }
      slot = (slot + 1) & mask;
    }
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
