/**
 * PageRank on the dependency graph: every node, with edges from the dependent to what it depends on
 * (parallel edges merged), so rank flows from organisations through services to suppliers and on to
 * subcontractors, and gathers where many chains end: the deep, widely shared dependencies. Damping
 * 0.85; nodes without dependencies spread their rank evenly. O(iterations · (V + E)).
 *
 * The power iteration of graphology-metrics' `pagerank` (unweighted, dangling nodes spread evenly,
 * stopped when the summed change falls below V × 1e-10), run on a compressed adjacency of distinct
 * out-neighbours read straight from the graph instead of on a simple copy of it: the same
 * neighbours in the same order, the same arithmetic in the same order, so the same numbers to the
 * last bit (tested against graphology-metrics on random graphs), at a fraction of the time and
 * memory on a large graph.
 *
 * Reference: L. Page, S. Brin, R. Motwani and T. Winograd, The PageRank citation ranking (1999).
 */
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import type { Snapshot } from '../../kernel/index.js';
import type { KedjaGraph } from '../../model/index.js';
import { defineNodeMetric, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/centrality/dependency-pagerank';

export interface DependencyPagerankOptions {
  /** Damping factor, between 0 and 1. Default 0.85. */
  alpha?: number;
}

const DEFAULTS: Required<DependencyPagerankOptions> = { alpha: 0.85 };
const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-10;

/** Node ids in graph order, and for each node its distinct out-neighbours (by index) in graph order. */
function adjacency(graph: KedjaGraph): { nodes: string[]; starts: Int32Array; neighbours: Int32Array } {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const starts = new Int32Array(nodes.length + 1);
  let neighbours = new Int32Array(Math.max(16, graph.size));
  let n = 0;
  for (let i = 0; i < nodes.length; i++) {
    starts[i] = n;
    graph.forEachOutNeighbor(nodes[i]!, (neighbour) => {
      if (n === neighbours.length) {
        const grown = new Int32Array(neighbours.length * 2);
        grown.set(neighbours);
        neighbours = grown;
      }
      neighbours[n++] = index.get(neighbour)!;
    });
  }
  starts[nodes.length] = n;
  return { nodes, starts, neighbours };
}

/**
 * PageRank scores by node index, from each node's distinct out-neighbours (CSR by index). Only the
 * order of the nodes shapes the sums; the order of a node's neighbours does not.
 */
function powerIteration(starts: Int32Array, neighbours: Int32Array, alpha: number): Float64Array {
  const N = starts.length - 1;
  const p = 1 / N;
  let x = new Float64Array(N);
  const share = new Float64Array(N);
  const dangling: number[] = [];
  for (let i = 0; i < N; i++) {
    x[i] = p;
    const degree = starts[i + 1]! - starts[i]!;
    if (degree === 0) dangling.push(i);
    share[i] = 1 / degree;
  }
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const last = x;
    x = new Float64Array(N);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= alpha;
    // The same products as graphology-metrics', computed once per node instead of once per edge.
    const teleport = dangleSum * p + (1 - alpha) * p;
    for (let i = 0; i < N; i++) {
      const end = starts[i + 1]!;
      const flow = alpha * last[i]! * share[i]!;
      for (let j = starts[i]!; j < end; j++) {
        const neighbour = neighbours[j]!;
        x[neighbour] = x[neighbour]! + flow;
      }
      x[i] = x[i]! + teleport;
    }
    let error = 0;
    for (let i = 0; i < N; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < N * TOLERANCE) return x;
  }
  throw new Error(`${PATH}: PageRank did not converge in ${MAX_ITERATIONS} iterations`);
}

/** Throws unless `alpha` is a damping factor; returns it, or the default. */
function pagerankAlpha(alpha: unknown = DEFAULTS.alpha): number {
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${PATH}: alpha must be a number between 0 and 1`);
  }
  return alpha;
}

export const dependencyPagerank = defineNodeMetric<DependencyPagerankOptions, number>(
  PATH,
  'pagerank',
  (graph, options) => {
    const alpha = pagerankAlpha(options.alpha);
    if (graph.order === 0) return {};
    const { nodes, starts, neighbours } = adjacency(graph);
    const scores = powerIteration(starts, neighbours, alpha);
    const result: Mapping<number> = dataRecord();
    nodes.forEach((node, i) => (result[node] = scores[i]!));
    return result;
  },
);

/**
 * The same PageRank on a snapshot, its nodes taken in `order` (snapshot indices in the graph's node
 * order, which fixes the sums): the numbers `dependencyPagerank` gives for that graph, to the last bit.
 */
export function snapshotPagerank(
  snapshot: Snapshot,
  order: Int32Array,
  options: DependencyPagerankOptions = {},
): Mapping<number> {
  const scores = snapshotPagerankScores(snapshot, order, options);
  const result: Mapping<number> = dataRecord();
  for (let p = 0; p < order.length; p++) result[snapshot.ids[order[p]!]!] = scores[order[p]!]!;
  return result;
}

/** `snapshotPagerank` as a column: the score of each node by snapshot index, with no mapping of ids. */
export function snapshotPagerankScores(
  snapshot: Snapshot,
  order: Int32Array,
  options: DependencyPagerankOptions = {},
): Float64Array {
  const alpha = pagerankAlpha(options.alpha);
  const { nodeCount, reqStart, reqTarget } = snapshot;
  if (nodeCount === 0) return new Float64Array(0);
  const position = new Int32Array(nodeCount);
  order.forEach((v, p) => (position[v] = p));
  const starts = new Int32Array(nodeCount + 1);
  const neighbours = new Int32Array(reqTarget.length);
  const last = new Int32Array(nodeCount).fill(-1);
  let n = 0;
  for (let p = 0; p < nodeCount; p++) {
    const v = order[p]!;
    starts[p] = n;
    for (let i = reqStart[v]!; i < reqStart[v + 1]!; i++) {
      const t = reqTarget[i]!;
      if (last[t] === v) continue;
      last[t] = v;
      neighbours[n++] = position[t]!;
    }
  }
  starts[nodeCount] = n;
  const byPosition = powerIteration(starts, neighbours, alpha);
  const scores = new Float64Array(nodeCount);
  for (let p = 0; p < nodeCount; p++) scores[order[p]!] = byPosition[p]!;
  return scores;
}
