/**
 * What the metrics read besides the engine's snapshot: the attributes of each node (models,
 * categories, countries, parents, organisation types), the graph's name and ownership groups, the
 * order the graph holds its nodes in (PageRank sums in that order, so the same order gives the same
 * numbers to the last bit), and the `alternatives` label of every labelled edge (false redundancy
 * names its groups by them). A graph gives them (`graphMetricsFacts`); so does a loader that never
 * builds one, from the rows it reads in the same pass. Nodes are numbered as in the snapshot.
 * O(V + E).
 */
import type { Engine } from '../../engine/index.js';
import type { Snapshot } from '../../kernel/index.js';
import type { KedjaGraph, NodeAttributes, ParentGroup } from '../../model/index.js';
import type { LabelledEdge } from '../graph/index.js';
import { checkGraph, checkOptions, resolveEngine, type EngineOptions } from '../utils.js';

const PATH = 'metrics/snapshot/facts';

/** What the metrics read besides the snapshot, numbered like it (see the banner). */
export interface MetricsFacts {
  /** The graph's `name` attribute. */
  name: string | undefined;
  /** The graph's ownership groups (its `parents` attribute). */
  parents: readonly ParentGroup[] | undefined;
  /** The attributes of each node, by snapshot index. */
  attributes: readonly NodeAttributes[];
  /** Snapshot indices in the graph's node order. */
  order: Int32Array;
  /** The edges with a non-empty `alternatives` label, in any order. */
  alternatives: readonly LabelledEdge[];
}

/** The engine of `options` (checked to be the graph's) or a new one, and the graph's facts numbered like its snapshot. */
export function graphMetricsFacts(
  graph: KedjaGraph,
  options: EngineOptions = {},
): { engine: Engine; facts: MetricsFacts } {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const engine = resolveEngine(graph, options, PATH);
  return { engine, facts: factsOf(graph, engine.snapshot) };
}

function factsOf(graph: KedjaGraph, snapshot: Snapshot): MetricsFacts {
  const { ids, index } = snapshot;
  const attributes = ids.map((id) => graph.getNodeAttributes(id));
  const order = new Int32Array(graph.order);
  let i = 0;
  graph.forEachNode((node) => (order[i++] = index.get(node)!));
  const alternatives: LabelledEdge[] = [];
  graph.forEachEdge((_edge, edge, source, target) => {
    const label = edge.alternatives;
    if (label !== undefined && label !== '') {
      alternatives.push({ source: index.get(source)!, target: index.get(target)!, label });
    }
  });
  return { name: graph.getAttribute('name'), parents: graph.getAttribute('parents'), attributes, order, alternatives };
}
