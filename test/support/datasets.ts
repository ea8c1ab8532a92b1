/**
 * The dataset folders that ship, for tests that run on every one of them (Neo4j push and pull,
 * Cypher against the in-memory engine). A new dataset is one more line here.
 */
export const DATASETS: readonly string[] = ['datasets/demo', 'datasets/sweden-2018'];
