export { dependents } from './dependents.js';
export { subcontractingBetweenness, snapshotSubcontractingBetweenness } from './subcontracting-betweenness.js';
export { dependencyPagerank, snapshotPagerank, type DependencyPagerankOptions } from './dependency-pagerank.js';
