/**
 * The hash thread of a binary graph (packages/importer/hash-thread.cjs, file-hash.ts): it hashes
 * what it is given, bytes or a file's path, as node:crypto does; a thread started before the CLI loads (as bin/kedja.js
 * starts it) is the one the reader takes, once; it is started only for a command line naming a
 * binary graph with a file the reader hashes on a thread, and its size line is the reader's.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { afterEach, describe, expect, it } from 'vitest';

import {
  BACKGROUND_HASH_BYTES,
  EARLY_HASH_THREAD,
  FileHasher,
} from '../packages/importer/src/formats/arrow/file-hash.js';

const thread = createRequire(import.meta.url).resolve('@kedja/importer/hash-thread');
const { BACKGROUND_HASH_BYTES: threadBytes, namesLargeGraph } = createRequire(import.meta.url)(thread) as {
  BACKGROUND_HASH_BYTES: number;
  namesLargeGraph: (args: string[]) => boolean;
};

const slot = globalThis as { [EARLY_HASH_THREAD]?: unknown };
afterEach(() => {
  slot[EARLY_HASH_THREAD] = undefined;
});

/** Shared bytes of a pattern, as a reader holds a file. */
function shared(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(new SharedArrayBuffer(length));
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('hash thread', () => {
  it('hashes on a thread what it is given, in order, as node:crypto does', async () => {
    const hasher = new FileHasher(0);
    const files = [shared(1000, 1), shared(70_000, 2), shared(1, 3)];
    expect(await Promise.all(files.map((bytes) => hasher.hash(bytes)))).toEqual(files.map(sha256));
    await hasher.close();
  });

  it('reads and hashes a file by its path, on the thread or on the spot, as node:crypto does; none for a file it cannot read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-hash-file-'));
    // Larger than the thread's piece (1 MiB), and not a multiple of it; and an empty file.
    const files = [shared(3 * 1024 * 1024 + 17, 5), shared(0, 6), shared(999, 7)].map((bytes, i) => {
      writeFileSync(join(folder, `f${i}`), bytes);
      return { path: join(folder, `f${i}`), sum: sha256(bytes) };
    });
    const missing = join(folder, 'missing');
    for (const threadFrom of [0, Number.POSITIVE_INFINITY]) {
      const hasher = new FileHasher(threadFrom);
      const given = [...files.map(({ path }) => hasher.hashFile(path, 1)), hasher.hashFile(missing, 1)];
      // In order with bytes given between them.
      const bytes = shared(20_000, 8);
      given.splice(1, 0, hasher.hash(bytes));
      expect(await Promise.all(given)).toEqual([files[0]!.sum, sha256(bytes), files[1]!.sum, files[2]!.sum, undefined]);
      await hasher.close();
    }
  });

  it('takes a thread started early, once, and answers with it', async () => {
    const early = new Worker(thread);
    early.unref();
    let answered = 0;
    early.on('message', () => answered++);
    slot[EARLY_HASH_THREAD] = early;
    const hasher = new FileHasher(0);
    const bytes = shared(50_000, 4);
    expect(await hasher.hash(bytes)).toBe(sha256(bytes));
    expect(answered).toBe(1); // the early thread answered, not a thread of its own
    expect(slot[EARLY_HASH_THREAD]).toBeUndefined();
    const second = new FileHasher(0);
    expect(await second.hash(bytes)).toBe(sha256(bytes));
    expect(answered).toBe(1); // taken once: the second reader started its own
    await Promise.all([hasher.close(), second.close()]);
  });

  it('is started early only for a binary graph with a file the reader hashes on a thread', () => {
    expect(threadBytes).toBe(BACKGROUND_HASH_BYTES);
    const folder = mkdtempSync(join(tmpdir(), 'kedja-hash-thread-'));
    const graph = (name: string, bytes: number) => {
      mkdirSync(join(folder, name));
      const files = { 'nodes.arrow': { bytes: 100, sha256: '' }, 'snapshot.arrow': { bytes, sha256: '' } };
      writeFileSync(join(folder, name, 'kedja.json'), JSON.stringify({ format: 'kedja-graph', version: 1, files }));
      return join(folder, name);
    };
    const large = graph('large', BACKGROUND_HASH_BYTES);
    const small = graph('small', BACKGROUND_HASH_BYTES - 1);
    expect(namesLargeGraph(['rank', large, '--json'])).toBe(true);
    expect(namesLargeGraph(['rank', small, '--json'])).toBe(false);
    expect(namesLargeGraph(['rank', folder])).toBe(false); // no kedja.json
    expect(namesLargeGraph(['--version'])).toBe(false);
    // startEarly leaves an unreferenced thread for the large graph only.
    const { startEarly } = createRequire(import.meta.url)(thread) as { startEarly: (args: string[]) => void };
    startEarly(['rank', small]);
    expect(slot[EARLY_HASH_THREAD]).toBeUndefined();
    startEarly(['rank', large]);
    const early = slot[EARLY_HASH_THREAD];
    expect(early).toBeInstanceOf(Worker);
    void (early as Worker).terminate();
    writeFileSync(join(folder, 'small', 'kedja.json'), '{"files": ');
    expect(namesLargeGraph(['rank', small])).toBe(false); // a damaged manifest is the reader's to refuse
  });
});
