/**
 * PageRank on the dependency graph: every node, with edges from the dependent to what it depends on
 * (parallel edges merged), so rank flows from organisations through services to suppliers and on to
 * subcontractors, and gathers where many chains end: the deep, widely shared dependencies. Damping
 * 0.85; nodes without dependencies spread their rank evenly (graphology-metrics' handling of
 * dangling nodes). O(iterations · (V + E)).
 *
 * Reference: L. Page, S. Brin, R. Motwani and T. Winograd, The PageRank citation ranking (1999).
 */
import { pagerank } from 'graphology-metrics/centrality/index.js';

import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import { defineNodeMetric, type Mapping } from '../utils.js';
import { simpleDependencyGraph } from './simple-graph.js';

const PATH = 'metrics/centrality/dependency-pagerank';

export interface DependencyPagerankOptions {
  /** Damping factor, between 0 and 1. Default 0.85. */
  alpha?: number;
}

const DEFAULTS: Required<DependencyPagerankOptions> = { alpha: 0.85 };

export const dependencyPagerank = defineNodeMetric<DependencyPagerankOptions, number>(
  PATH,
  'pagerank',
  (graph, options) => {
    const alpha = options.alpha ?? DEFAULTS.alpha;
    if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
      throw new KedjaError(CORE_ERROR_CODES.badOption, `${PATH}: alpha must be a number between 0 and 1`);
    }
    const simple = simpleDependencyGraph(
      graph,
      ['organisation', 'service', 'supplier'],
      ['uses', 'contracts', 'providedBy', 'subcontracts'],
    );
    if (simple.order === 0) return {};
    const scores = pagerank(simple, { alpha, getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-10 });
    const result: Mapping<number> = {};
    simple.forEachNode((node) => (result[node] = scores[node] ?? 0));
    return result;
  },
);
