/**
 * The sigma renderer of the display graph and how a scenario changes it: failed nodes and affected
 * organisations in their status colours with their names shown, everything else dimmed, and only
 * the edges along which the failure travelled drawn. Appearance comes from reducers reading the
 * current scenario view; the display graph itself never changes colour (one derived picture, as in
 * Gephi Lite). Organisations are circles, services squares (@sigma/node-square), suppliers rings
 * (@sigma/node-border).
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import { drawDiscNodeLabel, NodeCircleProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { ScenarioView } from '../analysis/analyse-scenario.js';
import { DIMMED, EDGE_HIGHLIGHT, STATUS_COLOURS } from '../palette.js';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.js';
import { createLabelLayout, type LabelBox } from './label-boxes.js';

export interface GraphView {
  sigma: Sigma<DisplayNode, DisplayEdge>;
  show(view: ScenarioView | null): void;
  /** Page coordinates (CSS pixels) of a node's centre, for tests and keyboard focus. */
  pagePosition(node: string): { x: number; y: number } | null;
  focus(node: string): void;
  /** The boxes of the node labels drawn in the last frame (none overlap but the scenario's members'). */
  labelBoxes(): readonly LabelBox[];
}

export function createGraphView(
  container: HTMLElement,
  display: DisplayGraph,
  onClick: (node: string, additive: boolean) => void,
): GraphView {
  let current: ScenarioView | null = null;
  const labels = createLabelLayout();
  /** A node program whose labels go through the layout, so that no two overlap. */
  const laidOut = <P>(Program: P): P =>
    class extends (Program as unknown as new (...args: never[]) => { drawLabel?: NodeLabelDrawingFunction }) {
      constructor(...args: never[]) {
        super(...args);
        this.drawLabel = labels.wrap(this.drawLabel ?? drawDiscNodeLabel);
      }
    } as unknown as P;
  const sigma = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    // Each program draws its own labels (a square's differs from a disc's): all through the layout.
    nodeProgramClasses: {
      circle: laidOut(NodeCircleProgram),
      square: laidOut(NodeSquareProgram),
      ring: laidOut(
        createNodeBorderProgram<DisplayNode, DisplayEdge>({
          borders: [
            { size: { value: 0.45 }, color: { attribute: 'color' } },
            { size: { fill: true }, color: { value: '#ffffff' } },
          ],
        }),
      ),
    },
    defaultEdgeType: 'line',
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.4,
    labelGridCellSize: 140,
    // The page's own font (style.css), so the names in the picture read as the text around it.
    labelFont: getComputedStyle(container).fontFamily,
    defaultDrawNodeLabel: labels.wrap(drawDiscNodeLabel),
    zIndex: true,
    hideEdgesOnMove: true,
    nodeReducer: (node, data): Partial<NodeDisplayData> => {
      if (current === null) return data;
      const status = current.status.get(node);
      if (status === undefined) return { ...data, color: DIMMED, label: null, zIndex: 0 };
      return {
        ...data,
        color: STATUS_COLOURS[status],
        zIndex: status === 'member' ? 3 : 2,
        forceLabel: status === 'member',
        size: status === 'member' ? data.size * 1.4 : data.size,
      };
    },
    edgeReducer: (edge, data): Partial<EdgeDisplayData> => {
      if (current === null) return data;
      const source = display.source(edge);
      const target = display.target(edge);
      if (current.status.has(source) && current.status.has(target)) {
        return { ...data, color: EDGE_HIGHLIGHT, size: 1, zIndex: 1 };
      }
      return { ...data, hidden: true };
    },
  });
  sigma.on('beforeRender', () => {
    const members = current === null ? [] : [...current.status].filter(([, s]) => s === 'member').map(([n]) => n);
    labels.startFrame(sigma as unknown as Sigma, members);
  });
  sigma.on('clickNode', ({ node, event }) => onClick(node, event.original.shiftKey));
  sigma.on('enterNode', () => container.classList.add('pointer'));
  sigma.on('leaveNode', () => container.classList.remove('pointer'));

  return {
    sigma,
    show(view) {
      current = view;
      sigma.refresh({ skipIndexation: true });
    },
    pagePosition(node) {
      if (!display.hasNode(node)) return null;
      const { x, y } = display.getNodeAttributes(node);
      const viewport = sigma.graphToViewport({ x, y });
      const box = container.getBoundingClientRect();
      return { x: box.left + viewport.x, y: box.top + viewport.y };
    },
    labelBoxes: () => labels.boxes(),
    focus(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.25 }, { duration: 400 });
    },
  };
}
