export { inspectInput, GRAPH_FILE_EXTENSIONS, type InputListing, type GraphFileFormat } from './inspect-input.js';
export {
  loadBinaryGraph,
  loadGraph,
  loadInput,
  type LoadedInput,
  type LoadInputOptions,
  type LoadGraphOptions,
} from './load-input.js';
export type { ArrowReadOptions, ArrowRowSink, ArrowSnapshotOptions } from '../formats/arrow/index.js';
// The bulk loader with a second sink, for a command that collects more than the snapshot in the same pass.
export {
  loadSnapshot,
  type ColumnSpec,
  type ColumnType,
  type FolderOptions,
  type FolderSink,
  type LoadSnapshotOptions,
  type NodeRef,
  type NumericSink,
  type EdgeBlock,
  type NumericEdgeSink,
  type Row,
  type TableSpec,
} from '../formats/csv/index.js';
export type { ImportNote, ImportResult, LoadSnapshotResult } from '../types.js';
export type { NodeKindRule } from '../formats/graph-file/index.js';
