/**
 * The analyses beyond blast, rank and timeline on graphs with possible edges (issue 13), against
 * the reference implementation on random graphs with `{ possible: true }`:
 *
 * - simulate draws every possible edge with its probability (0.5 without one): the same seeded
 *   draws, recomputed draw by draw with `referenceBlast` on a copy of the graph that keeps the
 *   confirmed edges and the possible edges present in that draw, give exactly the distributions,
 *   the worst draw and each supplier's avoided damage; and on tiny graphs the mean equals the exact
 *   expectation, enumerated over every subset of failing suppliers and present edges, within a
 *   tolerance of a few standard errors of the sample (the exact variance over the square root of
 *   the sample count).
 * - metrics, screen and advise in both bounds: each bound's answer equals the answer on the
 *   reference's own graph of that bound (referenceBound).
 */
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSupplier,
  addUses,
  createEngine,
  createKedjaGraph,
  type KedjaGraph,
} from '@kedja/core';
import { createSnapshot, FailureDraws, summarise } from '@kedja/core/kernel';
import { referenceBlast } from '@kedja/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

const hasPossibleEdges = (graph: KedjaGraph) =>
  graph.someEdge((_edge, attributes) => attributes.certainty === 'possible');

/** The graph's suppliers and possible edges in the order the simulation draws them (kernel/possible-switches.ts). */
function drawOrder(graph: KedjaGraph) {
  const snapshot = createSnapshot(graph);
  const suppliers = snapshot.ids.slice(0, snapshot.supplierCount);
  const edges: { key: string; probability: number }[] = [];
  for (let v = 0; v < snapshot.nodeCount; v++) {
    for (let i = snapshot.reqStart[v]!; i < snapshot.reqStart[v + 1]!; i++) {
      if (snapshot.reqPossible[i] !== 1) continue;
      const target = snapshot.ids[snapshot.reqTarget[i]!]!;
      const key = graph.findOutEdge(snapshot.ids[v]!, (_edge, _attributes, _source, to) => to === target)!;
      edges.push({ key, probability: graph.getEdgeAttribute(key, 'probability') ?? 0.5 });
    }
  }
  return { suppliers, edges };
}

/** The graph as one draw has it: confirmed edges, and the possible edges `present` keeps, made confirmed. */
function drawnGraph(graph: KedjaGraph, present: (key: string) => boolean): KedjaGraph {
  const copy = graph.copy() as KedjaGraph;
  copy.forEachEdge((edge, attributes) => {
    if (attributes.certainty !== 'possible') return;
    if (!present(edge)) {
      copy.dropEdge(edge);
    } else {
      copy.removeEdgeAttribute(edge, 'certainty');
      copy.removeEdgeAttribute(edge, 'probability');
    }
  });
  return copy;
}

function damage(graph: KedjaGraph, members: string[]) {
  const blast = referenceBlast(graph, members);
  let population = 0;
  for (const id of blast.affected.keys()) {
    const attributes = graph.getNodeAttributes(id);
    if (attributes.kind === 'organisation') population += attributes.population ?? 0;
  }
  const critical = [...blast.affected.values()].filter((o) => o.critical).length;
  return { organisations: blast.affected.size, criticalOrganisations: critical, population };
}

const SAMPLES = 70; // three batches, the last one short

function checkDraws(graph: KedjaGraph, probability: number, seed: number): void {
  const engine = createEngine(graph);
  const results = (['per-draw', 'bit-parallel', 'auto'] as const).map((kernel) => {
    const { batches: _batches, ...result } = engine.simulate({ samples: SAMPLES, probability, seed, kernel });
    return result;
  });
  expect(results[1]).toEqual(results[0]);
  expect(results[2]).toEqual(results[0]);
  const result = results[0]!;

  const { suppliers, edges } = drawOrder(graph);
  const draws = new FailureDraws([...suppliers.map(() => probability), ...edges.map((edge) => edge.probability)], seed);
  const masks = new Int32Array(suppliers.length + edges.length);
  const values = {
    organisations: new Float64Array(SAMPLES),
    critical: new Float64Array(SAMPLES),
    population: new Float64Array(SAMPLES),
  };
  const avoided = new Map(suppliers.map((s) => [s, 0]));
  let worst = { organisations: -1, criticalOrganisations: -1, population: -1, draw: -1, suppliers: [] as string[] };
  let present = 0;
  for (let first = 0; first < SAMPLES; first += 32) {
    const lanes = Math.min(32, SAMPLES - first);
    draws.next(masks, lanes);
    for (let j = 0; j < lanes; j++) {
      const bit = (k: number) => ((masks[k]! >>> j) & 1) === 1;
      const members = suppliers.filter((_, s) => bit(s));
      const kept = new Set(edges.filter((_, k) => bit(suppliers.length + k)).map((edge) => edge.key));
      present += kept.size;
      const drawn = drawnGraph(graph, (key) => kept.has(key));
      const d = damage(drawn, members);
      values.organisations[first + j] = d.organisations;
      values.critical[first + j] = d.criticalOrganisations;
      values.population[first + j] = d.population;
      const better =
        d.organisations - worst.organisations ||
        d.criticalOrganisations - worst.criticalOrganisations ||
        d.population - worst.population;
      if (better > 0) worst = { ...d, draw: first + j + 1, suppliers: [...members].sort() };
      for (const member of members) {
        const without = damage(
          drawn,
          members.filter((m) => m !== member),
        );
        avoided.set(member, avoided.get(member)! + d.organisations - without.organisations);
      }
    }
  }
  expect(result.organisations).toEqual(summarise(values.organisations));
  expect(result.criticalOrganisations).toEqual(summarise(values.critical));
  expect(result.population).toEqual(summarise(values.population));
  expect(result.worst).toEqual(worst);
  expect(new Map(result.suppliers.map((s) => [s.supplier, s.avoided.organisations]))).toEqual(
    new Map([...avoided].map(([s, total]) => [s, total / SAMPLES])),
  );
  expect(result.possibleEdges).toEqual({
    count: edges.length,
    fromData: graph.filterEdges((_e, a) => a.certainty === 'possible' && a.probability !== undefined).length,
    default: 0.5,
    meanPresent: present / SAMPLES,
  });
}

