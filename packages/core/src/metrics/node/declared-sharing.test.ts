import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { declaredSharing } from './declared-sharing.js';

describe('declaredSharing', () => {
  it('counts contracting organisations and users of directly provided services, once each', () => {
    // A: contract m1 + users of s1 {m1, m2, a1}; C and D each provide s3 (alternatives) to a1, a2,
    // C also has a2's contract; H and X provide nothing directly.
    expect(declaredSharing(toyGraph())).toEqual({ A: 3, B: 1, C: 2, D: 2, H: 0, X: 0, P: 1 });
  });

  it('handles the empty graph and a cycle', () => {
    expect(declaredSharing(emptyGraph())).toEqual({});
    expect(declaredSharing(cycleGraph())).toEqual({ A: 1, B: 0, X: 0 });
  });

  it('assigns', () => {
    const graph = toyGraph();
    declaredSharing.assign(graph, { nodeAttribute: 'declared' });
    expect(graph.getNodeAttribute('A', 'declared' as never)).toBe(3);
  });
});
