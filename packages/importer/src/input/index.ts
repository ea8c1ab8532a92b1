export { inspectInput, GRAPH_FILE_EXTENSIONS, type InputListing, type GraphFileFormat } from './inspect-input.js';
export { loadGraph, loadInput, type LoadedInput, type LoadInputOptions, type LoadGraphOptions } from './load-input.js';
export type { ImportNote, ImportResult } from '../types.js';
export type { NodeKindRule } from '../formats/graph-file/index.js';
