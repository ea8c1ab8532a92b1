/**
 * Monte Carlo against the reference implementation on random graphs: the same seeded draws
 * recomputed draw by draw with `referenceBlast` give exactly the distributions, the worst draw and
 * each supplier's avoided damage (leave one out) that `simulate` reports, with either kernel.
 */
import { createEngine, type KedjaGraph } from '@kedja/core';
import { createSnapshot, FailureDraws, summarise } from '@kedja/core/kernel';
import { referenceBlast } from '@kedja/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

const RUNS = 300;
const SAMPLES = 70; // three batches, the last one short

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
  const masks = new Int32Array(suppliers.length);
  const values = {
    organisations: new Float64Array(SAMPLES),
    critical: new Float64Array(SAMPLES),
    population: new Float64Array(SAMPLES),
  };
  const avoided = new Map(suppliers.map((s) => [s, 0]));
  let worst = { organisations: -1, criticalOrganisations: -1, population: -1, draw: -1, suppliers: [] as string[] };
  for (let first = 0; first < SAMPLES; first += 32) {
    const lanes = Math.min(32, SAMPLES - first);
    draws.next(masks, lanes);
    for (let j = 0; j < lanes; j++) {
      const members = suppliers.filter((_, s) => ((masks[s]! >>> j) & 1) === 1);
      const d = damage(graph, members);
      values.organisations[first + j] = d.organisations;
      values.critical[first + j] = d.criticalOrganisations;
      values.population[first + j] = d.population;
      const better =
        d.organisations - worst.organisations ||
        d.criticalOrganisations - worst.criticalOrganisations ||
        d.population - worst.population;
      if (better > 0) worst = { ...d, draw: first + j + 1, suppliers: [...members].sort() };
      for (const member of members) {
        const kept = damage(
          graph,
          members.filter((m) => m !== member),
        );
        avoided.set(member, avoided.get(member)! + d.organisations - kept.organisations);
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
