/**
 * Monte Carlo against the reference implementation on random graphs: the same seeded draws
 * recomputed draw by draw with `referenceBlast` give exactly the distributions, the worst draw and
 * each supplier's avoided damage (leave one out) that `simulate` reports, with either kernel.
 */
import { createEngine, type KedjaGraph } from '@kedja/core';
import { createSnapshot, FailureDraws, summarise } from '@kedja/core/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';
import { replayDraws } from './support/simulation-reference.js';

const RUNS = 300;
const SAMPLES = 70; // three batches, the last one short

function check(graph: KedjaGraph, probability: number, seed: number): void {
  const engine = createEngine(graph);
  const results = (['per-draw', 'bit-parallel', 'auto'] as const).map((kernel) => {
    const { batches: _batches, ...result } = engine.simulate({ samples: SAMPLES, probability, seed, kernel });
    return result;
  });
  expect(results[1]).toEqual(results[0]);
  expect(results[2]).toEqual(results[0]);
  const result = results[0]!;

  // The same draws, by the reference.
  const snapshot = createSnapshot(graph);
  const suppliers = snapshot.ids.slice(0, snapshot.supplierCount);
  const draws = new FailureDraws(new Float64Array(suppliers.length).fill(probability), seed);
  const { values, worst, avoided } = replayDraws(SAMPLES, draws, suppliers.length, suppliers, (bit) => ({
    graph,
    members: suppliers.filter((_, s) => bit(s)),
  }));
  expect(result.organisations).toEqual(summarise(values.organisations));
  expect(result.criticalOrganisations).toEqual(summarise(values.critical));
  expect(result.population).toEqual(summarise(values.population));
  expect(result.worst).toEqual(worst);
  expect(new Map(result.suppliers.map((s) => [s.supplier, s.avoided.organisations]))).toEqual(
    new Map([...avoided].map(([s, total]) => [s, total / SAMPLES])),
  );
}

const probability = fc.constantFrom(0, 0.05, 0.2, 0.5, 0.9, 1);
const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('simulate against the reference', () => {
  it(`agrees draw by draw on ${RUNS} small random graphs`, () => {
    fc.assert(
      fc.property(randomCase(SMALL), probability, seed, ({ graph }, p, s) => check(graph, p, s)),
      { numRuns: RUNS },
    );
  });

  it('agrees on 40 medium random graphs', () => {
    fc.assert(
      fc.property(randomCase(MEDIUM), probability, seed, ({ graph }, p, s) => check(graph, p, s)),
      { numRuns: 40 },
    );
  });
});
