import { describe, expect, it } from 'vitest';

import { addOrganisation, addService, addUses, createKedjaGraph } from '../../model/index.js';
import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { dependencyPagerank } from './dependency-pagerank.js';
import { dependents } from './dependents.js';
import { subcontractingBetweenness } from './subcontracting-betweenness.js';

describe('dependents', () => {
  it('counts distinct direct dependents', () => {
    const result = dependents(toyGraph());
    expect(result).toMatchObject({ m1: 0, s1: 3, s3: 2, s4: 0, A: 2, C: 2, D: 1, H: 4, X: 1, P: 1 });
    expect(dependents(emptyGraph())).toEqual({});
    expect(dependents(cycleGraph())).toEqual({ o: 0, s: 1, A: 2, B: 1, X: 1 });
  });
  it('assigns', () => {
    const graph = toyGraph();
    dependents.assign(graph);
    expect(graph.getNodeAttribute('H', 'dependents' as never)).toBe(4);
  });
});

describe('subcontractingBetweenness', () => {
  it('counts shortest supplier chains through each supplier', () => {
    // A, B, C and D reach X only through H: four pairs.
    expect(subcontractingBetweenness(toyGraph())).toEqual({ A: 0, B: 0, C: 0, D: 0, H: 4, X: 0, P: 0 });
    // A ⇄ B → X: A reaches X through B; B reaches nothing new through A.
    expect(subcontractingBetweenness(cycleGraph())).toEqual({ A: 0, B: 1, X: 0 });
    expect(subcontractingBetweenness(emptyGraph())).toEqual({});
  });
});

describe('dependencyPagerank', () => {
  it('matches a hand computation on two nodes', () => {
    // o → s, s dangling. PR(o) = 0.075 + 0.425·PR(s), PR(o) + PR(s) = 1, so PR(o) = 0.5 / 1.425.
    const graph = createKedjaGraph();
    addOrganisation(graph, 'o', { name: 'o' });
    addService(graph, 's', { name: 's' });
    addUses(graph, 'o', 's');
    const result = dependencyPagerank(graph);
    expect(result.o).toBeCloseTo(0.5 / 1.425, 8);
    expect(result.s).toBeCloseTo(1 - 0.5 / 1.425, 8);
  });
  it('gathers rank at the shared subcontractors', () => {
    const result = dependencyPagerank(toyGraph());
    const top = Object.entries(result)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([node]) => node);
    expect(top.sort()).toEqual(['H', 'X']);
    expect(Object.values(result).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 8);
    expect(dependencyPagerank(emptyGraph())).toEqual({});
    const cycle = dependencyPagerank(cycleGraph());
    expect(Object.values(cycle).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 8);
    expect(cycle.A! + cycle.B!).toBeGreaterThan(cycle.o! + cycle.s!);
    expect(() => dependencyPagerank(toyGraph(), { alpha: 1 })).toThrow(/metrics\/centrality\/dependency-pagerank/);
  });
});
