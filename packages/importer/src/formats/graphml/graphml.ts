/**
 * GraphML with typed keys. Writing is Kedja's own (graphology-graphml only parses): one `<key>` per
 * attribute name and element class, typed `boolean`, `long`, `double` or `string` from the values
 * the graph holds; lists, which GraphML lacks, are written as `a;b` text like in the canonical CSV
 * and the key's `<desc>` says so. Reading uses graphology-graphml and then the same checks as GEXF
 * (to-kedja-graph.ts), which turn `a;b` back into lists for the model's list attributes.
 * O(size of the graph). Reference: the GraphML Primer, graphml.graphdrawing.org.
 */
import type { KedjaGraph } from '@kedja/core';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { Attributes } from 'graphology-types';

import type { ImportResult } from '../../types.js';
import { GRAPH_TOO_LARGE, readText } from '../../guarded-file.js';
import {
  edgeIds,
  elementPositions,
  graphAttributesForFile,
  parseXml,
  reservedIds,
  shapeError,
  toKedjaGraph,
  type GraphFileOptions,
} from '../graph-file/index.js';
import { normaliseGraphmlKeys } from './yed.js';

type KeyClass = 'graph' | 'node' | 'edge';
type KeyType = 'boolean' | 'long' | 'double' | 'string';

interface Key {
  id: string;
  type: KeyType;
  list: boolean;
}

// XML 1.0 allows tab, newline and carriage return but no other control characters.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function valueType(value: unknown): KeyType | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The narrowest GraphML type that holds both. */
function widen(a: KeyType | undefined, b: KeyType): KeyType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function collectKeys(prefix: string, elements: Iterable<Attributes>): Map<string, Key> {
  const types = new Map<string, { type: KeyType | undefined; list: boolean }>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      const entry = types.get(name) ?? { type: undefined, list: false };
      if (Array.isArray(value)) {
        entry.list = true;
        entry.type = 'string';
      } else {
        const type = valueType(value);
        if (type !== undefined) entry.type = widen(entry.type, type);
      }
      types.set(name, entry);
    }
  }
  const keys = new Map<string, Key>();
  let i = 0;
  for (const [name, { type, list }] of types) {
    if (type === undefined && !list) continue;
    keys.set(name, { id: `${prefix}${i++}`, type: list ? 'string' : (type ?? 'string'), list });
  }
  return keys;
}

const text = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(';') : String(value));

/** The graph as GraphML text. */
export function graphToGraphml(graph: KedjaGraph): string {
  const graphAttributes = graphAttributesForFile(graph.getAttributes());
  const nodeAttributes: Attributes[] = [];
  graph.forEachNode((_node, attributes) => void nodeAttributes.push(attributes));
  const edgeAttributes: Attributes[] = [];
  graph.forEachEdge((_edge, attributes) => void edgeAttributes.push(attributes));
  const classes: [KeyClass, Map<string, Key>][] = [
    ['graph', collectKeys('g', [graphAttributes])],
    ['node', collectKeys('n', nodeAttributes)],
    ['edge', collectKeys('e', edgeAttributes)],
  ];
  const keysOf = new Map(classes);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [keyClass, keys] of classes) {
    for (const [name, key] of keys) {
      const head = `  <key id="${key.id}" for="${keyClass}" attr.name="${escapeXml(name)}" attr.type="${key.type}"`;
      lines.push(key.list ? `${head}><desc>list, items separated by ;</desc></key>` : `${head}/>`);
    }
  }
  const data = (indent: string, keyClass: KeyClass, attributes: Attributes) => {
    const keys = keysOf.get(keyClass)!;
    for (const [name, value] of Object.entries(attributes)) {
      const key = keys.get(name);
      if (key === undefined || value === undefined || value === null) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      lines.push(`${indent}<data key="${key.id}">${escapeXml(text(value))}</data>`);
    }
  };
  lines.push('  <graph edgedefault="directed">');
  data('    ', 'graph', graphAttributes);
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">`);
    data('      ', 'node', attributes);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    data('      ', 'edge', attributes);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Reads a GraphML file; problems come back as diagnostics with line and column. */
export async function readGraphml(file: string, options: GraphFileOptions = {}): Promise<ImportResult> {
  const read = await readText(file, 'graph file', GRAPH_TOO_LARGE);
  if (!read.ok) return { graph: null, diagnostics: [read.diagnostic] };
  return graphmlToGraph(read.value, file, options);
}

/** Parses GraphML text (`file` names it in diagnostics). */
export function graphmlToGraph(content: string, file: string, options: GraphFileOptions = {}): ImportResult {
  const xml = parseXml(content, file);
  if (!xml.document) return { graph: null, diagnostics: xml.diagnostics };
  const document = xml.document;
  if (document.documentElement?.tagName !== 'graphml') {
    return shapeError(file, `the root element is <${document.documentElement?.tagName}>, not <graphml>`);
  }
  if (document.getElementsByTagName('graph').length === 0) return shapeError(file, 'the file has no <graph> element');
  const reserved = reservedIds(document, file);
  if (reserved.length > 0) return { graph: null, diagnostics: reserved };
  // yEd's own keys and labels (yed.ts); Kedja's own files pass unchanged.
  const labels = normaliseGraphmlKeys(document);
  let parsed: MultiGraph;
  try {
    parsed = parse(MultiGraph, document as unknown as Parameters<typeof parse>[1]);
  } catch (error) {
    return shapeError(file, (error as Error).message.replace(/^graphology[-\w]*\/parser: /, ''));
  }
  for (const [node, label] of labels) {
    if (parsed.hasNode(node) && parsed.getNodeAttribute(node, 'label') === undefined) {
      parsed.setNodeAttribute(node, 'label', label);
    }
  }
  return toKedjaGraph(
    parsed,
    {
      file,
      format: 'GraphML',
      nodePositions: elementPositions(document, 'node'),
      edgePositions: elementPositions(document, 'edge'),
      edgeIds: edgeIds(document),
    },
    options,
  );
}
