/**
 * @kedja/importer: reads and writes Kedja graphs. Canonical CSV folders (fast-csv, streaming),
 * graphology JSON, GEXF and GraphML, survey answers with name normalisation, the EU DORA register
 * of information, consequence rules files, and Neo4j (neo4j-driver: push, pull, and blast radius
 * and ranking computed in Cypher). Every problem in the input comes back as a diagnostic with
 * file, line and column.
 */
export * from './csv/index.js';
export * from './json/index.js';
export * from './formats/index.js';
export * from './survey/index.js';
export * from './dora/index.js';
export * from './rules/index.js';
export * from './neo4j/index.js';
export { loadGraph, GRAPH_FILE_EXTENSIONS } from './load-graph.js';
export { IMPORT_CODES, type ImportCode } from './errors.js';
export * from './generate/index.js';
