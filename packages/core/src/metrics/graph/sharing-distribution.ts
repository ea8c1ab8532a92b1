/**
 * Sharing distributions of a whole graph: for services (one histogram per model: SaaS, PaaS, IaaS,
 * other) and for suppliers three ways: contracted (Tabell 6.3's question), declared (contracted or
 * providing a used service directly) and effective (affected when it fails alone, subcontractors
 * included). O(V + E) plus one systemic ranking for the effective histogram.
 */
import { SERVICE_MODELS, type KedjaGraph, type ServiceModel } from '../../model/index.js';
import { contractedSharing, declaredSharing, effectiveSharing, serviceSharing } from '../node/index.js';
import { checkGraph, checkOptions, resolveEngine, type EngineOptions } from '../utils.js';
import { histogram, type Histogram } from './histogram.js';

const PATH = 'metrics/graph/sharing-distribution';

export interface SharingDistribution {
  services: Record<ServiceModel, Histogram>;
  suppliersContracted: Histogram;
  suppliersDeclared: Histogram;
  suppliersEffective: Histogram;
}

export function sharingDistribution(graph: KedjaGraph, options: EngineOptions = {}): SharingDistribution {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const engine = resolveEngine(graph, options, PATH);
  const services = {} as Record<ServiceModel, Histogram>;
  for (const model of SERVICE_MODELS) services[model] = histogram(serviceSharing(graph, { models: [model] }));
  return {
    services,
    suppliersContracted: histogram(contractedSharing(graph)),
    suppliersDeclared: histogram(declaredSharing(graph)),
    suppliersEffective: histogram(effectiveSharing(graph, { engine })),
  };
}