/**
 * The exact mean and variance of organisations affected per draw, over every subset of failing
 * suppliers (each with probability p) and present possible edges (each with its probability).
 */
function exactMoments(graph: KedjaGraph, p: number) {
  const { suppliers, edges } = drawOrder(graph);
  const n = suppliers.length + edges.length;
  let mean = 0;
  let square = 0;
  for (let subset = 0; subset < 1 << n; subset++) {
    let weight = 1;
    for (let k = 0; k < n; k++) {
      const q = k < suppliers.length ? p : edges[k - suppliers.length]!.probability;
      weight *= (subset >>> k) & 1 ? q : 1 - q;
    }
    if (weight === 0) continue;
    const members = suppliers.filter((_, s) => (subset >>> s) & 1);
    const kept = new Set(edges.filter((_, k) => (subset >>> (suppliers.length + k)) & 1).map((e) => e.key));
    const value = damage(
      drawnGraph(graph, (key) => kept.has(key)),
      members,
    ).organisations;
    mean += weight * value;
    square += weight * value * value;
  }
  return { mean, variance: Math.max(0, square - mean * mean) };
}

const probability = fc.constantFrom(0, 0.05, 0.2, 0.5, 0.9, 1);
const seed = fc.integer({ min: 0, max: 0xffffffff });
/** Draws and subsets enumerated on tiny graphs; the mean must fall within Z standard errors. */
const STAT_SAMPLES = 4_000;
const Z = 4.5;
const TINY = { maxOrganisations: 4, maxServices: 3, maxSuppliers: 4, maxEdges: 6 };

describe('simulate with possible edges against the reference', () => {
  it('agrees draw by draw on 300 small random graphs with possible edges, with every kernel', () => {
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), probability, seed, ({ graph }, p, s) => {
        fc.pre(hasPossibleEdges(graph));
        checkDraws(graph, p, s);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees draw by draw on 30 medium random graphs with possible edges', () => {
    fc.assert(
      fc.property(randomCase(MEDIUM, { possible: true }), probability, seed, ({ graph }, p, s) => {
        fc.pre(hasPossibleEdges(graph));
        checkDraws(graph, p, s);
      }),
      { numRuns: 30 },
    );
  });

  it(`has the exact expectation within ${Z} standard errors on 40 tiny graphs (${STAT_SAMPLES} draws each)`, () => {
    let checked = 0;
    fc.assert(
      fc.property(randomCase(TINY, { possible: true }), fc.constantFrom(0.2, 0.5), seed, ({ graph }, p, s) => {
        const { suppliers, edges } = drawOrder(graph);
        fc.pre(edges.length > 0 && suppliers.length + edges.length <= 10);
        const exact = exactMoments(graph, p);
        const result = createEngine(graph).simulate({ samples: STAT_SAMPLES, probability: p, seed: s });
        const tolerance = Z * Math.sqrt(exact.variance / STAT_SAMPLES);
        expect(Math.abs(result.organisations.mean - exact.mean)).toBeLessThanOrEqual(tolerance + 1e-12);
        checked++;
      }),
      { numRuns: 40 },
    );
    expect(checked).toBe(40);
  });

  it('tells present from absent: an edge that always exists, one that never does, one at 0.5', () => {
    // One organisation needs service v, provided by s; the uses edge is possible.
    const base = (edge: { probability?: number }) => {
      const graph = createKedjaGraph();
      addOrganisation(graph, 'o', { name: 'O', population: 10 });
      addService(graph, 'v', { name: 'V' });
      addSupplier(graph, 's', { name: 'S' });
      addProvidedBy(graph, 'v', 's');
      addUses(graph, 'o', 'v', { certainty: 'possible', ...edge });
      return createEngine(graph).simulate({ samples: 4_000, probability: 1, seed: 3 });
    };
    expect(base({ probability: 1 }).organisations.mean).toBe(1);
    expect(base({ probability: 0 }).organisations.mean).toBe(0);
    const half = base({});
    expect(half.possibleEdges).toMatchObject({ count: 1, fromData: 0, default: 0.5 });
    // Bernoulli(0.5): standard error 0.5 / sqrt(4,000).
    expect(Math.abs(half.organisations.mean - 0.5)).toBeLessThanOrEqual(Z * (0.5 / Math.sqrt(4_000)));
    expect(half.possibleEdges!.meanPresent).toBe(half.organisations.mean);
  });

  it('leaves a graph without possible edges as it was: no possibleEdges, the same draws', () => {
    fc.assert(
      fc.property(randomCase(SMALL), seed, ({ graph }, s) => {
        const result = createEngine(graph).simulate({ samples: 40, probability: 0.3, seed: s });
        expect('possibleEdges' in result).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
