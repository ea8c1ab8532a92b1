export { Neo4jConnection, withNeo4j, credentialsFromEnv, type Neo4jTarget } from './connection.js';
export { NEO4J_CODES, type Neo4jCode } from './errors.js';
export { DEFAULT_DATASET, NODE_LABELS, EDGE_TYPES, DATASET_LABEL } from './graph-schema.js';
export { pushGraph, type PushOptions, type PushProgress, type PushSummary } from './push-graph.js';
export { pullGraph, type PullOptions, type PullResult } from './pull-graph.js';
export { requireDataset, type DatasetInfo } from './dataset.js';
export * from './analysis/index.js';
