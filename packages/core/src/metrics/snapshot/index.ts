export { graphMetricsFacts, type MetricsFacts } from './facts.js';
export { snapshotMetrics, type SnapshotMetrics } from './snapshot-metrics.js';
