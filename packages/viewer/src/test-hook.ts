/**
 * What the browser tests read: whether the first full picture is drawn (and when, in ms since
 * navigation), where a node is on the page, and the current scenario's totals. Reading only; tests
 * act through the mouse and keyboard like a person.
 */
import type { BlastTotals, KedjaGraph } from '@kedja/core';

import type { ScenarioView } from './analysis/analyse-scenario.js';
import type { DisplayGraph } from './graph/display-graph.js';
import type { GraphView } from './graph/graph-view.js';
import { overlappingLabels } from './graph/label-boxes.js';
import type { ViewState } from './state/view-state.js';
import type { Store } from './state/store.js';

export interface TestHook {
  ready: boolean;
  /** performance.now() when the first full render finished. */
  firstRender: number | null;
  nodePosition(id: string): { x: number; y: number } | null;
  totals(): ScenarioView['blast']['totals'] | null;
  /** The current scenario's upper bound (issue 13); null without a scenario or without possible edges. */
  totalsUpper(): BlastTotals | null;
  /** Every edge as the last frame drew it: its ends, program, colour and whether it was hidden. */
  edges(): RenderedEdge[];
  /** How the last frame drew a node: its program and colour, or null when it is not in the graph. */
  node(id: string): { type: string; color: string; hidden: boolean } | null;
  state(): ViewState;
  /** Milliseconds since navigation at each step of the start: fetched, graph, layout, sigma, panels. */
  marks(): Record<string, number>;
  nodeCount: number;
  /** The pairs of node labels drawn overlapping in the last frame. */
  overlappingLabels(): [string, string][];
  /** How many node labels the last frame drew. */
  labelCount(): number;
}

export interface RenderedEdge {
  source: string;
  target: string;
  /** The edge program: 'line', or 'curved' for a possible dependency. */
  type: string;
  color: string;
  hidden: boolean;
}

declare global {
  interface Window {
    kedjaViewer?: TestHook;
  }
}

export function installTestHook(parts: {
  graph: KedjaGraph;
  display: DisplayGraph;
  /** The graph view of the page as drawn now (drawn anew when the language changes). */
  view: () => GraphView;
  store: Store<ViewState>;
  scenario: () => ScenarioView | null;
}): void {
  const hook: TestHook = {
    ready: false,
    firstRender: null,
    nodePosition: (id) => parts.view().pagePosition(id),
    totals: () => parts.scenario()?.blast.totals ?? null,
    totalsUpper: () => parts.scenario()?.upper?.totals ?? null,
    edges: () => {
      const { sigma } = parts.view();
      return parts.display.mapEdges((edge, _attributes, source, target) => {
        const data = sigma.getEdgeDisplayData(edge)!;
        return { source, target, type: data.type, color: data.color, hidden: data.hidden };
      });
    },
    node: (id) => {
      const data = parts.display.hasNode(id) ? parts.view().sigma.getNodeDisplayData(id) : undefined;
      return data ? { type: data.type, color: data.color, hidden: data.hidden } : null;
    },
    state: () => parts.store.get(),
    marks: () =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('kedja:'))
          .map((m) => [m.name.slice(6), Math.round(m.startTime)]),
      ),
    nodeCount: parts.display.order,
    overlappingLabels: () => overlappingLabels(parts.view().labelBoxes()),
    labelCount: () => parts.view().labelBoxes().length,
  };
  window.kedjaViewer = hook;
  // The panels are filled synchronously before this; the next frame of the graph completes the picture.
  const { sigma } = parts.view();
  sigma.once('afterRender', () =>
    requestAnimationFrame(() => {
      hook.firstRender = performance.now();
      hook.ready = true;
    }),
  );
  sigma.scheduleRender();
}
