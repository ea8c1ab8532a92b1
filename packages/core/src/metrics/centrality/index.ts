export { dependents } from './dependents.js';
export { subcontractingBetweenness, snapshotSubcontractingBetweenness } from './subcontracting-betweenness.js';
export {
  dependencyPagerank,
  snapshotPagerank,
  snapshotPagerankScores,
  type DependencyPagerankOptions,
} from './dependency-pagerank.js';
