import { describe, expect, it } from 'vitest';

import { addSupplier } from '../../model/index.js';
import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { ownershipGroups } from './ownership-groups.js';
import { singleProviderServices } from './single-provider-services.js';

describe('ownershipGroups', () => {
  it('sums the reach of each parent group', () => {
    // G owns A (s1: m1, m2, a1; contract m1) and B (s2: m1).
    expect(ownershipGroups(toyGraph())).toEqual({ G: { suppliers: ['A', 'B'], declared: 3, effective: 3 } });
  });
  it('matches parent names without regard to case, as scenarios do', () => {
    const graph = toyGraph();
    addSupplier(graph, 'Z', { name: 'Z', parent: ' g ' });
    expect(ownershipGroups(graph)).toEqual({ G: { suppliers: ['A', 'B', 'Z'], declared: 3, effective: 3 } });
  });
  it('handles the empty graph, and a group inside a cycle', () => {
    expect(ownershipGroups(emptyGraph())).toEqual({});
    const graph = cycleGraph();
    graph.mergeNodeAttributes('A', { parent: 'P' });
    graph.mergeNodeAttributes('B', { parent: 'P' });
    // Failing the whole group (A and B, which back each other) takes s and so o.
    expect(ownershipGroups(graph)).toEqual({ P: { suppliers: ['A', 'B'], declared: 1, effective: 1 } });
  });
});

describe('singleProviderServices', () => {
  it('lists services with exactly one provider', () => {
    expect(singleProviderServices(toyGraph())).toEqual(['p1', 's1', 's2']); // s3 has two, s4 none
    expect(singleProviderServices(emptyGraph())).toEqual([]);
  });
});
