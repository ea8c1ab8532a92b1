/**
 * @kedja/importer: reads and writes Kedja graphs. Canonical CSV folders (fast-csv, streaming) and
 * graphology JSON; also consequence rules files. Every problem in the input comes back as a
 * diagnostic with file, line and column.
 */
export * from './csv/index.js';
export * from './json/index.js';
export * from './rules/index.js';
export { loadGraph, GRAPH_FILE_EXTENSIONS } from './load-graph.js';
export { IMPORT_CODES, type ImportCode } from './errors.js';
