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
 * - metrics (effective sharing and hidden dependencies per supplier), screen (N-2 pairs, cover) and
 *   advise in both bounds: each bound's answer equals the reference's on that bound's own graph
 *   (referenceBound, referenceBlastBounds).
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
import { concentrationBounds, histogram } from '@kedja/core/metrics';
import { referenceBlast, referenceBlastBounds, referenceBound } from '@kedja/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyStep, referenceScore } from './support/advice-reference.js';
import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';
import { referenceDamage, replayDraws } from './support/simulation-reference.js';

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
  let present = 0;
  const { values, worst, avoided } = replayDraws(SAMPLES, draws, suppliers.length + edges.length, suppliers, (bit) => {
    const kept = new Set(edges.filter((_, k) => bit(suppliers.length + k)).map((edge) => edge.key));
    present += kept.size;
    return { graph: drawnGraph(graph, (key) => kept.has(key)), members: suppliers.filter((_, s) => bit(s)) };
  });
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
    const value = referenceDamage(
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

/** Organisations each bound's graph affects when the members fail, by the reference. */
function affectedIn(graph: KedjaGraph, members: string[]): Set<string> {
  return new Set(referenceBlast(graph, members).affected.keys());
}

/** The N-2 screen of one bound by the reference: every pair, what it takes down beyond either alone. */
function referencePairs(graph: KedjaGraph, suppliers: string[]) {
  const solo = new Map(suppliers.map((s) => [s, affectedIn(graph, [s])]));
  const pairs = new Map<string, { beyond: string[]; organisations: number }>();
  for (let i = 0; i < suppliers.length; i++) {
    for (let j = i + 1; j < suppliers.length; j++) {
      const [a, b] = [suppliers[i]!, suppliers[j]!];
      const together = affectedIn(graph, [a, b]);
      const beyond = [...together].filter((o) => !solo.get(a)!.has(o) && !solo.get(b)!.has(o)).sort();
      pairs.set(`${a}+${b}`, { beyond, organisations: together.size });
    }
  }
  return pairs;
}

function checkPairs(graph: KedjaGraph): void {
  const engine = createEngine(graph);
  const suppliers = engine.snapshot.ids.slice(0, engine.snapshot.supplierCount);
  const screen = engine.pairsBounds({ top: Number.POSITIVE_INFINITY });
  const lower = referencePairs(referenceBound(graph, 'lower'), suppliers);
  const upper = referencePairs(referenceBound(graph, 'upper'), suppliers);
  const expected = [...lower.keys()].filter(
    (key) => lower.get(key)!.beyond.length > 0 || upper.get(key)!.beyond.length > 0,
  );
  const id = (index: number) => engine.snapshot.ids[index]!;
  const seen = screen.pairs.map((pair) => `${id(pair.a)}+${id(pair.b)}`);
  expect(new Set(seen)).toEqual(new Set(expected));
  expect(seen.length).toBe(expected.length);
  expect(screen.foundEither).toBe(expected.length);
  expect(screen.found).toBe([...lower.values()].filter((p) => p.beyond.length > 0).length);
  expect(screen.upper.found).toBe([...upper.values()].filter((p) => p.beyond.length > 0).length);
  screen.pairs.forEach((pair, k) => {
    const key = seen[k]!;
    expect([...pair.beyond].map(id).sort()).toEqual(lower.get(key)!.beyond);
    expect([...pair.upper.beyond].map(id).sort()).toEqual(upper.get(key)!.beyond);
    expect(pair.organisations).toBe(lower.get(key)!.organisations);
    expect(pair.upper.organisations).toBe(upper.get(key)!.organisations);
    // What the pair affects in all is bounded: the lower bound's graph has fewer edges.
    expect(pair.organisations).toBeLessThanOrEqual(pair.upper.organisations);
    if (k === 0) return;
    const before = screen.pairs[k - 1]!;
    const order = before.beyond.length - pair.beyond.length || before.upper.beyond.length - pair.upper.beyond.length;
    expect(order).toBeGreaterThanOrEqual(0);
  });
}

function checkCover(graph: KedjaGraph, share: number, by: 'organisations' | 'population'): void {
  const engine = createEngine(graph);
  const cover = engine.coverBounds({ share, by });
  const { upper: upperCover, ...lowerCover } = cover;
  for (const [bound, result] of [
    ['lower', lowerCover],
    ['upper', upperCover],
  ] as const) {
    const copy = referenceBound(graph, bound);
    // The same answer as the cover of the bound's own graph (same nodes, so the same numbering).
    expect(result).toEqual(createEngine(copy).cover({ share, by }));
    // Each step counts what the suppliers chosen so far affect together, by the reference.
    const chosen: string[] = [];
    for (const step of result.steps) {
      chosen.push(engine.snapshot.ids[step.supplier]!);
      expect(step.organisations).toBe(affectedIn(copy, chosen).size);
    }
  }
  // More edges can only affect more: every set that reaches the share without the possible
  // dependencies reaches it with them, so the upper bound's target is reachable whenever the lower's is.
  if (lowerCover.reachable) expect(upperCover.reachable).toBe(true);
}

describe('screen with possible edges against the reference', () => {
  it('finds, in each bound, exactly the pairs that take down organisations beyond either alone (400 graphs)', () => {
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph }) => {
        fc.pre(hasPossibleEdges(graph));
        checkPairs(graph);
      }),
      { numRuns: 400 },
    );
  });

  it('covers in each bound as the cover of that bound’s own graph does (400 graphs)', () => {
    fc.assert(
      fc.property(
        randomCase(SMALL, { possible: true }),
        fc.constantFrom(0.25, 0.5, 1),
        fc.constantFrom('organisations' as const, 'population' as const),
        ({ graph }, share, by) => {
          fc.pre(hasPossibleEdges(graph));
          checkCover(graph, share, by);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('advise with possible edges against the reference', () => {
  it('advises on the upper bound and gives each step’s score in both bounds exactly (300 graphs)', () => {
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph }) => {
        fc.pre(hasPossibleEdges(graph));
        const advice = createEngine(graph).advise({ top: 3 });
        const model = graph.copy() as KedjaGraph;
        const score = (bound: 'lower' | 'upper') => referenceScore(referenceBound(model, bound));
        expect(advice.scoreBefore).toBe(score('upper'));
        expect(advice.lower?.scoreBefore).toBe(score('lower'));
        for (const step of advice.steps) {
          expect(step.scoreBefore).toBe(score('upper'));
          expect(step.lower?.scoreBefore).toBe(score('lower'));
          applyStep(model, step);
          expect(step.scoreAfter).toBe(score('upper'));
          expect(step.lower?.scoreAfter).toBe(score('lower'));
          expect(step.lower?.reduction).toBe(step.lower!.scoreBefore - step.lower!.scoreAfter);
        }
        expect(advice.scoreAfter).toBe(score('upper'));
        expect(advice.lower?.scoreAfter).toBe(score('lower'));
      }),
      { numRuns: 300 },
    );
  });

  it('adds no lower scores without possible edges', () => {
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph }) => {
        const advice = createEngine(graph).advise({ top: 2 });
        expect('lower' in advice).toBe(false);
        expect(advice.steps.every((step) => !('lower' in step))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('metrics with possible edges against the reference', () => {
  it('gives effective sharing and hidden dependencies of every supplier in both bounds (600 graphs)', () => {
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph }) => {
        fc.pre(hasPossibleEdges(graph));
        const engine = createEngine(graph);
        const bounds = concentrationBounds(graph, { engine });
        expect(bounds.possibleEdges).toBe(engine.possibleEdges);
        const suppliers = graph.filterNodes((_n, a) => a.kind === 'supplier');
        expect(Object.keys(bounds.suppliers).sort()).toEqual([...suppliers].sort());
        const effective = { lower: [] as number[], upper: [] as number[] };
        for (const supplier of suppliers) {
          const reference = referenceBlastBounds(graph, [supplier]);
          for (const bound of ['lower', 'upper'] as const) {
            const affected = [...reference[bound].affected.values()];
            expect(bounds.suppliers[supplier]!.effective[bound]).toBe(affected.length);
            expect(bounds.suppliers[supplier]!.hidden[bound]).toBe(affected.filter((o) => o.hidden).length);
            effective[bound].push(affected.length);
          }
          // Effective sharing is bounded: the lower bound's graph has fewer edges.
          expect(bounds.suppliers[supplier]!.effective.lower).toBeLessThanOrEqual(
            bounds.suppliers[supplier]!.effective.upper,
          );
        }
        expect(bounds.suppliersEffective).toEqual({
          lower: histogram(effective.lower),
          upper: histogram(effective.upper),
        });
        // The upper bound is what the metrics document's effective sharing says.
        for (const entry of engine.rank())
          expect(bounds.suppliers[entry.supplier]!.effective.upper).toBe(entry.organisations);
        // Ordered by the lower bound, then the upper, most first.
        const rows = Object.values(bounds.suppliers);
        rows.slice(1).forEach((row, i) => {
          const before = rows[i]!;
          expect(
            before.effective.lower - row.effective.lower || before.effective.upper - row.effective.upper,
          ).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 600 },
    );
  });
});
