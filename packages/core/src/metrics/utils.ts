/**
 * Shared plumbing of the metrics, after graphology's `src/metrics`: every node metric has one shape,
 * `metric(graph, options)` returning a mapping from node id to value and `metric.assign(graph,
 * options)` writing the same values onto the nodes, both from one internal function. Inputs are
 * checked up front and messages are prefixed with the module path. Also the small counting helpers
 * the metrics share. Everything here is O(size of its input).
 */
import { createEngine, type Engine } from '../engine/index.js';
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import type { KedjaGraph } from '../model/index.js';
import { dataRecord } from '../model/index.js';

/** A metric's answer: node id (or category, country, ...) to value. */
export type Mapping<Value> = Record<string, Value>;

/** Options of metrics that run the engine: pass one to reuse its snapshot across metrics. */
export interface EngineOptions {
  engine?: Engine;
}

/** Options of `metric.assign`: the node attribute to write (each metric has its own default). */
export interface AssignOptions {
  nodeAttribute?: string;
}

export interface NodeMetric<Options extends object, Value> {
  (graph: KedjaGraph, options?: Options): Mapping<Value>;
  /** Writes the metric onto the nodes it maps, under `options.nodeAttribute`. */
  assign(graph: KedjaGraph, options?: Options & AssignOptions): void;
}

/** Throws `KEDJA_BAD_OPTION` unless `graph` is a graphology graph. */
export function checkGraph(graph: unknown, path: string): asserts graph is KedjaGraph {
  const candidate = graph as { forEachNode?: unknown; order?: unknown } | null;
  if (typeof candidate?.forEachNode !== 'function' || typeof candidate.order !== 'number') {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${path}: the given graph is not a graphology graph`);
  }
}

/** Throws `KEDJA_BAD_OPTION` unless `options` is an object (or undefined). */
export function checkOptions(options: unknown, path: string): void {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${path}: options must be an object`);
  }
}

/** The engine of `options`, checked to belong to `graph`, or a new one. */
export function resolveEngine(graph: KedjaGraph, options: EngineOptions, path: string): Engine {
  if (options.engine === undefined) return createEngine(graph);
  if (options.engine.graph !== graph) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${path}: options.engine was created for another graph`);
  }
  return options.engine;
}

/**
 * Builds a node metric from one internal function. `toAttribute` turns a value into what is written
 * on the node (for example a list into its length); by default the value itself.
 */
export function defineNodeMetric<Options extends object, Value>(
  path: string,
  defaultAttribute: string,
  compute: (graph: KedjaGraph, options: Options) => Mapping<Value>,
  toAttribute: (value: Value) => unknown = (value) => value,
): NodeMetric<Options, Value> {
  function abstract(assign: boolean, graph: KedjaGraph, options: (Options & AssignOptions) | undefined) {
    checkGraph(graph, path);
    checkOptions(options, path);
    const resolved = (options ?? {}) as Options & AssignOptions;
    const attribute = resolved.nodeAttribute ?? defaultAttribute;
    if (typeof attribute !== 'string' || attribute === '' || attribute === 'kind' || attribute === 'name') {
      throw new KedjaError(
        CORE_ERROR_CODES.badOption,
        `${path}: nodeAttribute must be a non-empty string other than kind and name`,
      );
    }
    const mapping = compute(graph, resolved);
    if (!assign) return mapping;
    for (const [node, value] of Object.entries(mapping)) {
      graph.mergeNodeAttributes(node, { [attribute]: toAttribute(value) } as never);
    }
    return undefined;
  }
  const metric = ((graph: KedjaGraph, options?: Options) => abstract(false, graph, options)) as NodeMetric<
    Options,
    Value
  >;
  metric.assign = (graph, options) => void abstract(true, graph, options);
  return metric;
}

/** Distinct sources of the in-edges of `node` whose kind is one of `kinds`. */
export function dependentsOf(graph: KedjaGraph, node: string, kinds: readonly string[]): Set<string> {
  const sources = new Set<string>();
  graph.forEachInEdge(node, (_edge, attributes, source) => {
    if (kinds.includes(attributes.kind)) sources.add(source);
  });
  return sources;
}

/** Ids of the nodes of one kind, in graph order. */
export function nodesOfKind(graph: KedjaGraph, kind: 'organisation' | 'service' | 'supplier'): string[] {
  return graph.filterNodes((_node, attributes) => attributes.kind === kind);
}

/** Adds one to `counts[key]`. */
export function increment(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Code-point order of strings, the same in every locale (ids, countries, categories). */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An object with the keys of `record` in code-point order, so that JSON output is stable. */
export function sortKeys<Value>(record: Record<string, Value>): Record<string, Value> {
  const sorted: Record<string, Value> = dataRecord();
  for (const key of Object.keys(record).sort(byString)) sorted[key] = record[key]!;
  return sorted;
}

/** The organisation type used for grouping: the node's `orgType`, or `unspecified`. */
export function orgTypeOf(graph: KedjaGraph, node: string): string {
  const attributes = graph.getNodeAttributes(node);
  return attributes.kind === 'organisation' ? (attributes.orgType ?? 'unspecified') : 'unspecified';
}
