/**
 * Loading a graph from what a user points at: a canonical CSV folder or a graphology JSON file.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';

import { readCsvFolder, type ImportResult } from './csv/read-csv-folder.js';
import { IMPORT_CODES } from './errors.js';
import { readGraphJson } from './json/graph-json.js';

export const GRAPH_FILE_EXTENSIONS = ['.json'] as const;

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
          message: 'no such file or folder; give a folder of canonical CSV files or a graph .json file',
        },
      ],
    };
  }
  if (isFolder) return readCsvFolder(input);
  if (extname(input).toLowerCase() === '.json') return readGraphJson(input);
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
