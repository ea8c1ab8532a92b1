/**
 * Loading a graph from what a user points at: a canonical CSV folder, a folder of DORA register
 * tables (it holds b_05.01.csv or b_02.02.csv), or a graph file by its extension (graphology JSON,
 * GEXF, GraphML).
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';

import { readCsvFolder, type ImportResult } from './csv/read-csv-folder.js';
import { findRegisterTables, readDoraRegister } from './dora/index.js';
import { IMPORT_CODES } from './errors.js';
import { readGexf, readGraphml } from './formats/index.js';
import { readGraphJson } from './json/graph-json.js';

const READERS: Readonly<Record<string, (file: string) => Promise<ImportResult>>> = {
  '.json': readGraphJson,
  '.gexf': readGexf,
  '.graphml': readGraphml,
};

export const GRAPH_FILE_EXTENSIONS = Object.keys(READERS);

/** Reads a CSV folder or a graph file; problems come back as diagnostics, never as exceptions. */
export async function loadGraph(input: string): Promise<ImportResult> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch {
    return {
      graph: null,
      diagnostics: [
        {
          file: input,
          code: IMPORT_CODES.inputNotFound,
          severity: 'error',
          message: `no such file or folder; give a folder of canonical CSV files or a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')})`,
        },
      ],
    };
  }
  if (isFolder) return (await findRegisterTables(input)) ? readDoraRegister(input) : readCsvFolder(input);
  const read = READERS[extname(input).toLowerCase()];
  if (read) return read(input);
  return {
    graph: null,
    diagnostics: [
      {
        file: input,
        code: IMPORT_CODES.inputUnsupported,
        severity: 'error',
        message: `cannot read this kind of file; give a folder of canonical CSV files or a graph file (${GRAPH_FILE_EXTENSIONS.join(', ')})`,
      },
    ],
  };
}
