export { graphMetricsFacts, type MetricsFacts } from './facts.js';
export {
  snapshotMetricColumns,
  snapshotMetrics,
  type SnapshotMetricColumns,
  type SnapshotMetrics,
} from './snapshot-metrics.js';
