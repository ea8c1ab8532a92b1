import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { sharingDistribution } from './sharing-distribution.js';

describe('sharingDistribution', () => {
  it('gives the histograms of the toy graph', () => {
    expect(sharingDistribution(toyGraph())).toEqual({
      services: { SaaS: { '1': 1, '2': 1, '3': 1 }, PaaS: { '1': 1 }, IaaS: {}, other: {} },
      suppliersContracted: { '1': 2 }, // A and C
      suppliersDeclared: { '1': 2, '2': 2, '3': 1 }, // B, P; C, D; A
      suppliersEffective: { '1': 3, '3': 1, '4': 2 }, // B, C, P; A; H, X (D affects nobody)
    });
  });
  it('handles the empty graph and a cycle', () => {
    const empty = {
      services: { SaaS: {}, PaaS: {}, IaaS: {}, other: {} },
      suppliersContracted: {},
      suppliersDeclared: {},
      suppliersEffective: {},
    };
    expect(sharingDistribution(emptyGraph())).toEqual(empty);
    expect(sharingDistribution(cycleGraph()).suppliersEffective).toEqual({ '1': 3 });
  });
});
