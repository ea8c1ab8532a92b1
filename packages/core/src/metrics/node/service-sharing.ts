/**
 * Service sharing: for each service, how many distinct organisations use it (`uses` edges). This is
 * the study's "molntjänst som delas av n organisationer" (MSB1196, Tabell 6.2), per service.
 * Options: `models` restricts the mapping to services of those models. O(V + E).
 */
import { SERVICE_MODELS, type ServiceModel } from '../../model/index.js';
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import { defineNodeMetric, dependentsOf, nodesOfKind, type Mapping } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/node/service-sharing';

export interface ServiceSharingOptions {
  /** Only services of these models (a service without a model counts as `other`). Default: all. */
  models?: readonly ServiceModel[];
}

const DEFAULTS: Required<ServiceSharingOptions> = { models: SERVICE_MODELS };

export const serviceSharing = defineNodeMetric<ServiceSharingOptions, number>(PATH, 'sharing', (graph, options) => {
  const models = options.models ?? DEFAULTS.models;
  if (!Array.isArray(models) || models.some((m) => !SERVICE_MODELS.includes(m))) {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${PATH}: models must be a list of ${SERVICE_MODELS.join(', ')}`);
  }
  const sharing: Mapping<number> = dataRecord();
  for (const service of nodesOfKind(graph, 'service')) {
    const attributes = graph.getNodeAttributes(service);
    const model = (attributes.kind === 'service' && attributes.model) || 'other';
    if (models.includes(model)) sharing[service] = dependentsOf(graph, service, ['uses']).size;
  }
  return sharing;
});
