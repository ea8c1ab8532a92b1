import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { contractedSharing } from './contracted-sharing.js';

describe('contractedSharing', () => {
  it('counts organisations with a contracts edge to each supplier', () => {
    expect(contractedSharing(toyGraph())).toEqual({ A: 1, B: 0, C: 1, D: 0, H: 0, X: 0, P: 0 });
  });

  it('handles the empty graph and a cycle', () => {
    expect(contractedSharing(emptyGraph())).toEqual({});
    expect(contractedSharing(cycleGraph())).toEqual({ A: 0, B: 0, X: 0 });
  });

  it('assigns', () => {
    const graph = toyGraph();
    contractedSharing.assign(graph);
    expect(graph.getNodeAttribute('C', 'contractedSharing' as never)).toBe(1);
  });
});
