/**
 * Turning a graph parsed from a GEXF or GraphML file (a plain graphology graph, whatever the file
 * held) into a Kedja graph, or into diagnostics that point into the file. The node and edge kinds
 * must be there: a file without any `kind` gets one clear error that says how to add them, not
 * one error per element. Names come from `name`, or from the element's `label` (what Gephi shows);
 * model attributes written as text are read with the CSV rules (attribute-types.ts); extra
 * attributes (Gephi's positions and colours) are kept. Edges without an id get Kedja's
 * deterministic key. Then `validateGraph` checks the model. O(V + E).
 */
import {
  createKedjaGraph,
  edgeKey,
  EDGE_KINDS,
  hasErrors,
  MODEL_CODES,
  NODE_KINDS,
  validateGraph,
  type Diagnostic,
  type EdgeAttributes,
  type EdgeKind,
  type NodeAttributes,
  type NodeKind,
} from '@kedja/core';
import type { AbstractGraph, Attributes } from 'graphology-types';

import { quoteValue } from '@kedja/core';
import type { ImportResult } from '../../types.js';
import { IMPORT_CODES } from '../../errors.js';
import { coerce } from './attribute-types.js';
import { graphAttributesFromFile } from './graph-attributes.js';
import { applyNodeKinds, type GraphFileOptions } from './node-kinds.js';
import type { Position } from './xml-document.js';

export interface GraphFileSource {
  file: string;
  /** What the file is, for messages: "GEXF", "GraphML". */
  format: string;
  nodePositions: Map<string, Position>;
  edgePositions: Map<string, Position>;
  /** The `id` of every edge element in document order (null where the element had none). */
  edgeIds: readonly (string | null)[];
}

const isNodeKind = (value: unknown): value is NodeKind => NODE_KINDS.includes(value as NodeKind);
const isEdgeKind = (value: unknown): value is EdgeKind => EDGE_KINDS.includes(value as EdgeKind);

/** A few of `nodes` with their labels, for a message: `n5 ("Server room")`. */
function describeNodes(parsed: AbstractGraph, nodes: readonly string[]): string {
  const shown = nodes.slice(0, 5).map((node) => {
    const label = parsed.getNodeAttribute(node, 'label') ?? parsed.getNodeAttribute(node, 'name');
    return label === undefined ? node : `${node} (${quoteValue(String(label))})`;
  });
  return `${shown.join(', ')}${nodes.length > 5 ? ` and ${nodes.length - 5} more` : ''}`;
}

