/**
 * Graphology JSON (the serialised graph: `{ attributes, options, nodes: [{ key, attributes }],
 * edges: [{ key, source, target, attributes }] }`), the form the viewer and later tools load
 * without the CSV folder.
 *
 * Reading checks the shape and then the model (`validateGraph`), and reports every problem with
 * line and column in the file. Writing puts one node or edge per line, so that files diff well.
 * O(size of the file).
 */
import { writeFile } from 'node:fs/promises';

import {
  createKedjaGraph,
  edgeKey,
  EDGE_KINDS,
  hasErrors,
  MODEL_CODES,
  validateGraph,
  type Diagnostic,
  type EdgeAttributes,
  type EdgeKind,
  type KedjaGraph,
  type NodeAttributes,
} from '@kedja/core';
import { checkNodeId } from '@kedja/core/kernel';
import { findNodeAtLocation, parse as parseLenient, parseTree, type JSONPath, type ParseError } from 'jsonc-parser';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import { GRAPH_TOO_LARGE, NUL_MESSAGE, readText } from '../../guarded-file.js';
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

/** Deeper than any graph file needs (a graph is nested a few levels; attributes a few more). */
const MAX_DEPTH = 256;

/**
 * The offset at which arrays and objects first nest deeper than `MAX_DEPTH`, or -1. Strings are
 * skipped, escapes included. The parsers that find line and column recurse once per level, so a
 * file nested thousands deep would overflow the stack: it is refused before they run. O(length).
 */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** `\u0000` in a JSON string: the escape, after an even number of backslashes (`\\u0000` is text). */
const ESCAPED_NUL = /(?<!\\)(?:\\\\)*\\u0000/;

/** The file's text parsed, or a syntax diagnostic at the first error's line and column. */
async function parseFile(file: string, diagnostics: Diagnostic[]): Promise<{ text: string; data: unknown } | null> {
  const read = await readText(file, 'graph file', GRAPH_TOO_LARGE);
  if (!read.ok) {
    diagnostics.push(read.diagnostic);
    return null;
  }
  // A byte-order mark (which some Windows editors write) is not part of the JSON, as in CSV.
  const text = read.value.replace(/^\uFEFF/, '');
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    diagnostics.push({
      file,
      ...position(text, deep),
      code: IMPORT_CODES.jsonShape,
      severity: 'error',
      message: `arrays and objects nested more than ${MAX_DEPTH} deep; a graph file is nested a few levels`,
    });
    return null;
  }
  // NUL written as an escape (raw NUL is refused when the file is read): no table keeps it either.
  const nul = ESCAPED_NUL.exec(text);
  if (nul !== null) {
    diagnostics.push({
      file,
      ...position(text, nul.index + nul[0].length - 6),
      code: IMPORT_CODES.inputEncoding,
      severity: 'error',
      message: NUL_MESSAGE,
    });
    return null;
  }
  try {
    return { text, data: JSON.parse(text) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { allowTrailingComma: false, disallowComments: true });
    diagnostics.push({
      file,
      ...position(text, errors[0]?.offset ?? 0),
      code: IMPORT_CODES.jsonSyntax,
      severity: 'error',
      message: `not valid JSON: ${(error as Error).message}`,
    });
    return null;
  }
}

/**
 * Builds the graph from parsed graphology JSON, reporting shape problems at their place in the
 * file. Locations are looked up (a second, position-keeping parse) only when there is something
 * to report.
 */
