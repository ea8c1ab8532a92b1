/**
 * @kedja/neo4j: a Kedja graph in a Neo4j database (neo4j-driver). `pushGraph` writes it with
 * constraints and batched, idempotent MERGE under a dataset tag, `pullGraph` reads it back
 * losslessly, and `blastInDatabase` / `rankInDatabase` answer the blast radius and the systemic
 * ranking in Cypher, equal to the in-memory engine's answers (`blastBoundsInDatabase` /
 * `rankBoundsInDatabase` in both bounds when some dependencies are only possible). Credentials come from the caller
 * (`credentialsFromEnv` reads NEO4J_USER and NEO4J_PASSWORD) and are never printed.
 */
export { Neo4jConnection, withNeo4j, credentialsFromEnv, type Neo4jTarget } from './connection.js';
export { NEO4J_CODES, withoutCredentials, type Neo4jCode } from './errors.js';
export { DEFAULT_DATASET, NODE_LABELS, EDGE_TYPES, DATASET_LABEL } from './graph-schema.js';
export { pushGraph, type PushOptions, type PushProgress, type PushSummary } from './push-graph.js';
export { pullGraph, type PullOptions, type PullResult } from './pull-graph.js';
export { requireDataset, type DatasetInfo } from './dataset.js';
export * from './analysis/index.js';
