/**
 * The canonical CSV folder (docs/format.md): read into a graphology graph (`readCsvFolder`) or
 * straight into the engine's snapshot (`loadSnapshot`), written from a graph (`writeCsvFolder`) or
 * from the generator (`writeGeneratedFolder`). The table reader and the schema are shared with the
 * DORA and survey readers.
 */
export { readCsvFolder, type ReadCsvFolderOptions } from './read-csv-folder.js';
export { loadSnapshot, type LoadSnapshotOptions } from './load-snapshot.js';
export { writeCsvFolder, type WriteCsvResult } from './write-csv-folder.js';
export { writeGeneratedFolder, type GenerateProgress } from './write-generated.js';
export { TABLES, TABLE_FILES, PARENTS_TABLE, type TableSpec, type ColumnSpec, type ColumnType } from './schema.js';
export { parseBoolean, parseCell, splitList, type Parsed } from './parse-values.js';
export { readTable, RowAssembler, type Row, type TableStatus } from './read-table.js';
export { csvRecords } from './csv-records.js';
export { readTables } from './read-csv-folder.js';
export { type FolderOptions, type FolderSink, type NodeRef, type NumericSink, type RowSource } from './scan-folder.js';
export type { EdgeBlock, NumericEdgeSink } from './edge-block.js';
export {
  openCsv,
  readCsvText,
  detectDialect,
  describeDialect,
  dialectNote,
  isCanonical,
  type CsvDialect,
} from './dialect.js';
