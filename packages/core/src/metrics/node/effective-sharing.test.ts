import { describe, expect, it } from 'vitest';

import { createEngine } from '../../engine/index.js';
import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { effectiveSharing } from './effective-sharing.js';

describe('effectiveSharing', () => {
  it('counts organisations affected when each supplier fails alone', () => {
    // A takes s1 (m1, m2, a1); B takes s2 (m1); C alone leaves s3 to D but breaks a2's contract;
    // D alone changes nothing; H and X take A, B, C and D, so every organisation; P takes p1,
    // used by m2 without being critical: m2 is still affected.
    expect(effectiveSharing(toyGraph())).toEqual({ A: 3, B: 1, C: 1, D: 0, H: 4, X: 4, P: 1 });
  });

  it('follows a subcontracting cycle only when a failure enters it', () => {
    expect(effectiveSharing(cycleGraph())).toEqual({ A: 1, B: 1, X: 1 });
  });

  it('handles the empty graph', () => {
    expect(effectiveSharing(emptyGraph())).toEqual({});
  });

  it('reuses a given engine, but only one made for the same graph', () => {
    const graph = toyGraph();
    expect(effectiveSharing(graph, { engine: createEngine(graph) }).H).toBe(4);
    expect(() => effectiveSharing(graph, { engine: createEngine(toyGraph()) })).toThrow(
      expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }),
    );
  });

  it('assigns', () => {
    const graph = toyGraph();
    effectiveSharing.assign(graph);
    expect(graph.getNodeAttribute('X', 'effectiveSharing' as never)).toBe(4);
  });
});
