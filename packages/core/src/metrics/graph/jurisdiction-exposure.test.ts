/**
 * Jurisdiction exposure on the toy graph (toy-graphs.fixture.ts), by hand: without a parents table
 * only C (US) is outside the EU/EEA, and its failure reaches a2 alone (s3 keeps its alternative
 * D); once group G (suppliers A and B) is a US group, s1 and s2 fall too and every organisation
 * loses a critical function; a Norwegian top above G brings it back inside.
 */
import { describe, expect, it } from 'vitest';

import { createEngine } from '../../engine/index.js';
import { createKedjaGraph } from '../../model/index.js';
import { toyGraph } from '../toy-graphs.fixture.js';
import { jurisdictionExposure } from './jurisdiction-exposure.js';

describe('jurisdictionExposure', () => {
  it("without a parents table, jurisdiction is each supplier's own country", () => {
    expect(jurisdictionExposure(toyGraph())).toEqual({
      suppliers: { SE: 4, IE: 2, US: 1 },
      outsideEeaSuppliers: 1,
      organisations: { exposed: 1, total: 4, share: 0.25 },
      residents: { exposed: 0, total: 3000, share: 0 },
    });
  });

  it('a US group takes its Swedish subsidiaries outside the EU/EEA', () => {
    const graph = toyGraph();
    graph.setAttribute('parents', [{ group: 'g', country: 'US' }]);
    expect(jurisdictionExposure(graph, { engine: createEngine(graph) })).toEqual({
      suppliers: { US: 3, IE: 2, SE: 2 },
      outsideEeaSuppliers: 3,
      organisations: { exposed: 4, total: 4, share: 1 },
      residents: { exposed: 3000, total: 3000, share: 1 },
    });
  });

  it('the top of the chain decides', () => {
    const graph = toyGraph();
    graph.setAttribute('parents', [
      { group: 'G', country: 'US', parent: 'Holding' },
      { group: 'Holding', country: 'NO' },
    ]);
    const exposure = jurisdictionExposure(graph);
    expect(exposure.suppliers).toEqual({ SE: 2, IE: 2, NO: 2, US: 1 });
    expect(exposure.organisations).toEqual({ exposed: 1, total: 4, share: 0.25 });
  });

  it('an empty graph has no shares', () => {
    expect(jurisdictionExposure(createKedjaGraph())).toEqual({
      suppliers: {},
      outsideEeaSuppliers: 0,
      organisations: { exposed: 0, total: 0, share: null },
      residents: { exposed: 0, total: 0, share: null },
    });
  });
});