export function toKedjaGraph(
  parsed: AbstractGraph,
  source: GraphFileSource,
  options: GraphFileOptions = {},
): ImportResult {
  const { file, format } = source;
  const diagnostics: Diagnostic[] = [];
  const fail = (code: string, message: string, where: Partial<Position> = {}): ImportResult => {
    diagnostics.push({ file, ...where, code, severity: 'error', message });
    return { graph: null, diagnostics };
  };

  let undirected: string | undefined;
  parsed.forEachEdge((edge, _a, _s, _t, _sa, _ta, isUndirected) => {
    if (isUndirected && undirected === undefined) undirected = edge;
  });
  if (undirected !== undefined) {
    return fail(
      IMPORT_CODES.graphShape,
      `the ${format} file holds undirected edges; Kedja's edges are directed, from the dependent to what it depends on (set the graph's default edge type to directed)`,
      source.edgePositions.get(undirected),
    );
  }

  if (options.nodeKinds !== undefined && options.nodeKinds.length > 0) {
    const unmatched = applyNodeKinds(parsed, options.nodeKinds);
    if (unmatched.length > 0) {
      return fail(
        IMPORT_CODES.graphNoKinds,
        `${unmatched.length} node(s) have no "kind" and match no node-kind rule: ${describeNodes(parsed, unmatched)}; add a rule that covers them (value * matches any value)`,
        source.nodePositions.get(unmatched[0]!),
      );
    }
  }

  let nodesWithKind = 0;
  parsed.forEachNode((_node, attributes) => void (attributes.kind !== undefined && nodesWithKind++));
  if (parsed.order > 0 && nodesWithKind === 0) {
    return fail(
      IMPORT_CODES.graphNoKinds,
      `no node has a "kind" attribute; Kedja needs kind = ${NODE_KINDS.join(' | ')} on every node ` +
        `(in Gephi: add a node column named kind in the Data Laboratory and fill it), ` +
        `or map the file's own attributes to kinds with node-kind rules (kedja import --node-kind)`,
    );
  }
  let edgesWithKind = 0;
  parsed.forEachEdge((_edge, attributes) => void (attributes.kind !== undefined && edgesWithKind++));
  if (parsed.size > 0 && edgesWithKind === 0) {
    return fail(
      IMPORT_CODES.graphNoKinds,
      `no edge has a "kind" attribute; Kedja needs kind = ${EDGE_KINDS.join(' | ')} on every edge ` +
        `(in GEXF the edge's kind attribute, in GraphML a data key named kind)`,
    );
  }

  const graph = createKedjaGraph(graphAttributesFromFile(parsed.getAttributes()));
  parsed.forEachNode((node, raw) => {
    const attributes: Attributes = {};
    const kind = raw.kind;
    for (const [name, value] of Object.entries(raw)) {
      attributes[name] = isNodeKind(kind) ? coerce(kind, name, value) : value;
    }
    if (attributes.name === undefined && typeof raw.label === 'string') attributes.name = raw.label;
    if (attributes.label === attributes.name) delete attributes.label;
    graph.addNode(node, attributes as NodeAttributes);
  });

  const edgePositions = new Map<string, Position>();
  let index = 0;
  let duplicate: { key: string; position?: Position } | undefined;
  let selfLoop: { key: string; node: string; position?: Position } | undefined;
  parsed.forEachEdge((edge, raw, source_, target) => {
    const fileId = source.edgeIds[index++];
    const attributes: Attributes = {};
    const kind = raw.kind;
    for (const [name, value] of Object.entries(raw)) {
      attributes[name] = isEdgeKind(kind) ? coerce(kind, name, value) : value;
    }
    const key =
      fileId ??
      edgeKey(
        isEdgeKind(kind) ? kind : ('unknown' as EdgeKind),
        source_,
        target,
        typeof attributes.service === 'string' ? attributes.service : undefined,
      );
    const position = source.edgePositions.get(edge);
    if (source_ === target) {
      selfLoop ??= { key, node: source_, ...(position ? { position } : {}) };
      return;
    }
    if (graph.hasEdge(key)) {
      duplicate ??= { key, ...(position ? { position } : {}) };
      return;
    }
    graph.addDirectedEdgeWithKey(key, source_, target, attributes as EdgeAttributes);
    if (position) edgePositions.set(key, position);
  });
  if (selfLoop !== undefined) {
    return fail(MODEL_CODES.selfLoop, `${selfLoop.node} cannot depend on itself`, selfLoop.position);
  }
  if (duplicate !== undefined) {
    return fail(
      IMPORT_CODES.graphShape,
      `two edges have the key ${quoteValue(duplicate.key)}; give every edge its own id`,
      duplicate.position,
    );
  }

  for (const d of validateGraph(graph)) {
    const position =
      (d.edge !== undefined ? edgePositions.get(d.edge) : undefined) ??
      (d.node !== undefined ? source.nodePositions.get(d.node) : undefined);
    diagnostics.push({ file, ...(position ?? {}), ...d });
  }
  return hasErrors(diagnostics) ? { graph: null, diagnostics } : { graph, diagnostics };
}

/** A graph file whose structure is not what its format promises. */
export function shapeError(file: string, message: string): ImportResult {
  return { graph: null, diagnostics: [{ file, code: IMPORT_CODES.graphShape, severity: 'error', message }] };
}
