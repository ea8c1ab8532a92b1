/**
 * The SHA-256 sums of a binary graph's files, taken on a worker thread for large files: the main
 * thread parses and builds from a file while the worker hashes the very same bytes (read once into
 * shared memory), or reads and hashes a file the main thread does not read (by its path), and the
 * caller waits for the sums before it answers. Small files are hashed on the spot, since starting
 * a worker takes longer than hashing them. O(bytes), on the second core.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The thread's script (a file beside src/ and dist/, the same one either way), which also holds its constants. */
const HASH_THREAD = new URL('../../../hash-thread.cjs', import.meta.url);
const thread = createRequire(import.meta.url)('../../../hash-thread.cjs') as {
  BACKGROUND_HASH_BYTES: number;
  EARLY_HASH_THREAD: symbol;
  hashFile: (path: string) => string;
};

/** Files from this size on are hashed on the worker. */
export const BACKGROUND_HASH_BYTES: number = thread.BACKGROUND_HASH_BYTES;

/**
 * Where a process that is about to read a binary graph may leave a hash thread it started early
 * (bin/kedja.js does, through hash-thread.cjs's `startEarly`, before it loads the CLI): an
 * unreferenced Worker running hash-thread.cjs, which the first FileHasher that needs a thread
 * takes; none is left otherwise.
 */
export const EARLY_HASH_THREAD: symbol = thread.EARLY_HASH_THREAD;

/** The thread started early, once: undefined when there is none or it was taken. */
function takeEarlyThread(): Worker | undefined {
  const slot = globalThis as Record<symbol, unknown>;
  const early = slot[EARLY_HASH_THREAD];
  slot[EARLY_HASH_THREAD] = undefined;
  if (!(early instanceof Worker)) return undefined;
  early.ref();
  return early;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The sum of a file read a piece at a time; undefined when it cannot be read. */
function sha256OfFile(path: string): string | undefined {
  try {
    return thread.hashFile(path);
  } catch {
    return undefined;
  }
}

/** What the worker was given: a file's bytes, or a file's path; a path's sum is null when the file cannot be read. */
interface Pending {
  given: Uint8Array | string;
  resolve: (hex: string | null) => void;
}

/** Hashes files in the order given, large shared ones on one worker thread; `close` ends it. */
export class FileHasher {
  private worker: Worker | undefined;
  private readonly pending: Pending[] = [];
  private closed = false;

  constructor(private readonly backgroundFrom = BACKGROUND_HASH_BYTES) {}

  /**
   * Starts the worker ahead of the first file when one of `sizes` is large enough for it, so that
   * it has loaded while the files are read (starting it takes about as long as reading them).
   */
  expect(sizes: readonly number[]): void {
    if (!this.closed && sizes.some((size) => size >= this.backgroundFrom)) this.started();
  }

  /** The hex SHA-256 of `bytes`; they must not change until it is given. */
  hash(bytes: Uint8Array): Promise<string> {
    if (this.closed || bytes.length < this.backgroundFrom || !(bytes.buffer instanceof SharedArrayBuffer)) {
      return Promise.resolve(sha256(bytes));
    }
    return new Promise((resolve) => {
      this.pending.push({ given: bytes, resolve: resolve as (hex: string | null) => void });
      this.started().postMessage(bytes);
    });
  }

  /**
   * The hex SHA-256 of the file at `path`, of `size` bytes, which the caller does not read: read a
   * piece at a time, on the worker when it is large; undefined when it cannot be read.
   */
  hashFile(path: string, size: number): Promise<string | undefined> {
    if (this.closed || size < this.backgroundFrom) return Promise.resolve(sha256OfFile(path));
    return new Promise((resolve) => {
      this.pending.push({ given: path, resolve: (hex) => resolve(hex ?? undefined) });
      this.started().postMessage(path);
    });
  }

  private started(): Worker {
    if (this.worker === undefined) {
      const worker = takeEarlyThread() ?? new Worker(HASH_THREAD);
      worker.on('message', (hex: string | null) => this.pending.shift()?.resolve(hex));
      // A worker that cannot run: what it was given is hashed here instead, so the answer is the same.
      worker.on('error', () => this.inline());
      worker.on('exit', () => this.inline());
      this.worker = worker;
    }
    return this.worker;
  }

  private inline(): void {
    for (const { given, resolve } of this.pending.splice(0)) {
      resolve(typeof given === 'string' ? (sha256OfFile(given) ?? null) : sha256(given));
    }
  }

  /**
   * Ends the worker. Sums still owed are never given (only a caller that gave up on them closes
   * early); a file given afterwards is hashed on the spot.
   */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker === undefined) return;
    worker.removeAllListeners('exit');
    worker.removeAllListeners('error');
    this.pending.splice(0);
    await worker.terminate();
  }
}
