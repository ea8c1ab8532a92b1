export {
  GraphGenerator,
  GENERATED_TABLES,
  GENERATED_HEADERS,
  supplierTiers,
  type GeneratedTable,
} from './generate-graph.js';
export { SIZES, SIZE_NAMES, type SizeName, type GenerateOptions } from './sizes.js';
