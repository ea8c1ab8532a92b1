import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { amplification } from './amplification.js';

describe('amplification', () => {
  it('divides effective by declared sharing, null when nobody declares the supplier', () => {
    expect(amplification(toyGraph())).toEqual({
      A: { contracted: 1, declared: 3, effective: 3, ratio: 1 },
      B: { contracted: 0, declared: 1, effective: 1, ratio: 1 },
      // the alternatives group absorbs C's failure for s3: only a2's contract breaks
      C: { contracted: 1, declared: 2, effective: 1, ratio: 0.5 },
      D: { contracted: 0, declared: 2, effective: 0, ratio: 0 },
      H: { contracted: 0, declared: 0, effective: 4, ratio: null },
      X: { contracted: 0, declared: 0, effective: 4, ratio: null },
      P: { contracted: 0, declared: 1, effective: 1, ratio: 1 },
    });
  });

  it('handles the empty graph and a cycle', () => {
    expect(amplification(emptyGraph())).toEqual({});
    expect(amplification(cycleGraph()).B).toEqual({ contracted: 0, declared: 0, effective: 1, ratio: null });
  });

  it('assigns the ratio', () => {
    const graph = toyGraph();
    amplification.assign(graph);
    expect(graph.getNodeAttribute('C', 'amplification' as never)).toBe(0.5);
    expect(graph.getNodeAttribute('H', 'amplification' as never)).toBeNull();
  });
});
