/**
 * The sigma renderer of the display graph and how a scenario changes it: failed nodes and affected
 * organisations in their status colours with their names shown, everything else dimmed, and only
 * the edges along which the failure travelled drawn. Appearance comes from reducers reading the
 * current scenario view; the display graph itself never changes colour (one derived picture, as in
 * Gephi Lite). Organisations are circles, services squares (@sigma/node-square), suppliers rings
 * (@sigma/node-border). With possible dependencies (issue 13) a possible edge is drawn curved
 * (@sigma/edge-curve; sigma draws no dashed lines), and what fails or is affected only in the upper
 * bound takes the lighter shade of its status colour, an organisation as a pale disc outlined in
 * the full colour, so that the two shades differ in shape too; the edges the failure travels only
 * in the upper bound take the lighter shade as well.
 */
import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import { drawDiscNodeLabel, NodeCircleProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { ScenarioView } from '../analysis/analyse-scenario.js';
import { DIMMED, EDGE_HIGHLIGHT, EDGE_POSSIBLE, POSSIBLE_COLOURS, STATUS_COLOURS } from '../palette.js';
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
      // An organisation affected only if possible dependencies are real: a pale disc in a full-colour outline.
      outlined: laidOut(
        createNodeBorderProgram<DisplayNode, DisplayEdge>({
          borders: [
            { size: { value: 0.3 }, color: { attribute: 'outline' } },
            { size: { fill: true }, color: { attribute: 'color' } },
          ],
        }),
      ),
    },
    edgeProgramClasses: { curved: EdgeCurveProgram },
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
      if (current.possible.has(node)) {
        const outlined = data.type === 'circle' ? { type: 'outlined', outline: STATUS_COLOURS[status] } : {};
        return { ...data, ...outlined, color: POSSIBLE_COLOURS[status], zIndex: 2 };
      }
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
        const possible = data.possible === true || current.possible.has(source) || current.possible.has(target);
        return { ...data, color: possible ? EDGE_POSSIBLE : EDGE_HIGHLIGHT, size: 1, zIndex: 1 };
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
