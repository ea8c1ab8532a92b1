/**
 * @kedja/importer: Kedja graphs in and out of files. Canonical CSV folders (fast-csv, streaming;
 * into a graphology graph or straight into the engine's snapshot), graphology JSON, GEXF and
 * GraphML, survey answers with name normalisation, the EU DORA register of information and
 * consequence rules files. `loadGraph` and `loadInput` look at what a user points at and choose
 * the reader. Every problem in the input comes back as a diagnostic with file, line and column;
 * nothing here throws on bad data. Node only (it reads and writes files); Neo4j is
 * `@kedja/neo4j`.
 */

export type { ImportResult, LoadSnapshotResult } from './types.js';
export { IMPORT_CODES, type ImportCode } from './errors.js';

// What a user points at: a CSV folder, a DORA register folder or a graph file.
export {
  loadGraph,
  loadInput,
  inspectInput,
  BULK_THRESHOLD,
  GRAPH_FILE_EXTENSIONS,
  type LoadedInput,
  type LoadInputOptions,
  type InputListing,
} from './input/index.js';

// The formats, read and written.
export {
  readCsvFolder,
  loadSnapshot,
  writeCsvFolder,
  writeGeneratedFolder,
  TABLES,
  TABLE_FILES,
  readGraphJson,
  graphToJson,
  writeGraphJson,
  readGexf,
  gexfToGraph,
  graphToGexf,
  readGraphml,
  graphmlToGraph,
  graphToGraphml,
  type ReadCsvFolderOptions,
  type WriteCsvResult,
  type GenerateProgress,
  type TableSpec,
  type ColumnSpec,
  type ColumnType,
} from './formats/index.js';

// Survey answers, the DORA register, consequence rules.
export * from './survey/index.js';
export * from './dora/index.js';
export * from './rules/index.js';
