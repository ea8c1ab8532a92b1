/**
 * @kedja/importer: Kedja graphs in and out of files. Canonical CSV folders (papaparse, streaming;
 * into a graphology graph or straight into the engine's snapshot; `;`-separated and Windows-1252
 * files too), `.xlsx` workbooks, graphology JSON, GEXF and GraphML, survey answers with name
 * normalisation, the EU DORA register of information, public procurement notices (eForms),
 * supplier and edge lists from spreadsheets, and consequence rules files. `loadGraph` and
 * `loadInput` look at what a user points at and choose the reader. Every problem in the input
 * comes back as a diagnostic with file, line and column; nothing here throws on bad data. Node only
 * (it reads and writes files); Neo4j is `@kedja/neo4j`.
 */

export type { ImportResult, ImportNote, LoadSnapshotResult } from './types.js';
export { IMPORT_CODES, type ImportCode } from './errors.js';

// What a user points at: a CSV folder, a DORA register folder or a graph file.
export {
  loadGraph,
  loadInput,
  inspectInput,
  GRAPH_FILE_EXTENSIONS,
  type LoadedInput,
  type LoadInputOptions,
  type LoadGraphOptions,
  type InputListing,
} from './input/index.js';

// The formats, read and written.
export {
  readCsvFolder,
  loadSnapshot,
  type LoadSnapshotOptions,
  type FolderSink,
  type NumericSink,
  type EdgeBlock,
  type NumericEdgeSink,
  type NodeRef,
  type Row,
  writeCsvFolder,
  writeGeneratedFolder,
  TABLES,
  TABLE_FILES,
  PARENTS_TABLE,
  readGraphJson,
  graphToJson,
  writeGraphJson,
  readGexf,
  gexfToGraph,
  graphToGexf,
  readGraphml,
  graphmlToGraph,
  graphToGraphml,
  writeArrowGraph,
  writeArrowFolder,
  loadArrowSnapshot,
  readArrowGraph,
  ARROW_VERSION,
  type WriteArrowResult,
  type ArrowReadOptions,
  type ArrowRowSink,
  type ArrowSnapshotOptions,
  readWorkbook,
  parseNodeKindRules,
  type NodeKindRule,
  type GraphFileOptions,
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

// Public procurement notices (eForms).
export {
  importProcurement,
  renderProcurementReport,
  writeProcurementReport,
  cpvCategory,
  parseCpvPrefixes,
  organisationNumberKey,
  CPV_ICT_CATEGORIES,
  CPV_DIVISIONS,
  ICT_PREFIXES,
  type ProcurementImportOptions,
  type ProcurementImportResult,
  type ProcurementReport,
  type ProcurementCounts,
  type EdgeProvenance,
  type EdgeSource,
  type SkippedItem,
  type CpvMapping,
  type MergeEntry,
  type KeptApart,
  type MergeRule,
  type PartyKind,
  type NoticeKind,
} from './procurement/index.js';

// Supplier and edge lists from spreadsheets.
export * from './edge-list/index.js';
