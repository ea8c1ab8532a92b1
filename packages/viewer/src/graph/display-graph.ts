/**
 * The graph as sigma draws it: one node per Kedja node with position, size, colour, shape and
 * label, one edge per dependency (parallel Kedja edges merged). Size grows with the square root of
 * the number of direct dependents (core's `dependents`), so that a supplier used by 100 is visibly
 * larger but does not cover the picture. A dependency that is only possible (issue 13: every Kedja
 * edge merged into it has certainty `possible`) is drawn curved (@sigma/edge-curve) and marked
 * `possible`; a graph without possible edges gets exactly the edges it had before. O(V + E).
 */
import { nodeName, type KedjaGraph, type NodeKind } from '@kedja/core';
import { isPossibleEdge } from '@kedja/core/kernel';
import { dependents } from '@kedja/core/metrics';
import { DirectedGraph } from 'graphology';

import { EDGE, KIND_COLOURS, KIND_SHAPES } from '../palette.js';
import type { Positions } from './layered-layout.js';

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  type: 'circle' | 'square' | 'ring';
  kind: NodeKind;
  dependents: number;
}

export interface DisplayEdge {
  color: string;
  size: number;
  /** Only on a possible dependency: drawn by the curved edge program. */
  type?: 'curved';
  /** Only on a possible dependency: true. */
  possible?: true;
}

export type DisplayGraph = DirectedGraph<DisplayNode, DisplayEdge>;

export function nodeSize(dependentCount: number): number {
  return Math.min(15, 4 + 1.2 * Math.sqrt(dependentCount));
}

export function createDisplayGraph(graph: KedjaGraph, positions: Positions): DisplayGraph {
  const counts = dependents(graph);
  const display: DisplayGraph = new DirectedGraph();
  graph.forEachNode((node, attributes) => {
    const position = positions[node] ?? { x: 0, y: 0 };
    display.addNode(node, {
      ...position,
      size: nodeSize(counts[node] ?? 0),
      label: nodeName(graph, node),
      color: KIND_COLOURS[attributes.kind],
      type: KIND_SHAPES[attributes.kind],
      kind: attributes.kind,
      dependents: counts[node] ?? 0,
    });
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const possible = isPossibleEdge(attributes);
    if (!display.hasEdge(source, target)) {
      display.addEdge(
        source,
        target,
        possible ? { color: EDGE, size: 0.5, type: 'curved', possible } : { color: EDGE, size: 0.5 },
      );
    } else if (!possible) {
      // A confirmed edge between the same two nodes: the dependency is certain.
      const edge = display.edge(source, target)!;
      display.removeEdgeAttribute(edge, 'type');
      display.removeEdgeAttribute(edge, 'possible');
    }
  });
  return display;
}

/** Moves every node to the given positions (a new layout), in place. */
export function applyPositions(display: DisplayGraph, positions: Positions): void {
  display.forEachNode((node) => {
    const p = positions[node];
    if (p) display.mergeNodeAttributes(node, p);
  });
}
