/**
 * Building Kedja graphs: an empty graph of the right type, and typed helpers that add nodes and
 * dependency edges with deterministic edge keys (`uses:org->svc`), so that the same data always
 * serialises to the same JSON.
 */
import { MultiDirectedGraph } from 'graphology';

import { KedjaError, quoteValue } from '../errors.js';
import { MODEL_CODES } from './validate.js';

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

const KEY_SEPARATORS = /[%>#]/;

/** An id or qualifier as written in an edge key: `%`, `>` and `#` percent-encoded, everything else as it is. */
function keyPart(value: string): string {
  if (!KEY_SEPARATORS.test(value)) return value;
  return value.replaceAll('%', '%25').replaceAll('>', '%3E').replaceAll('#', '%23');
}

/**
 * The deterministic key of a dependency edge, `kind:source->target` or `kind:source->target#qualifier`;
 * `qualifier` tells apart parallel subcontracts. No two edges share a key whatever their ids hold:
 * `%`, `>` and `#` inside an id or qualifier are percent-encoded, so `->` and `#` occur only as the
 * separators (ids without those three characters appear as they are).
 */
export function edgeKey(kind: EdgeKind, source: string, target: string, qualifier?: string): string {
  const key = `${kind}:${keyPart(source)}->${keyPart(target)}`;
  return qualifier ? `${key}#${keyPart(qualifier)}` : key;
}

/** The names of the built-in properties of JavaScript objects (`constructor`, `__proto__`, `toString`, ...). */
const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The length and first character of each reserved id (`length * 65536 + first`), so that most ids
 * are known not to be one without hashing them: a loader checks every id of its graph, and a
 * command may never need their hashes.
 */
const RESERVED_SHAPES: ReadonlySet<number> = new Set([...RESERVED_IDS].map((id) => shape(id, id.length)));

/** 1 for each ASCII character a reserved id starts with: most ids are told apart by a byte read. */
const RESERVED_FIRST = new Uint8Array(128);
for (const id of RESERVED_IDS) RESERVED_FIRST[id.charCodeAt(0)] = 1;

function shape(id: string, length: number): number {
  return length * 65536 + id.charCodeAt(0);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

/**
 * True when `id` surely holds no control character and nothing that trim() removes: its ends are
 * printable ASCII other than a space, and nothing in it is below U+0020 or U+007F. False leaves
 * the question to the full checks. One pass over the id's characters.
 */
function plainId(id: string, length: number): boolean {
  const first = id.charCodeAt(0);
  const last = id.charCodeAt(length - 1);
  if (first <= 0x20 || first >= 0x7f || last <= 0x20 || last >= 0x7f) return false;
  for (let i = 1; i < length - 1; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

/** Why a node id cannot be one: a stable code and a message saying what to do. */
export interface NodeIdProblem {
  code: string;
  message: string;
}

/**
 * True when the ASCII bytes `bytes[from..to)` spell an id checkNodeId surely accepts, told from the
 * bytes without making a string: plain (as above) and not shaped like a reserved name (its length
 * and first character). False leaves the question to checkNodeId on the decoded id, which also
 * says why. A reader of many stored ids (a binary graph) checks them so. O(id).
 */
export function plainNodeIdBytes(bytes: Uint8Array, from: number, to: number): boolean {
  const length = to - from;
  if (length === 0) return true;
  const first = bytes[from]!;
  const last = bytes[to - 1]!;
  if (first <= 0x20 || first >= 0x7f || last <= 0x20 || last >= 0x7f) return false;
  if (RESERVED_FIRST[first] === 1 && RESERVED_SHAPES.has(length * 65536 + first)) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = bytes[i]!;
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

/**
 * Why `id` cannot be a node id, or undefined when it can. graphology keeps each node's neighbours
 * in plain objects keyed by id, so an id named like a built-in property of objects (`constructor`,
 * `toString`, `__proto__`) reads the built-in instead of a neighbour, or sets a prototype for the
 * whole process (KEDJA_MODEL_RESERVED_ID). An id with a control character (NUL, tab, line break)
 * or with spaces around it (which a CSV table trims) would not be the same id once written as CSV
 * and read again (KEDJA_MODEL_INVALID_ID). Every reader refuses such an id before a graph holds it.
 */
export function checkNodeId(id: string): NodeIdProblem | undefined {
  const length = id.length;
  if (length === 0) return undefined;
  const first = id.charCodeAt(0);
  const reserved =
    first < 128 && RESERVED_FIRST[first] === 1 && RESERVED_SHAPES.has(shape(id, length)) && RESERVED_IDS.has(id);
  if (!reserved && plainId(id, length)) return undefined;
  if (reserved) {
    return {
      code: MODEL_CODES.reservedId,
      message: `the id ${quoteValue(id)} is the name of a built-in property of JavaScript objects, which the graph library Kedja builds on cannot tell from its own; rename it (such as ${id}-1)`,
    };
  }
  const control = CONTROL.exec(id);
  if (control !== null) {
    const char = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      code: MODEL_CODES.invalidId,
      message: `the id ${quoteValue(id)} holds a control character (${char} at character ${control.index + 1}), which a CSV table cannot keep; remove it`,
    };
  }
  if (id.trim() !== id) {
    return {
      code: MODEL_CODES.invalidId,
      message: `the id ${quoteValue(id)} has spaces around it, which a CSV table trims; remove them`,
    };
  }
  return undefined;
}

/** Adds a node after checkNodeId. */
function addNode(graph: KedjaGraph, id: string, attributes: NodeAttributes): string {
  const problem = checkNodeId(id);
  if (problem !== undefined) throw new KedjaError(problem.code, problem.message);
  return graph.addNode(id, attributes);
}

/** Node or edge attributes without `kind`, which the helpers below set. */
export type Without<T> = Omit<T, 'kind'>;

/**
 * Adds an organisation (a municipality, region, agency or other body that depends on services).
 *
 * @example addOrganisation(graph, 'kommun-0125', { name: 'Ekerö kommun', orgType: 'municipality', population: 28000 })
 */
export function addOrganisation(graph: KedjaGraph, id: string, attributes: Without<OrganisationAttributes>): string {
  return addNode(graph, id, { kind: 'organisation', ...attributes });
}

/**
 * Adds a service (what organisations use: a SaaS, PaaS or IaaS offering, or another).
 *
 * @example addService(graph, 'journal', { name: 'Omsorgsjournal', model: 'SaaS', countries: ['SE'] })
 */
export function addService(graph: KedjaGraph, id: string, attributes: Without<ServiceAttributes>): string {
  return addNode(graph, id, { kind: 'service', ...attributes });
}

/**
 * Adds a supplier (a company that delivers services or subcontracts to another supplier).
 *
 * @example addSupplier(graph, 'sup-hosting', { name: 'Hallen Hosting AB', country: 'SE', parent: 'Hallen Group' })
 */
export function addSupplier(graph: KedjaGraph, id: string, attributes: Without<SupplierAttributes>): string {
  return addNode(graph, id, { kind: 'supplier', ...attributes });
}

/**
 * An organisation uses a service; `critical` (true unless said), the `function` it runs on it,
 * `maxOutageHours` it can bear, a `fallback` routine, and an `alternatives` group label.
 *
 * @example addUses(graph, 'kommun-0125', 'journal', { critical: true, function: 'home care', maxOutageHours: 24 })
 */
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

/**
 * An organisation holds a direct contract with a supplier for critical support (the study's question 15).
 *
 * @example addContracts(graph, 'kommun-0125', 'sup-payroll', { critical: true })
 */
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

/**
 * A supplier delivers a service; services with several providers under one `alternatives` label need only one.
 *
 * @example addProvidedBy(graph, 'journal', 'sup-journal-a', { alternatives: 'journal' })
 */
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

/**
 * A supplier needs a subcontractor to deliver; `rank` is the tier, `service` what it subcontracts
 * (it tells apart two subcontracts between the same pair).
 *
 * @example addSubcontracts(graph, 'sup-journal-a', 'sup-hosting', { rank: 2, service: 'hosting' })
 */
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
