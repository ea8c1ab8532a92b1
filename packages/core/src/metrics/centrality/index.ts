export { dependents } from './dependents.js';
export { subcontractingBetweenness } from './subcontracting-betweenness.js';
export { dependencyPagerank, type DependencyPagerankOptions } from './dependency-pagerank.js';
