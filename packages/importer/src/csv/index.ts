export { readCsvFolder, type ImportResult, type ReadCsvFolderOptions } from './read-csv-folder.js';
export { writeCsvFolder, type WriteCsvResult } from './write-csv-folder.js';
export { TABLES, TABLE_FILES, type TableSpec, type ColumnSpec, type ColumnType } from './schema.js';
export { parseBoolean, splitList } from './parse-values.js';
export { loadSnapshot, type LoadSnapshotResult } from './load-snapshot.js';
