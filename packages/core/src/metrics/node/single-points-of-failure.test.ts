import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { singlePointsOfFailure } from './single-points-of-failure.js';

describe('singlePointsOfFailure', () => {
  it('lists, per organisation, the suppliers whose failure alone affects it', () => {
    expect(singlePointsOfFailure(toyGraph())).toEqual({
      m1: ['A', 'B', 'H', 'X'],
      m2: ['A', 'H', 'P', 'X'], // P through a non-critical use: affected all the same
      a1: ['A', 'H', 'X'], // s3 has alternatives C and D, but both need H
      a2: ['C', 'H', 'X'], // its contract with C is required
    });
  });

  it('lists services too when asked', () => {
    const result = singlePointsOfFailure(toyGraph(), { kinds: ['service'] });
    expect(result).toEqual({ s1: ['A', 'H', 'X'], s2: ['B', 'H', 'X'], s3: ['H', 'X'], s4: [], p1: ['P'] });
  });

  it('sees through a cycle', () => {
    expect(singlePointsOfFailure(cycleGraph(), { kinds: ['organisation', 'service'] })).toEqual({
      s: ['A', 'B', 'X'],
      o: ['A', 'B', 'X'],
    });
  });

  it('handles the empty graph and checks kinds', () => {
    expect(singlePointsOfFailure(emptyGraph())).toEqual({});
    expect(() => singlePointsOfFailure(toyGraph(), { kinds: ['supplier' as never] })).toThrow(
      /metrics\/node\/single-points-of-failure/,
    );
  });

  it('assigns their number', () => {
    const graph = toyGraph();
    singlePointsOfFailure.assign(graph);
    expect(graph.getNodeAttribute('m1', 'singlePointsOfFailure' as never)).toBe(4);
  });
});
