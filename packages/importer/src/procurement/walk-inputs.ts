/**
 * Finding the notices in what a user points at: XML files, folders of them (walked recursively, in
 * name order; other files in them left alone), `.zip` archives (yauzl, entry by entry from the central directory) and `.tar.gz`,
 * `.tgz` or `.tar` archives (node-tar, streamed). Each notice's text is handed to `visit` as soon
 * as it is read, so an archive of a year's notices is never held in memory; only one notice is.
 * Entries that are not XML, nested archives and entries too large to be a notice are skipped with
 * a reason; an archive that cannot be read is a diagnostic. Progress is counted in bytes of the
 * input files (compressed bytes for archives). O(size of the inputs).
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';
import { Parser, type ReadEntry } from 'tar';
import yauzl from 'yauzl';

import { IMPORT_CODES } from '../errors.js';

/** No notice is this large (one with a hundred lots is 2 MB); a larger entry is not read. */
export const MAX_NOTICE_BYTES = 64 * 1024 * 1024;

export interface InputVisitor {
  /** A notice's text, with the name it is reported by (`archive.zip!2024/notice.xml`). */
  notice(name: string, text: string): void;
  /** Something that was not read, and why. */
  skip(name: string, reason: string): void;
  problem(diagnostic: Diagnostic): void;
  /** Bytes of the inputs read so far, of `total`. */
  progress?(bytes: number, total: number): void;
}

type InputKind = 'xml' | 'zip' | 'tar' | 'other';

interface InputFile {
  path: string;
  kind: InputKind;
  size: number;
}

export function inputKind(name: string): InputKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xml')) return 'xml';
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz') || lower.endsWith('.tar')) return 'tar';
  return 'other';
}

const decode = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

/** Every file the inputs name, folders walked in name order; missing inputs are reported. */
async function listInputs(inputs: readonly string[], visitor: InputVisitor): Promise<InputFile[]> {
  const files: InputFile[] = [];
  // Folders already walked (by device and inode), so that a link back up a folder is walked once.
  const walked = new Set<string>();
  const walk = async (path: string, given: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      const message = 'no such file or folder; give eForms notices as XML files, folders or .zip/.tar.gz archives';
      visitor.problem({ file: path, code: IMPORT_CODES.inputNotFound, severity: 'error', message });
      return;
    }
    if (info.isDirectory()) {
      const identity = `${info.dev}:${info.ino}`;
      if (walked.has(identity)) return;
      walked.add(identity);
      for (const entry of (await readdir(path)).sort()) await walk(join(path, entry), false);
    } else if (info.isFile()) {
      const kind = inputKind(path);
      // In a folder, files that are neither XML nor archives (READMEs, checksums) are left alone.
      if (kind !== 'other') files.push({ path, kind, size: info.size });
      else if (given) visitor.skip(path, 'not an XML file or an archive (.zip, .tar.gz, .tgz, .tar)');
    } else if (given || inputKind(path) !== 'other') {
      // A named pipe or a device is never opened: reading one could wait for ever.
      const message =
        'not a regular file (a named pipe or a device); give eForms notices as XML files, folders or archives';
      visitor.problem({ file: path, code: IMPORT_CODES.inputNotAFile, severity: 'error', message });
    }
  };
  for (const input of inputs) await walk(input, true);
  return files;
}

/** Reads every notice the inputs hold, handing each to `visitor` as it is read. */
export async function walkInputs(inputs: readonly string[], visitor: InputVisitor): Promise<void> {
  const files = await listInputs(inputs, visitor);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  const advance = (bytes: number) => {
    done += bytes;
    visitor.progress?.(done, total);
  };
  for (const file of files) {
    const before = done;
    try {
      if (file.kind === 'xml' && file.size > MAX_NOTICE_BYTES) {
        visitor.skip(file.path, `${file.size} bytes is too large for a notice; not read`);
      } else if (file.kind === 'xml') visitor.notice(file.path, decode(await readFile(file.path)));
      else if (file.kind === 'zip') await walkZip(file.path, visitor, advance);
      else await walkTar(file.path, visitor, advance);
    } catch (error) {
      const message = `cannot read this archive: ${(error as Error).message}; the notices read from it before the problem are kept`;
      visitor.problem({ file: file.path, code: IMPORT_CODES.procurementArchive, severity: 'warning', message });
    }
    advance(file.size - (done - before));
  }
}

/** Why an archive entry is not read, or undefined when it is a notice to read. */
function entrySkip(name: string, size: number): string | undefined {
  const kind = inputKind(name);
  if (kind === 'zip' || kind === 'tar') return 'an archive inside an archive is not read; unpack the outer one first';
  if (kind !== 'xml') return 'not an XML file';
  if (size > MAX_NOTICE_BYTES) return `${size} bytes is too large for a notice; not read`;
  return undefined;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

async function walkZip(path: string, visitor: InputVisitor, advance: (bytes: number) => void): Promise<void> {
  const zip = await openZip(path);
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = `${path}!${entry.fileName}`;
      const next = () => {
        advance(entry.compressedSize);
        zip.readEntry();
      };
      if (entry.fileName.endsWith('/')) return next();
      const skip = entrySkip(entry.fileName, entry.uncompressedSize);
      if (skip !== undefined) {
        visitor.skip(name, skip);
        return next();
      }
      readZipEntry(zip, entry).then((bytes) => {
        visitor.notice(name, decode(bytes));
        next();
      }, reject);
    });
    zip.readEntry();
  });
}

async function walkTar(path: string, visitor: InputVisitor, advance: (bytes: number) => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        const name = `${path}!${entry.path}`;
        if (entry.type !== 'File') return void entry.resume();
        const skip = entrySkip(entry.path, entry.size);
        if (skip !== undefined) {
          visitor.skip(name, skip);
          return void entry.resume();
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => visitor.notice(name, decode(Buffer.concat(chunks))));
      },
    });
    parser.on('error', reject);
    parser.on('end', resolve);
    const input = createReadStream(path);
    input.on('data', (chunk) => advance(chunk.length));
    input.on('error', reject);
    input.pipe(parser);
  });
}
