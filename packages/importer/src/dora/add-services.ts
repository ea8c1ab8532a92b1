/**
 * The ICT services of B_02.02 as services: one per arrangement and type of ICT services (id
 * `<arrangement>/<type>`, model from S17/S18/S19, category the type's name, countries from the
 * data locations), provided by the row's direct provider and used by the row's entity for its
 * function (several functions joined with `;`). A second direct provider for the same service is
 * kept, with a warning: the service then needs both. O(rows).
 */
import { addProvidedBy, addUses, edgeKey, type ServiceAttributes } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import type { BuildContext } from './build-context.js';
import { checkArrangement, checkServiceType } from './check-references.js';
import { entityNode } from './entity-nodes.js';
import { ICT_SERVICE_TYPES, serviceModel } from './ict-service-types.js';
import type { ServiceUseRecord } from './read-b02-02.js';
import { supplierNode } from './supplier-nodes.js';
import { nodeIdOf } from './node-ids.js';
import { cellProblem, report } from './utils.js';

/** The direct provider codes of each service id, as B_02.02 gives them. */
export type DirectProviders = Map<string, Set<string>>;

export function addServices(context: BuildContext, uses: readonly ServiceUseRecord[]): DirectProviders {
  const directProviders: DirectProviders = new Map();
  for (const use of uses) addServiceUse(context, use, directProviders);
  return directProviders;
}

function addServiceUse(context: BuildContext, use: ServiceUseRecord, directProviders: DirectProviders): void {
  const { graph } = context;
  const { at, arrangement, type } = use;
  checkArrangement(context, arrangement, at);
  const user = entityNode(context, use.entity, at, 'c0020');
  const provider = supplierNode(context, use.provider, at, 'c0030');
  checkServiceType(context, type, at, 'c0060');
  report(context.diagnostics, use.warnings);
  const service = nodeIdOf(context, `${arrangement}/${type}`, at, 'c0060');
  if (!graph.hasNode(service)) {
    graph.addNode(service, {
      kind: 'service',
      name: `${graph.getNodeAttribute(provider, 'name')}: ${ICT_SERVICE_TYPES[type] ?? type} (${arrangement})`,
      model: serviceModel(type),
      category: ICT_SERVICE_TYPES[type] ?? type,
    });
  }
  if (use.countries.length > 0) {
    const current = (graph.getNodeAttributes(service) as ServiceAttributes).countries ?? [];
    graph.mergeNodeAttributes(service, { countries: [...new Set([...current, ...use.countries])] });
  }
  const direct = directProviders.get(service) ?? new Set<string>();
  if (direct.size > 0 && !direct.has(use.provider)) {
    const message = `arrangement ${arrangement} already has the direct provider ${[...direct].join(', ')} for ${type}; the service now needs both`;
    context.diagnostics.push(cellProblem(at, IMPORT_CODES.doraInconsistent, 'warning', 'c0030', message));
  }
  if (!graph.hasEdge(edgeKey('providedBy', service, provider))) addProvidedBy(graph, service, provider);
  directProviders.set(service, direct.add(use.provider));
  addUse(context, user, service, use.functionId);
}

/** The `uses` edge from `user` to `service`, adding `functionId` to the functions it already has. */
function addUse(context: BuildContext, user: string, service: string, functionId: string): void {
  const { graph } = context;
  const uses = edgeKey('uses', user, service);
  if (!graph.hasEdge(uses)) addUses(graph, user, service, functionId ? { function: functionId } : {});
  else if (functionId) {
    const previous = (graph.getEdgeAttributes(uses) as { function?: string }).function;
    const functions = new Set([...(previous ? previous.split(';') : []), functionId]);
    graph.mergeEdgeAttributes(uses, { function: [...functions].join(';') });
  }
}
