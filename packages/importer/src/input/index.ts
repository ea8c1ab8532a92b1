export { inspectInput, GRAPH_FILE_EXTENSIONS, type InputListing, type GraphFileFormat } from './inspect-input.js';
export { loadGraph, loadInput, type LoadedInput, type LoadInputOptions, type LoadGraphOptions } from './load-input.js';
// The bulk loader with a second sink, for a command that collects more than the snapshot in the same pass.
export { loadSnapshot, type LoadSnapshotOptions } from '../formats/csv/load-snapshot.js';
export type { FolderOptions, FolderSink, NodeRef } from '../formats/csv/scan-folder.js';
export type { Row } from '../formats/csv/read-table.js';
export type { ColumnSpec, ColumnType, TableSpec } from '../formats/csv/schema.js';
export type { LoadSnapshotResult } from '../types.js';
export type { ImportNote, ImportResult } from '../types.js';
export type { NodeKindRule } from '../formats/graph-file/index.js';
