/**
 * A register as submitted: the EBA's reporting package, a `.zip` whose folder (named after the
 * package) holds `META-INF/reportPackage.json` and `reports/` with `report.json`, `parameters.csv`,
 * `FilingIndicators.csv` and one `b_xx.xx.csv` per template. The folder of the zip that holds the
 * key tables (B_05.01 or B_02.02; a `reports/` folder first) is read as a register folder is: its
 * CSV files are unpacked to a temporary folder (yauzl; only those, each at most MAX_TABLE_BYTES),
 * read by readDoraRegister, and every diagnostic then names the file inside the zip
 * (`package.zip!name/reports/b_05.01.csv`). The temporary folder is removed. O(size of the tables).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';
import type { Entry, ZipFile } from 'yauzl';

import { IMPORT_CODES } from '../../errors.js';
import type { ImportResult } from '../../types.js';
import { holdsRegisterTables } from './register-tables.js';

/** No register table is larger than this; a larger entry is not unpacked. */
export const MAX_TABLE_BYTES = 1024 * 1024 * 1024;

const TABLE_ENTRY = /^(.*\/)?([^/]+\.csv)$/i;

/** Opens the zip at `path`; yauzl is loaded here, on the first .zip, not with the input's reader. */
async function openZip(path: string): Promise<ZipFile> {
  const { default: yauzl } = await import('yauzl');
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

/** Every entry of the zip, from its central directory. */
function entries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function unpack(zip: ZipFile, entry: Entry, file: string): Promise<void> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => writeFile(file, Buffer.concat(chunks)).then(resolve, reject));
    }),
  );
}

/** The folder inside the zip that holds a register's key tables (`reports/` folders first), and its CSV entries. */
export function registerFolder(names: readonly string[]): { prefix: string; files: string[] } | null {
  const folders = new Map<string, string[]>();
  for (const name of names) {
    const match = TABLE_ENTRY.exec(name);
    if (!match) continue;
    const prefix = match[1] ?? '';
    folders.set(prefix, [...(folders.get(prefix) ?? []), match[2]!]);
  }
  const candidates = [...folders].filter(([, files]) => holdsRegisterTables(files));
  candidates.sort(
    ([a], [b]) => Number(b.toLowerCase().endsWith('reports/')) - Number(a.toLowerCase().endsWith('reports/')),
  );
  const [chosen] = candidates;
  return chosen ? { prefix: chosen[0], files: chosen[1] } : null;
}

/** Whether the zip at `path` is a register package (its key tables in one folder). */
export async function isRegisterPackage(path: string): Promise<boolean> {
  try {
    const zip = await openZip(path);
    try {
      return registerFolder((await entries(zip)).map((entry) => entry.fileName)) !== null;
    } finally {
      zip.close();
    }
  } catch {
    return false;
  }
}

const failure = (file: string, code: string, message: string): ImportResult => ({
  graph: null,
  diagnostics: [{ file, code, severity: 'error', message }],
});

/** Reads the register in the package at `path` with `readFolder` (readDoraRegister). */
export async function readRegisterPackage(
  path: string,
  readFolder: (folder: string) => Promise<ImportResult>,
): Promise<ImportResult> {
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    return failure(
      path,
      IMPORT_CODES.doraPackage,
      `cannot read this .zip (${(error as Error).message}); give the register package as submitted, or its unpacked folder`,
    );
  }
  const folder = await mkdtemp(join(tmpdir(), 'kedja-register-'));
  try {
    const all = await entries(zip);
    const found = registerFolder(all.map((entry) => entry.fileName));
    if (found === null) {
      return failure(
        path,
        IMPORT_CODES.doraMissingTable,
        "no register tables in this .zip: a register package holds reports/b_05.01.csv and reports/b_02.02.csv (in the package's folder)",
      );
    }
    for (const entry of all) {
      const match = TABLE_ENTRY.exec(entry.fileName);
      if (!match || (match[1] ?? '') !== found.prefix) continue;
      if (entry.uncompressedSize > MAX_TABLE_BYTES) {
        return failure(
          `${path}!${entry.fileName}`,
          IMPORT_CODES.doraPackage,
          `${entry.uncompressedSize} bytes is too large for a register table; not read`,
        );
      }
      await unpack(zip, entry, join(folder, match[2]!));
    }
    const result = await readFolder(folder);
    const inZip = (file: string | undefined) =>
      file === undefined
        ? file
        : file.startsWith(folder)
          ? `${path}!${found.prefix}${file.slice(folder.length + 1)}`
          : file;
    const located = (d: Diagnostic): Diagnostic => (d.file === undefined ? d : { ...d, file: inZip(d.file)! });
    return { ...result, diagnostics: result.diagnostics.map(located) };
  } catch (error) {
    return failure(
      path,
      IMPORT_CODES.doraPackage,
      `cannot read this .zip (${(error as Error).message}); nothing was imported`,
    );
  } finally {
    zip.close();
    await rm(folder, { recursive: true, force: true });
  }
}