class GraphBuilder {
  readonly nodePaths = new Map<string, JSONPath>();
  readonly edgePaths = new Map<string, JSONPath>();
  private tree: ReturnType<typeof parseTree> | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
    readonly graph: KedjaGraph,
    readonly diagnostics: Diagnostic[],
  ) {}

  locate(path: JSONPath): { line?: number; column?: number } {
    this.tree ??= parseTree(this.text);
    const node = this.tree ? findNodeAtLocation(this.tree, path) : undefined;
    return node ? position(this.text, node.offset) : {};
  }

  shape(path: JSONPath, message: string): void {
    this.diagnostics.push({
      file: this.file,
      ...this.locate(path),
      code: IMPORT_CODES.jsonShape,
      severity: 'error',
      message,
    });
  }

  addNode(node: unknown, i: number): void {
    const path = ['nodes', i];
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) {
      this.shape(path, 'every node needs a "key" (its id)');
      return;
    }
    const key = String(node.key);
    const refused = checkNodeId(key);
    if (refused !== undefined) {
      const at = { file: this.file, ...this.locate([...path, 'key']) };
      this.diagnostics.push({ ...at, ...refused, severity: 'error' });
      return;
    }
    if (this.graph.hasNode(key)) {
      this.shape(path, `node key ${quoteValue(key)} appears twice`);
      return;
    }
    if (node.attributes !== undefined && !isObject(node.attributes)) {
      this.shape([...path, 'attributes'], '"attributes" must be an object');
      return;
    }
    this.graph.addNode(key, (node.attributes ?? {}) as unknown as NodeAttributes);
    this.nodePaths.set(key, path);
  }

  addEdge(edge: unknown, i: number): void {
    const path = ['edges', i];
    if (
      !isObject(edge) ||
      (typeof edge.source !== 'string' && typeof edge.source !== 'number') ||
      (typeof edge.target !== 'string' && typeof edge.target !== 'number')
    ) {
      this.shape(path, 'every edge needs a "source" and a "target"');
      return;
    }
    const source = String(edge.source);
    const target = String(edge.target);
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!this.graph.hasNode(id)) {
        this.shape([...path, end], `edge ${end} ${quoteValue(id)} is not a node of this graph`);
        return;
      }
    }
    const attributes = (isObject(edge.attributes) ? edge.attributes : {}) as Json;
    const key = edge.key !== undefined ? String(edge.key) : defaultEdgeKey(attributes, source, target);
    if (this.graph.hasEdge(key)) {
      this.shape(path, `edge key ${quoteValue(key)} appears twice`);
      return;
    }
    if (edge.undirected === true) {
      this.shape([...path, 'undirected'], 'edges must be directed, from the dependent to what it depends on');
      return;
    }
    if (source === target) {
      this.diagnostics.push({
        file: this.file,
        ...this.locate(path),
        code: MODEL_CODES.selfLoop,
        severity: 'error',
        message: `${source} cannot depend on itself`,
        edge: key,
      });
      return;
    }
    this.graph.addDirectedEdgeWithKey(key, source, target, attributes as unknown as EdgeAttributes);
    this.edgePaths.set(key, path);
  }

  /** The model's problems, placed at the node or edge they are about. */
  validate(): void {
    for (const d of validateGraph(this.graph)) {
      const path =
        (d.edge !== undefined ? this.edgePaths.get(d.edge) : undefined) ??
        (d.node !== undefined ? this.nodePaths.get(d.node) : undefined);
      this.diagnostics.push({ file: this.file, ...(path ? this.locate(path) : {}), ...d });
    }
  }
}

/** The key Kedja gives an edge that has none in the file. */
function defaultEdgeKey(attributes: Json, source: string, target: string): string {
  const kind = attributes.kind as EdgeKind;
  return edgeKey(
    EDGE_KINDS.includes(kind) ? kind : ('unknown' as EdgeKind),
    source,
    target,
    typeof attributes.service === 'string' ? attributes.service : undefined,
  );
}

export async function readGraphJson(file: string): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const parsed = await parseFile(file, diagnostics);
  if (parsed === null) return { graph: null, diagnostics };
  const { text, data } = parsed;
  const shapeOnly = new GraphBuilder(file, text, createKedjaGraph(), diagnostics);
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    shapeOnly.shape([], 'expected a graphology graph: an object with a "nodes" list (and an "edges" list)');
    return { graph: null, diagnostics };
  }
  if (isObject(data.options) && data.options.type === 'undirected') {
    shapeOnly.shape(['options', 'type'], 'a Kedja graph is directed; this file holds an undirected graph');
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) {
    shapeOnly.shape(['edges'], '"edges" must be a list');
    return { graph: null, diagnostics };
  }
  const graph = createKedjaGraph(isObject(data.attributes) ? (data.attributes as object) : {});
  const builder = new GraphBuilder(file, text, graph, diagnostics);
  data.nodes.forEach((node, i) => builder.addNode(node, i));
  ((data.edges ?? []) as unknown[]).forEach((edge, i) => builder.addEdge(edge, i));
  if (!hasErrors(diagnostics)) builder.validate();
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
