/**
 * One look at what a user points at, before anything is read: a canonical CSV folder, the folder
 * of a DORA register (its tables at the top or in `reports/`), or a graph file by its extension.
 * A folder is stat'ed and listed once here and its listing handed to the reader, which does not
 * list it again; a CSV folder's table files are stat'ed once for their size (the loader chooses a
 * graph or a snapshot by it). Problems come back as a diagnostic, never as an exception.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

import type { Diagnostic } from '@kedja/core';

import { holdsRegisterTables, isRegisterPackage, type RegisterTables } from '../dora/register/index.js';
import { IMPORT_CODES } from '../errors.js';
import { checkRegularFile } from '../guarded-file.js';
import { TABLE_FILES } from '../formats/csv/index.js';

/** Graph files by extension. */
export const GRAPH_FILE_FORMATS = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml' } as const;
export type GraphFileFormat = (typeof GRAPH_FILE_FORMATS)[keyof typeof GRAPH_FILE_FORMATS];

export const GRAPH_FILE_EXTENSIONS: readonly string[] = Object.keys(GRAPH_FILE_FORMATS);

export type InputListing =
  | { kind: 'csv-folder'; path: string; entries: readonly string[]; csvBytes: number }
  | { kind: 'workbook'; path: string }
  | { kind: 'arrow-graph'; path: string }
  | { kind: 'dora-register'; path: string; tables: RegisterTables }
  | { kind: 'dora-package'; path: string }
  | { kind: 'graph-file'; path: string; format: GraphFileFormat }
  | { kind: 'none'; path: string; diagnostic: Diagnostic };

const WHAT_TO_GIVE = `give a folder of canonical CSV files, an .xlsx workbook of them, a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')}) or a binary graph (a folder of nodes.arrow and edges.arrow)`;

function none(path: string, code: string, message: string): InputListing {
  return { kind: 'none', path, diagnostic: { file: path, code, severity: 'error', message } };
}

/** The names in `folder`, or null when it is not a folder that can be listed. */
async function list(folder: string): Promise<string[] | null> {
  try {
    return await readdir(folder);
  } catch {
    return null;
  }
}

/** Sum of the sizes of the canonical table files among `entries`. */
async function tableBytes(folder: string, entries: readonly string[]): Promise<number> {
  let total = 0;
  for (const entry of entries) {
    if (!TABLE_FILES.includes(entry)) continue;
    try {
      total += (await stat(join(folder, entry))).size;
    } catch {
      // The reader reports a table it cannot open, with its file name.
    }
  }
  return total;
}

/**
 * A folder that holds canonical tables and a DORA register (at the top or in `reports/`) could be
 * either; Kedja refuses to guess, since each reading ignores the other's files.
 */
function ambiguous(path: string, entries: readonly string[], register: RegisterTables): InputListing {
  const canonical = entries.filter((entry) => TABLE_FILES.includes(entry)).sort();
  const where = register.folder === path ? 'beside them' : `in ${join(path, 'reports')}`;
  const choose =
    register.folder === path
      ? 'move the register or the canonical tables into a folder of their own'
      : `give ${register.folder} to read the register, or move it out of this folder to read the canonical tables`;
  return none(
    path,
    IMPORT_CODES.inputAmbiguous,
    `this folder holds canonical tables (${canonical.join(', ')}) and a DORA register ${where}; ` +
      `each would be read without the other, so Kedja reads neither: ${choose}`,
  );
}

async function inspectFolder(path: string): Promise<InputListing> {
  const entries = await list(path);
  if (entries === null) return none(path, IMPORT_CODES.inputNotFound, `cannot list this folder; ${WHAT_TO_GIVE}`);
  if (entries.includes('nodes.arrow') || entries.includes('edges.arrow')) return { kind: 'arrow-graph', path };
  let register: RegisterTables | null = null;
  if (holdsRegisterTables(entries)) register = { folder: path, entries };
  else if (entries.includes('reports')) {
    const reports = join(path, 'reports');
    const inside = await list(reports);
    if (inside !== null && holdsRegisterTables(inside)) register = { folder: reports, entries: inside };
  }
  if (register !== null) {
    if (entries.some((entry) => TABLE_FILES.includes(entry))) return ambiguous(path, entries, register);
    return { kind: 'dora-register', path, tables: register };
  }
  return { kind: 'csv-folder', path, entries, csvBytes: await tableBytes(path, entries) };
}

export async function inspectInput(path: string): Promise<InputListing> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    return none(path, IMPORT_CODES.inputNotFound, `no such file or folder; ${WHAT_TO_GIVE}`);
  }
  if (isFolder) return inspectFolder(path);
  // A named pipe or a device is never handed to a reader, which could wait on it for ever.
  const checked = await checkRegularFile(path, 'file or folder');
  if (!checked.ok) return { kind: 'none', path, diagnostic: checked.diagnostic };
  const format = GRAPH_FILE_FORMATS[extname(path).toLowerCase() as keyof typeof GRAPH_FILE_FORMATS];
  if (format !== undefined) return { kind: 'graph-file', path, format };
  if (extname(path).toLowerCase() === '.xlsx') return { kind: 'workbook', path };
  if (extname(path).toLowerCase() === '.arrow') {
    return none(
      path,
      IMPORT_CODES.inputUnsupported,
      'one file of a binary graph; give the folder that holds nodes.arrow and edges.arrow',
    );
  }
  if (extname(path).toLowerCase() === '.zip') {
    if (await isRegisterPackage(path)) return { kind: 'dora-package', path };
    const message = `this .zip holds no DORA register package (reports/b_05.01.csv, reports/b_02.02.csv); eForms notices in a .zip are read by the procurement importer (kedja import-procurement)`;
    return none(path, IMPORT_CODES.inputUnsupported, message);
  }
  return none(path, IMPORT_CODES.inputUnsupported, `cannot read this kind of file; ${WHAT_TO_GIVE}`);
}
