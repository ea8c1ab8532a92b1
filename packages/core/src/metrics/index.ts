/**
 * Concentration metrics, grouped as graphology's metrics are: `node/` (one value per node, each
 * with `.assign`), `graph/` (one answer for the whole graph), `centrality/` (graphology-metrics'
 * centralities where they mean something) and `indices/` (HHI, concentration ratio, Gini on plain
 * numbers). Metrics that need failure propagation take `{ engine }` to share one snapshot.
 */
export * from './node/index.js';
export * from './graph/index.js';
export * from './centrality/index.js';
export * from './indices/index.js';
export * from './snapshot/index.js';
export type { Mapping, NodeMetric, EngineOptions, AssignOptions } from './utils.js';
