/**
 * Building Kedja graphs: an empty graph of the right type, and typed helpers that add nodes and
 * dependency edges with deterministic edge keys (`uses:org->svc`), so that the same data always
 * serialises to the same JSON.
 */
import { MultiDirectedGraph } from 'graphology';

import type {
  ContractsAttributes,
  EdgeAttributes,
  EdgeKind,
  GraphAttributes,
  KedjaGraph,
  NodeAttributes,
  OrganisationAttributes,
  ProvidedByAttributes,
  ServiceAttributes,
  SubcontractsAttributes,
  SupplierAttributes,
  UsesAttributes,
} from './types.js';

/** An empty Kedja graph: directed, multi, no self-loops. */
export function createKedjaGraph(attributes: GraphAttributes = {}): KedjaGraph {
  const graph: KedjaGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);
  return graph;
}

/** The deterministic key of a dependency edge; `qualifier` tells apart parallel subcontracts. */
export function edgeKey(kind: EdgeKind, source: string, target: string, qualifier?: string): string {
  return qualifier ? `${kind}:${source}->${target}#${qualifier}` : `${kind}:${source}->${target}`;
}

type Without<T> = Omit<T, 'kind'>;

export function addOrganisation(graph: KedjaGraph, id: string, attributes: Without<OrganisationAttributes>): string {
  return graph.addNode(id, { kind: 'organisation', ...attributes });
}

export function addService(graph: KedjaGraph, id: string, attributes: Without<ServiceAttributes>): string {
  return graph.addNode(id, { kind: 'service', ...attributes });
}

export function addSupplier(graph: KedjaGraph, id: string, attributes: Without<SupplierAttributes>): string {
  return graph.addNode(id, { kind: 'supplier', ...attributes });
}

export function addUses(
  graph: KedjaGraph,
  organisation: string,
  service: string,
  attributes: Without<UsesAttributes> = {},
): string {
  return graph.addDirectedEdgeWithKey(edgeKey('uses', organisation, service), organisation, service, {
    kind: 'uses',
    ...attributes,
  });
}

export function addContracts(
  graph: KedjaGraph,
  organisation: string,
  supplier: string,
  attributes: Without<ContractsAttributes> = {},
): string {
  return graph.addDirectedEdgeWithKey(edgeKey('contracts', organisation, supplier), organisation, supplier, {
    kind: 'contracts',
    ...attributes,
  });
}

export function addProvidedBy(
  graph: KedjaGraph,
  service: string,
  supplier: string,
  attributes: Without<ProvidedByAttributes> = {},
): string {
  return graph.addDirectedEdgeWithKey(edgeKey('providedBy', service, supplier), service, supplier, {
    kind: 'providedBy',
    ...attributes,
  });
}

export function addSubcontracts(
  graph: KedjaGraph,
  supplier: string,
  subcontractor: string,
  attributes: Without<SubcontractsAttributes> = {},
): string {
  return graph.addDirectedEdgeWithKey(
    edgeKey('subcontracts', supplier, subcontractor, attributes.service),
    supplier,
    subcontractor,
    { kind: 'subcontracts', ...attributes },
  );
}

/** The display name of a node, falling back to its id. */
export function nodeName(graph: KedjaGraph, id: string): string {
  const name = graph.getNodeAttribute(id, 'name');
  return typeof name === 'string' && name !== '' ? name : id;
}
