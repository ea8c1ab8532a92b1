import { describe, expect, it } from 'vitest';

import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { serviceSharing } from './service-sharing.js';

describe('serviceSharing', () => {
  it('counts distinct organisations per service, non-critical uses included', () => {
    expect(serviceSharing(toyGraph())).toEqual({ s1: 3, s2: 1, s3: 2, s4: 0, p1: 1 });
  });

  it('restricts to models', () => {
    expect(serviceSharing(toyGraph(), { models: ['PaaS'] })).toEqual({ p1: 1 });
    expect(serviceSharing(toyGraph(), { models: ['IaaS'] })).toEqual({});
  });

  it('handles the empty graph and a cycle', () => {
    expect(serviceSharing(emptyGraph())).toEqual({});
    expect(serviceSharing(cycleGraph())).toEqual({ s: 1 });
  });

  it('assigns onto the nodes, under a chosen attribute too', () => {
    const graph = toyGraph();
    serviceSharing.assign(graph);
    expect(graph.getNodeAttribute('s1', 'sharing' as never)).toBe(3);
    serviceSharing.assign(graph, { nodeAttribute: 'users' });
    expect(graph.getNodeAttribute('s3', 'users' as never)).toBe(2);
    expect(graph.getNodeAttribute('m1', 'users' as never)).toBeUndefined();
  });

  it('checks its inputs', () => {
    expect(() => serviceSharing({} as never)).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
    expect(() => serviceSharing(toyGraph(), { models: ['Cloud' as never] })).toThrow(/metrics\/node\/service-sharing/);
    expect(() => serviceSharing.assign(toyGraph(), { nodeAttribute: 'kind' })).toThrow(
      expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }),
    );
  });
});
