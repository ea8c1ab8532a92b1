import { describe, expect, it } from 'vitest';

import { betweenness, pagerank } from 'graphology-metrics/centrality/index.js';

import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  dataRecord,
} from '../../model/index.js';
import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { dependencyPagerank } from './dependency-pagerank.js';
import { dependents } from './dependents.js';
import { simpleDependencyGraph } from './simple-graph.js';
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

  it('scores suppliers without a subcontracting link 0, as the whole-graph algorithm does (found by the fuzz)', () => {
    // graphology's Brandes costs O(nodes) per source: 60,000 unlinked suppliers made metrics take 30 s.
    const graph = toyGraph();
    for (let i = 0; i < 300; i++) addSupplier(graph, `lone-${i}`, { name: `Lone ${i}` });
    const whole = betweenness(simpleDependencyGraph(graph, ['supplier'], ['subcontracts']), {
      normalized: false,
      getEdgeWeight: null,
    });
    expect(subcontractingBetweenness(graph)).toEqual({ ...whole });
    expect(subcontractingBetweenness(graph)['lone-7']).toBe(0);
    expect(subcontractingBetweenness(graph).H).toBe(4);
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

describe('dependents and dependencyPagerank against graphology-metrics on a simple copy', () => {
  // The metrics read distinct neighbours straight from the multigraph; the obvious way is a simple
  // copy of it (one edge per ordered pair) and graphology-metrics. Both must agree to the last bit,
  // on graphs with parallel subcontracts edges, dangling nodes, cycles and ids that JavaScript
  // orders first in an object (integer-like ids).
  function randomGraph(seed: number) {
    let state = seed;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const graph = createKedjaGraph();
    const id = (prefix: 'o' | 'v' | 's', i: number) =>
      next(4) === 0 ? `${{ o: 1000, v: 2000, s: 3000 }[prefix]! + i}` : `${prefix}${i}`;
    const organisations = Array.from({ length: 5 + next(30) }, (_, i) =>
      addOrganisation(graph, id('o', i), { name: `o${i}` }),
    );
    const services = Array.from({ length: 1 + next(15) }, (_, i) => addService(graph, id('v', i), { name: `v${i}` }));
    const suppliers = Array.from({ length: 1 + next(15) }, (_, i) => addSupplier(graph, id('s', i), { name: `s${i}` }));
    const pick = (list: string[]) => list[next(list.length)]!;
    for (let e = next(120); e > 0; e--) {
      const [kind, a, b] = [
        ['uses', pick(organisations), pick(services)],
        ['contracts', pick(organisations), pick(suppliers)],
        ['providedBy', pick(services), pick(suppliers)],
        ['subcontracts', pick(suppliers), pick(suppliers)],
      ][next(4)]! as [string, string, string];
      if (a === b) continue;
      if (kind === 'subcontracts') {
        const service = `svc${next(3)}`;
        if (!graph.hasEdge(`subcontracts:${a}->${b}#${service}`)) addSubcontracts(graph, a, b, { service });
        continue;
      }
      try {
        if (kind === 'uses') addUses(graph, a, b);
        else if (kind === 'contracts') addContracts(graph, a, b);
        else addProvidedBy(graph, a, b);
      } catch {
        // an edge drawn twice
      }
    }
    return graph;
  }

  it('gives the same numbers on 300 random multigraphs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const graph = randomGraph(seed);
      const simple = simpleDependencyGraph(
        graph,
        ['organisation', 'service', 'supplier'],
        ['uses', 'contracts', 'providedBy', 'subcontracts'],
      );
      const indegrees: Record<string, number> = dataRecord();
      simple.forEachNode((node) => (indegrees[node] = simple.inDegree(node)));
      expect(dependents(graph), `seed ${seed}`).toEqual(indegrees);
      const expected = pagerank(simple, { alpha: 0.85, getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-10 });
      const actual = dependencyPagerank(graph);
      expect(Object.keys(actual).sort(), `seed ${seed}`).toEqual(simple.nodes().sort());
      for (const node of simple.nodes()) expect(actual[node], `seed ${seed}, ${node}`).toBe(expected[node]);
    }
  });
});
