/**
 * Kedja's binary graph: a folder of two Apache Arrow IPC files, nodes.arrow and edges.arrow
 * (layout.ts), written from a graph or straight from a CSV folder, and read back into the engine's
 * snapshot with no parsing, or into a graph. DuckDB, pandas and Polars read the same files.
 */
export { writeArrowGraph, writeArrowFolder, type WriteArrowResult } from './write-arrow.js';
export { loadArrowSnapshot, type ArrowRowSink, type ArrowSnapshotOptions } from './arrow-snapshot.js';
export { readArrowGraph } from './arrow-graph.js';
export { openArrowGraph, type ArrowGraphFiles, type ArrowReadOptions } from './arrow-file.js';
export { ARROW_FORMAT, ARROW_VERSION, NODES_FILE, EDGES_FILE } from './layout.js';
