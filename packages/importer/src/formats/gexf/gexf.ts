/**
 * GEXF, the file format of Gephi, written and parsed by graphology-gexf (GEXF 1.3, which has typed
 * list attributes). A node's name becomes its GEXF label, which Gephi shows, and every other
 * attribute (kind included) a typed GEXF attribute; an edge's kind becomes the GEXF edge kind,
 * which Gephi shows as the edge type of a multigraph. The graph's own attributes go to <meta>, the
 * ownership groups as JSON text (graph-attributes.ts). Reading accepts files from Gephi and other
 * tools as long as nodes and edges carry their kind (to-kedja-graph.ts). O(size of the graph).
 * Reference: GEXF 1.3 specification, gexf.net.
 */
import type { KedjaGraph } from '@kedja/core';
import { MultiGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
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

/** The graph as GEXF 1.3 text. */
export function graphToGexf(graph: KedjaGraph): string {
  // GEXF's <meta> holds text only: the ownership groups go as JSON text (graph-attributes.ts), set
  // for the (synchronous) write and put back after it, rather than copying the whole graph.
  const attributes = graph.getAttributes();
  if (attributes.parents !== undefined) graph.replaceAttributes(graphAttributesForFile(attributes) as never);
  try {
    return `${write(graph, {
      version: '1.3',
      formatNode: (_key, attributes: Attributes) => {
        const { name, ...rest } = attributes;
        return { label: name as string, attributes: rest };
      },
      formatEdge: (_key, attributes: Attributes) => {
        const { kind, ...rest } = attributes;
        return { kind: kind as string, attributes: rest };
      },
    })}\n`;
  } finally {
    graph.replaceAttributes(attributes);
  }
}

/** Reads a GEXF file; problems come back as diagnostics with line and column. */
export async function readGexf(file: string, options: GraphFileOptions = {}): Promise<ImportResult> {
  const read = await readText(file, 'graph file', GRAPH_TOO_LARGE);
  if (!read.ok) return { graph: null, diagnostics: [read.diagnostic] };
  return gexfToGraph(read.value, file, options);
}

/** Parses GEXF text (`file` names it in diagnostics). */
export function gexfToGraph(text: string, file: string, options: GraphFileOptions = {}): ImportResult {
  const xml = parseXml(text, file);
  if (!xml.document) return { graph: null, diagnostics: xml.diagnostics };
  const document = xml.document;
  if (document.documentElement?.tagName !== 'gexf') {
    return shapeError(file, `the root element is <${document.documentElement?.tagName}>, not <gexf>`);
  }
  const reserved = reservedIds(document, file);
  if (reserved.length > 0) return { graph: null, diagnostics: reserved };
  let parsed: MultiGraph;
  try {
    parsed = parse(MultiGraph, document as unknown as Parameters<typeof parse>[1], { allowUndeclaredAttributes: true });
  } catch (error) {
    return shapeError(file, (error as Error).message.replace(/^graphology[-\w]*\/parser: /, ''));
  }
  return toKedjaGraph(
    parsed,
    {
      file,
      format: 'GEXF',
      nodePositions: elementPositions(document, 'node'),
      edgePositions: elementPositions(document, 'edge'),
      edgeIds: edgeIds(document),
    },
    options,
  );
}
