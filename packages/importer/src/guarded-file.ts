/**
 * The one way Kedja's readers open a file they read whole (graph files, rules, manifests,
 * notices) or hand to a library (workbooks, zips): the path must name a regular file (following
 * links), so a folder, a device or a named pipe is refused before anything waits on it; a file too
 * large to hold as text is said to be too large, not missing; and every failure is a diagnostic
 * with a stable code, never an exception. Tables of a CSV folder are checked the same way when the
 * folder is scanned (KEDJA_CSV_NOT_A_FILE).
 */
import { constants } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';

import type { Diagnostic } from '@kedja/core';

import { IMPORT_CODES } from './errors.js';

/** Why a NUL character is refused wherever Kedja reads text. */
export const NUL_MESSAGE =
  'a NUL character here: the file was saved as UTF-16 or is damaged, and no table could keep it; save it as UTF-8 without it';

/** What to give instead of a graph file too large to read whole. */
export const GRAPH_TOO_LARGE =
  'a graph this large is read as a canonical CSV folder or a binary graph (kedja import), which are streamed';

export type Guarded<T> = { ok: true; value: T } | { ok: false; diagnostic: Diagnostic };

const refuse = <T>(file: string, code: string, message: string): Guarded<T> => ({
  ok: false,
  diagnostic: { file, code, severity: 'error', message },
});

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** The size of `file` when it is a regular file; otherwise why not, as a diagnostic (`what` names it: "graph file"). */
export async function checkRegularFile(file: string, what = 'file'): Promise<Guarded<number>> {
  let size: number;
  try {
    const stats = await stat(file);
    if (!stats.isFile()) {
      const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a named pipe' : 'not a regular file';
      return refuse(file, IMPORT_CODES.inputNotAFile, `${kind}, where a ${what} should be; give the ${what} itself`);
    }
    size = stats.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return refuse(file, IMPORT_CODES.inputNotFound, `no such ${what} (or a link to nothing)`);
    }
    return refuse(
      file,
      IMPORT_CODES.inputUnreadable,
      `cannot look at this ${what}: ${code ?? (error as Error).message}`,
    );
  }
  return { ok: true, value: size };
}

/**
 * The whole bytes of a regular file, or its text with `text`. Node.js holds at most about 512 MiB
 * of text in one string and 4 GiB in one buffer; a larger file is KEDJA_INPUT_TOO_LARGE, with
 * `hint` (what to give instead).
 */
async function readWhole(
  file: string,
  what: string,
  text: boolean,
  hint: string,
  shared = false,
): Promise<Guarded<Buffer | Uint8Array | string>> {
  const checked = await checkRegularFile(file, what);
  if (!checked.ok) return checked;
  const limit = text
    ? `as one text (${megabytes(constants.MAX_STRING_LENGTH)})`
    : `at once (${megabytes(constants.MAX_LENGTH)})`;
  const tooLarge = refuse<never>(
    file,
    IMPORT_CODES.inputTooLarge,
    `this ${what} is ${megabytes(checked.value)}, more than Node.js can hold ${limit}${hint ? `; ${hint}` : ''}`,
  );
  if (checked.value > constants.MAX_LENGTH) return tooLarge;
  try {
    if (shared) return { ok: true, value: await readShared(file, checked.value) };
    const bytes = await readFile(file);
    if (!text) return { ok: true, value: bytes };
    return decodeText(file, what, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE') return tooLarge;
    return refuse(file, IMPORT_CODES.inputUnreadable, `cannot read this ${what}: ${code ?? (error as Error).message}`);
  }
}

/**
 * The whole file in shared memory, for a worker thread to read the very bytes the caller reads:
 * `size` bytes as its size was, and all of it still when it has grown since.
 */
async function readShared(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    for (let read = -1; at < size && read !== 0; at += read) {
      ({ bytesRead: read } = await handle.read(bytes, at, size - at, at));
    }
    if (at < size) return bytes.subarray(0, at);
    const more = await handle.read(new Uint8Array(1), 0, 1, size);
    return more.bytesRead === 0 ? bytes : new Uint8Array(await readFile(file));
  } finally {
    await handle.close();
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Line and column (1-based, in characters) of `index` in `text`. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: index - start + 1 };
}

/**
 * The text of `bytes` as UTF-8, refused (KEDJA_INPUT_ENCODING, with line and column) when it is
 * not valid UTF-8, holds NUL, or holds U+FFFD, the mark of text once decoded in the wrong encoding: read on,
 * such a file would give names that a CSV folder written from it refuses (KEDJA_CSV_ENCODING).
 * A byte-order mark is kept for the reader to skip; UTF-16 is named as such.
 */
function decodeText(file: string, what: string, bytes: Buffer): Guarded<string> {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return refuse(file, IMPORT_CODES.inputEncoding, `this ${what} is UTF-16; save it as UTF-8`);
  }
  let valid = true;
  try {
    strictUtf8.decode(bytes);
  } catch {
    valid = false;
  }
  const value = bytes.toString('utf8');
  const nul = value.indexOf('\u0000');
  if (valid && nul !== -1) {
    const at = lineAndColumn(value, nul);
    return {
      ok: false,
      diagnostic: { file, ...at, code: IMPORT_CODES.inputEncoding, severity: 'error', message: NUL_MESSAGE },
    };
  }
  const bad = value.indexOf('\uFFFD');
  if (bad === -1) return { ok: true, value };
  return {
    ok: false,
    diagnostic: {
      file,
      ...lineAndColumn(value, bad),
      code: IMPORT_CODES.inputEncoding,
      severity: 'error',
      message: valid
        ? `this ${what} holds the replacement character U+FFFD, the mark of text once read in the wrong encoding; correct the name there, or read the original file again as UTF-8`
        : `this ${what} is not valid UTF-8 here; save it as UTF-8`,
    },
  };
}

/** The text (UTF-8) of a regular file read whole; see readWhole and decodeText. */
export const readText = (file: string, what: string, hint = '') =>
  readWhole(file, what, true, hint) as Promise<Guarded<string>>;

/** The bytes of a regular file read whole into a SharedArrayBuffer, for a worker thread to read too. */
export const readSharedBytes = (file: string, what: string, hint = '') =>
  readWhole(file, what, false, hint, true) as Promise<Guarded<Uint8Array>>;
