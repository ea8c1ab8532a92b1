import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { categoryUsage } from './category-usage.js';
import { organisationCounts } from './organisation-counts.js';

describe('categoryUsage (Tabell 6.1)', () => {
  it('counts distinct used services per category and organisation type', () => {
    // x: s1 (m1, m2, a1) and s2 (m1); y: s3 (a1, a2); s4 has no users; p1 has no category.
    expect(categoryUsage(toyGraph())).toEqual({ x: { agency: 1, municipality: 2 }, y: { agency: 1 } });
    expect(categoryUsage(toyGraph(), { models: ['PaaS'] })).toEqual({});
    expect(categoryUsage(emptyGraph())).toEqual({});
    expect(categoryUsage(cycleGraph())).toEqual({ x: { municipality: 1 } });
  });
  it('checks models', () => {
    expect(() => categoryUsage(toyGraph(), { models: ['x' as never] })).toThrow(/metrics\/graph\/category-usage/);
  });
});

describe('organisationCounts', () => {
  it('counts organisations per type that use each model and that contract', () => {
    expect(organisationCounts(toyGraph())).toEqual({
      users: { SaaS: { agency: 2, municipality: 2 }, PaaS: { municipality: 1 }, IaaS: {}, other: {} },
      contracting: { agency: 1, municipality: 1 },
    });
    expect(organisationCounts(emptyGraph()).contracting).toEqual({});
  });
});
