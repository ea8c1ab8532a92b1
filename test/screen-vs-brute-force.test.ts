/**
 * The joint-failure screens against brute force on random graphs: the N-2 screen, which checks
 * only candidate pairs, finds exactly the pairs that trying every pair with the reference
 * implementation finds; the cover's answer reaches its target, its lower bound never exceeds the
 * true optimum (found by trying every set of suppliers), and "optimal" is only claimed when true.
 */
import { createEngine, type CoverOptions, type KedjaGraph } from '@kedja/core';

type CoverMeasure = NonNullable<CoverOptions['by']>;
import { referenceBlast } from '@kedja/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

const RUNS = 1_000;

function suppliersOf(graph: KedjaGraph): string[] {
  return graph.filterNodes((_, attributes) => attributes.kind === 'supplier');
}

function checkPairs(graph: KedjaGraph): void {
  const engine = createEngine(graph);
  const ids = engine.snapshot.ids;
  const screen = engine.pairs({ top: Infinity });
  const named = screen.pairs.map((p) => ({
    pair: [ids[p.a]!, ids[p.b]!].sort().join('+'),
    beyond: p.beyond.map((o) => ids[o]!).sort(),
  }));

  // Brute force: every pair by the reference.
  const suppliers = suppliersOf(graph);
  const solo = new Map(suppliers.map((s) => [s, new Set(referenceBlast(graph, [s]).affected.keys())]));
  const expected: { pair: string; beyond: string[] }[] = [];
  for (let i = 0; i < suppliers.length; i++) {
    for (let j = i + 1; j < suppliers.length; j++) {
      const [a, b] = [suppliers[i]!, suppliers[j]!];
      const beyond = [...referenceBlast(graph, [a, b]).affected.keys()].filter(
        (o) => !solo.get(a)!.has(o) && !solo.get(b)!.has(o),
      );
      if (beyond.length > 0) expected.push({ pair: [a, b].sort().join('+'), beyond: beyond.sort() });
    }
  }
  const byPair = (x: { pair: string }, y: { pair: string }) => (x.pair < y.pair ? -1 : 1);
  expect([...named].sort(byPair)).toEqual(expected.sort(byPair));
  expect(screen.found).toBe(expected.length);
  expect(screen.total).toBe((suppliers.length * (suppliers.length - 1)) / 2);
  // Ordered by organisations beyond, most first.
  for (let i = 1; i < screen.pairs.length; i++) {
    expect(screen.pairs[i - 1]!.beyond.length).toBeGreaterThanOrEqual(screen.pairs[i]!.beyond.length);
  }
  // Every pair found defeats at least one declared redundancy.
  for (const p of screen.pairs) expect(p.defeated.length).toBeGreaterThan(0);
}

function checkCover(graph: KedjaGraph, share: number, by: CoverMeasure, budget: number): void {
  const engine = createEngine(graph);
  const ids = engine.snapshot.ids;
  const result = engine.cover({ share, by, budget });
  const suppliers = suppliersOf(graph);
  const value = (set: string[]) => {
    let sum = 0;
    for (const o of referenceBlast(graph, set).affected.keys()) {
      const attributes = graph.getNodeAttributes(o);
      sum += by === 'organisations' ? 1 : attributes.kind === 'organisation' ? (attributes.population ?? 0) : 0;
    }
    return sum;
  };
  // The optimum by trying every set, smallest first.
  let optimum = Infinity;
  for (let mask = 1; mask < 1 << suppliers.length; mask++) {
    const set = suppliers.filter((_, i) => (mask >> i) & 1);
    if (set.length < optimum && result.target > 0 && value(set) >= result.target) optimum = set.length;
  }
  expect(result.reachable).toBe(optimum !== Infinity);
  if (!result.reachable) {
    expect(result.steps).toEqual([]);
    return;
  }
  const chosen = result.steps.map((s) => ids[s.supplier]!);
  expect(value(chosen)).toBeGreaterThanOrEqual(result.target);
  expect(result.lowerBound).toBeLessThanOrEqual(optimum);
  expect(chosen.length).toBeGreaterThanOrEqual(optimum);
  if (result.optimal) expect(chosen.length).toBe(optimum);
  if (budget >= 2 ** suppliers.length) expect(result.optimal).toBe(true);
}

describe('N-2 pair screen', () => {
  it(`finds exactly the pairs that brute force finds, on ${RUNS} small random graphs`, () => {
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph }) => checkPairs(graph)),
      { numRuns: RUNS },
    );
  });

  it('and on 100 medium random graphs', () => {
    fc.assert(
      fc.property(randomCase(MEDIUM), ({ graph }) => checkPairs(graph)),
      { numRuns: 100 },
    );
  });
});

describe('cover', () => {
  it(`reaches its target with a valid lower bound, on ${RUNS / 2} small random graphs`, () => {
    fc.assert(
      fc.property(
        randomCase(SMALL),
        fc.constantFrom(0.1, 0.5, 0.8, 1),
        fc.constantFrom<CoverMeasure>('organisations', 'population'),
        fc.constantFrom(0, 3, 1_000),
        ({ graph }, share, by, budget) => checkCover(graph, share, by, budget),
      ),
      { numRuns: RUNS / 2 },
    );
  });
});
