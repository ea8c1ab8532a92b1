/**
 * Category usage, the study's Tabell 6.1: per service category and organisation type, the number of
 * distinct services of that category used by at least one organisation of that type. Services
 * without a category or without users are left out; a type that uses no service of a category is absent (the study's
 * "inga data"). Options: `models` (default all). O(V + E).
 */
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import { SERVICE_MODELS, type KedjaGraph, type ServiceModel } from '../../model/index.js';
import { checkGraph, checkOptions, increment, nodesOfKind, orgTypeOf, sortKeys } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/graph/category-usage';

export interface CategoryUsageOptions {
  models?: readonly ServiceModel[];
}

const DEFAULTS: Required<CategoryUsageOptions> = { models: SERVICE_MODELS };

/** category → organisation type → number of distinct services; keys sorted. */
export function categoryUsage(
  graph: KedjaGraph,
  options: CategoryUsageOptions = {},
): Record<string, Record<string, number>> {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const models = options.models ?? DEFAULTS.models;
  if (!Array.isArray(models) || models.some((m) => !SERVICE_MODELS.includes(m))) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${PATH}: models must be a list of ${SERVICE_MODELS.join(', ')}`);
  }
  const usage: Record<string, Record<string, number>> = dataRecord();
  for (const service of nodesOfKind(graph, 'service')) {
    const attributes = graph.getNodeAttributes(service);
    if (attributes.kind !== 'service' || !attributes.category) continue;
    if (!models.includes(attributes.model ?? 'other')) continue;
    const types = new Set<string>();
    graph.forEachInEdge(service, (_edge, edge, source) => {
      if (edge.kind === 'uses') types.add(orgTypeOf(graph, source));
    });
    if (types.size === 0) continue;
    const row = (usage[attributes.category] ??= dataRecord());
    for (const type of types) increment(row, type);
  }
  for (const category of Object.keys(usage)) usage[category] = sortKeys(usage[category]!);
  return sortKeys(usage);
}
