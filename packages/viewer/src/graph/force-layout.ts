/**
 * ForceAtlas2 (Jacomy et al., PLoS ONE 2014) on demand, in a web worker
 * (graphology-layout-forceatlas2/worker), for a few seconds, with settings inferred from the
 * graph's size; the layered layout stays the default because it reads as a supply chain.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';

import type { DisplayGraph } from './display-graph.js';

export function runForceLayout(display: DisplayGraph, milliseconds = 4000): Promise<void> {
  const layout = new FA2Layout(display, { settings: forceAtlas2.inferSettings(display) });
  layout.start();
  return new Promise((done) =>
    setTimeout(() => {
      layout.kill();
      done();
    }, milliseconds),
  );
}
