import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { marketConcentration } from './market-concentration.js';

describe('marketConcentration', () => {
  it('measures each model by organisations served per supplier', () => {
    const { SaaS, PaaS } = marketConcentration(toyGraph());
    // A serves m1, m2, a1 (3); C and D both serve a1, a2 (2 each); B serves m1 (1): 8 in all.
    expect(SaaS).toEqual({
      suppliers: 4,
      organisations: 4,
      hhi: expect.closeTo(2812.5, 9),
      cr1: 0.375,
      cr3: 0.875,
      cr5: 1,
      gini: expect.closeTo(0.1875, 12),
      leader: 'A',
      sizes: { A: 3, C: 2, D: 2, B: 1 },
    });
    expect(PaaS).toMatchObject({ suppliers: 1, organisations: 1, hhi: 10_000, cr1: 1, gini: 0, leader: 'P' });
  });

  it('measures each category', () => {
    const result = marketConcentration(toyGraph(), { by: 'category' });
    expect(Object.keys(result)).toEqual(['x', 'y']);
    expect(result.x).toMatchObject({ suppliers: 2, organisations: 3, hhi: 6250, cr1: 0.75, leader: 'A' });
    expect(result.y).toMatchObject({ suppliers: 2, organisations: 2, hhi: 5000, cr1: 0.5, gini: 0, leader: 'C' });
  });

  it('handles the empty graph, a cycle and bad options', () => {
    expect(marketConcentration(emptyGraph())).toEqual({});
    expect(marketConcentration(cycleGraph()).SaaS).toMatchObject({ suppliers: 1, hhi: 10_000 });
    expect(() => marketConcentration(toyGraph(), { by: 'country' as never })).toThrow(
      expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }),
    );
  });
});
