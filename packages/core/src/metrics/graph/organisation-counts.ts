/**
 * Organisation counts behind the sharing tables: per service model, how many organisations of each
 * type use at least one service of that model (the study's "51 kommuner och 37 myndigheter" who
 * named SaaS), and how many of each type contract at least one supplier ("29 kommuner och 39
 * myndigheter" answered question 15). O(V + E).
 */
import { SERVICE_MODELS, type KedjaGraph, type ServiceModel } from '../../model/index.js';
import { checkGraph, increment, nodesOfKind, orgTypeOf, sortKeys } from '../utils.js';
import { dataRecord } from '../../model/index.js';

export interface OrganisationCounts {
  /** model → organisation type → organisations using at least one service of the model. */
  users: Record<ServiceModel, Record<string, number>>;
  /** organisation type → organisations with at least one `contracts` edge. */
  contracting: Record<string, number>;
}

export function organisationCounts(graph: KedjaGraph): OrganisationCounts {
  checkGraph(graph, 'metrics/graph/organisation-counts');
  const users = {} as Record<ServiceModel, Record<string, number>>;
  for (const model of SERVICE_MODELS) users[model] = dataRecord();
  const contracting: Record<string, number> = dataRecord();
  for (const organisation of nodesOfKind(graph, 'organisation')) {
    const type = orgTypeOf(graph, organisation);
    const models = new Set<ServiceModel>();
    let contracts = false;
    graph.forEachOutEdge(organisation, (_edge, attributes, _source, target) => {
      if (attributes.kind === 'contracts') contracts = true;
      if (attributes.kind !== 'uses') return;
      const service = graph.getNodeAttributes(target);
      models.add((service.kind === 'service' && service.model) || 'other');
    });
    for (const model of models) increment(users[model], type);
    if (contracts) increment(contracting, type);
  }
  for (const model of SERVICE_MODELS) users[model] = sortKeys(users[model]);
  return { users, contracting: sortKeys(contracting) };
}
