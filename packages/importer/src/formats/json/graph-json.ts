/**
 * Graphology JSON (the serialised graph: `{ attributes, options, nodes: [{ key, attributes }],
 * edges: [{ key, source, target, attributes }] }`), the form the viewer and later tools load
 * without the CSV folder.
 *
 * Reading checks the shape and then the model (`validateGraph`), and reports every problem with
 * line and column in the file. Writing puts one node or edge per line, so that files diff well.
 * O(size of the file).
 */
import { readFile, writeFile } from 'node:fs/promises';

import {
  createKedjaGraph,
  edgeKey,
  EDGE_KINDS,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type EdgeAttributes,
  type EdgeKind,
  type KedjaGraph,
  type NodeAttributes,
} from '@kedja/core';
import { findNodeAtLocation, parse as parseLenient, parseTree, type JSONPath, type ParseError } from 'jsonc-parser';

import { IMPORT_CODES } from '../../errors.js';
import type { ImportResult } from '../../types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export async function readGraphJson(file: string): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    diagnostics.push({ file, code: IMPORT_CODES.inputNotFound, severity: 'error', message: 'cannot read this file' });
    return { graph: null, diagnostics };
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { allowTrailingComma: false, disallowComments: true });
    const offset = errors[0]?.offset ?? 0;
    diagnostics.push({
      file,
      ...position(text, offset),
      code: IMPORT_CODES.jsonSyntax,
      severity: 'error',
      message: `not valid JSON: ${(error as Error).message}`,
    });
    return { graph: null, diagnostics };
  }

  // Locations are looked up only when there is something to report.
  let tree: ReturnType<typeof parseTree> | undefined;
  const locate = (path: JSONPath) => {
    tree ??= parseTree(text);
    const node = tree ? findNodeAtLocation(tree, path) : undefined;
    return node ? position(text, node.offset) : {};
  };
  const shape = (path: JSONPath, message: string) =>
    diagnostics.push({ file, ...locate(path), code: IMPORT_CODES.jsonShape, severity: 'error', message });

  if (!isObject(data) || !Array.isArray(data.nodes)) {
    shape([], 'expected a graphology graph: an object with a "nodes" list (and an "edges" list)');
    return { graph: null, diagnostics };
  }
  if (isObject(data.options) && data.options.type === 'undirected') {
    shape(['options', 'type'], 'a Kedja graph is directed; this file holds an undirected graph');
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) {
    shape(['edges'], '"edges" must be a list');
    return { graph: null, diagnostics };
  }

  const graph = createKedjaGraph(isObject(data.attributes) ? (data.attributes as object) : {});
  const nodePaths = new Map<string, JSONPath>();
  const edgePaths = new Map<string, JSONPath>();
  data.nodes.forEach((node, i) => {
    const path = ['nodes', i];
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) {
      shape(path, 'every node needs a "key" (its id)');
      return;
    }
    const key = String(node.key);
    if (graph.hasNode(key)) {
      shape(path, `node key ${JSON.stringify(key)} appears twice`);
      return;
    }
    if (node.attributes !== undefined && !isObject(node.attributes)) {
      shape([...path, 'attributes'], '"attributes" must be an object');
      return;
    }
    graph.addNode(key, (node.attributes ?? {}) as unknown as NodeAttributes);
    nodePaths.set(key, path);
  });
  ((data.edges ?? []) as unknown[]).forEach((edge, i) => {
    const path = ['edges', i];
    if (
      !isObject(edge) ||
      (typeof edge.source !== 'string' && typeof edge.source !== 'number') ||
      (typeof edge.target !== 'string' && typeof edge.target !== 'number')
    ) {
      shape(path, 'every edge needs a "source" and a "target"');
      return;
    }
    const source = String(edge.source);
    const target = String(edge.target);
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!graph.hasNode(id)) {
        shape([...path, end], `edge ${end} ${JSON.stringify(id)} is not a node of this graph`);
        return;
      }
    }
    const attributes = (isObject(edge.attributes) ? edge.attributes : {}) as Json;
    const kind = attributes.kind as EdgeKind;
    const key =
      edge.key !== undefined
        ? String(edge.key)
        : edgeKey(
            EDGE_KINDS.includes(kind) ? kind : ('unknown' as EdgeKind),
            source,
            target,
            typeof attributes.service === 'string' ? attributes.service : undefined,
          );
    if (graph.hasEdge(key)) {
      shape(path, `edge key ${JSON.stringify(key)} appears twice`);
      return;
    }
    if (edge.undirected === true) {
      shape([...path, 'undirected'], 'edges must be directed, from the dependent to what it depends on');
      return;
    }
    graph.addDirectedEdgeWithKey(key, source, target, attributes as unknown as EdgeAttributes);
    edgePaths.set(key, path);
  });

  if (!hasErrors(diagnostics)) {
    for (const d of validateGraph(graph)) {
      const path =
        (d.edge !== undefined ? edgePaths.get(d.edge) : undefined) ??
        (d.node !== undefined ? nodePaths.get(d.node) : undefined);
      diagnostics.push({ file, ...(path ? locate(path) : {}), ...d });
    }
  }
  return hasErrors(diagnostics) ? { graph: null, diagnostics } : { graph, diagnostics };
}

/** The graph as graphology JSON text, one node or edge per line. */
export function graphToJson(graph: KedjaGraph): string {
  const data = graph.export();
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "attributes": ${JSON.stringify(data.attributes ?? {})},`,
    `  "options": ${JSON.stringify(data.options)},`,
    `  "nodes": [\n${lines(data.nodes)}\n  ],`,
    `  "edges": [\n${lines(data.edges)}\n  ]`,
    '}',
    '',
  ].join('\n');
}

export async function writeGraphJson(graph: KedjaGraph, file: string): Promise<void> {
  await writeFile(file, graphToJson(graph), 'utf8');
}
