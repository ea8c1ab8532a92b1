/**
 * A snapshot for worker threads: every typed array copied once into a SharedArrayBuffer (workers
 * read the same memory, nothing is copied per worker or per task, and pools made later on the
 * same snapshot reuse the copies), the counts as they are, and the id list and index left out
 * (workers answer by node index).
 */
import { dataRecord } from '@kedja/core';
import type { Snapshot } from '@kedja/core/kernel';

type TypedArray = Int32Array | Uint8Array | Float64Array;

export type WorkerSnapshot = Omit<Snapshot, 'ids' | 'index'>;

/**
 * The shared copy of each array copied so far: a snapshot's arrays are copied once, whatever the
 * pools, and the copies live as long as the arrays (a snapshot is immutable, so they stay equal).
 */
const copies = new WeakMap<TypedArray, TypedArray>();

function shared<T extends TypedArray>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  let copy = copies.get(array) as T | undefined;
  if (copy === undefined) {
    const Constructor = array.constructor as new (buffer: SharedArrayBuffer) => T;
    copy = new Constructor(new SharedArrayBuffer(array.byteLength));
    copy.set(array as never);
    copies.set(array, copy);
  }
  return copy;
}

/** The snapshot (or only the given fields of it) in shared memory. */
export function shareSnapshot(snapshot: Snapshot, fields?: readonly string[]): WorkerSnapshot {
  const out = dataRecord<unknown>();
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'ids' || key === 'index' || (fields !== undefined && !fields.includes(key))) continue;
    out[key] = ArrayBuffer.isView(value) ? shared(value as TypedArray) : value;
  }
  return out as unknown as WorkerSnapshot;
}
