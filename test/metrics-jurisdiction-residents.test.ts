/**
 * Jurisdiction exposure from the snapshot (@kedja/core/metrics' snapshotMetrics) against the graph
 * metric (jurisdictionExposure) on random graphs whose populations are fractions, huge whole
 * numbers or ordinary ones: the snapshot adds whole populations whose sum stays exact in any order
 * and sorts the exposed organisations into the blast's order (tier, then id) otherwise, so the
 * residents must match to the last bit in both cases.
 */
import { createKedjaGraph, type KedjaGraph, type NodeAttributes } from '@kedja/core';
import { graphMetricsFacts, jurisdictionExposure, snapshotMetrics } from '@kedja/core/metrics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MEDIUM, randomCase } from './support/random-graph.js';

const COUNTRIES = [undefined, 'SE', 'US', 'US', 'CN'] as const;

/** The graph with supplier countries and populations rescaled by `draws` (0: as drawn, 1 and 3: fractions, 2: huge whole numbers). */
function decorate(graph: KedjaGraph, draws: number[]): KedjaGraph {
  let d = 0;
  const draw = (n: number) => draws[d++ % draws.length]! % n;
  const scale = draw(4);
  const out = createKedjaGraph();
  graph.forEachNode((id, a) => {
    const attributes: NodeAttributes = { ...a };
    if (attributes.kind === 'supplier') {
      const country = COUNTRIES[draw(COUNTRIES.length)];
      if (country !== undefined) attributes.country = country;
    } else if (attributes.kind === 'organisation' && attributes.population !== undefined) {
      // Fractions beside a few numbers too large for them: sums that depend on their order.
      if (scale === 1 || scale === 3) attributes.population = draw(3) === 0 ? 2 ** 54 : attributes.population / 7 + 0.1;
      else if (scale === 2) attributes.population = attributes.population * 2 ** 40 + draw(1000);
    }
    out.addNode(id, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => out.addDirectedEdgeWithKey(edge, source, target, attributes));
  return out;
}

describe('jurisdiction exposure from the snapshot', () => {
  it('counts the residents of the graph metric, to the last bit, whatever the populations', () => {
    fc.assert(
      fc.property(randomCase(MEDIUM), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), ({ graph }, draws) => {
        const decorated = decorate(graph, draws);
        const { engine, facts } = graphMetricsFacts(decorated);
        const fromSnapshot = snapshotMetrics(engine, facts).jurisdiction;
        const fromGraph = jurisdictionExposure(decorated, { engine });
        expect(fromSnapshot).toEqual(fromGraph);
        expect(Object.is(fromSnapshot.residents.exposed, fromGraph.residents.exposed)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
