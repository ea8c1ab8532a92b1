/**
 * ForceAtlas2 (Jacomy et al., PLoS ONE 2014) on demand, in a web worker
 * (graphology-layout-forceatlas2/worker), for a few seconds, with settings inferred from the
 * graph's size; the layered layout stays the default because it reads as a supply chain.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';

import type { DisplayGraph } from './display-graph.js';

// A CommonJS module: bundlers hand over module.exports as the default import, TypeScript's NodeNext
// typing wraps it once more.
type Supervisor = typeof FA2LayoutModule.default;
const FA2Layout: Supervisor =
  (FA2LayoutModule as unknown as { default?: Supervisor }).default ?? (FA2LayoutModule as unknown as Supervisor);

export function runForceLayout(display: DisplayGraph, milliseconds = 3000): Promise<void> {
  const layout = new FA2Layout(display, { settings: forceAtlas2.inferSettings(display) });
  layout.start();
  return new Promise((done) =>
    setTimeout(() => {
      layout.kill();
      done();
    }, milliseconds),
  );
}
