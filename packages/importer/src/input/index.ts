export { inspectInput, GRAPH_FILE_EXTENSIONS, type InputListing, type GraphFileFormat } from './inspect-input.js';
export {
  loadGraph,
  loadInput,
  BULK_THRESHOLD,
  type LoadedInput,
  type LoadInputOptions,
  type LoadGraphOptions,
} from './load-input.js';
