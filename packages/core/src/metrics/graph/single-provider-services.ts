/**
 * Services with a single provider and no alternative: services with exactly one supplier in their
 * `providedBy` edges. Whoever uses one depends on that supplier whatever else they do. (Services
 * whose provider is unknown are not listed.) Sorted by id. O(V + E).
 */
import type { KedjaGraph } from '../../model/index.js';
import { byString, checkGraph, nodesOfKind } from '../utils.js';

export function singleProviderServices(graph: KedjaGraph): string[] {
  checkGraph(graph, 'metrics/graph/single-provider-services');
  return nodesOfKind(graph, 'service')
    .filter((service) => {
      const providers = new Set<string>();
      graph.forEachOutEdge(service, (_edge, attributes, _source, target) => {
        if (attributes.kind === 'providedBy') providers.add(target);
      });
      return providers.size === 1;
    })
    .sort(byString);
}
