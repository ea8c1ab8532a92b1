import { describe, expect, it } from 'vitest';

import { createEngine } from '../engine/index.js';
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
} from '../model/index.js';
import { summarise, FailureDraws } from '../kernel/index.js';

/** Two organisations: one needs A (through its service), one needs A or B (declared redundancy). */
function toy(probabilities: { a?: number; b?: number } = {}) {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'one', { name: 'One', population: 100 });
  addOrganisation(graph, 'two', { name: 'Two', population: 1000 });
  addService(graph, 'x', { name: 'X' });
  addService(graph, 'y', { name: 'Y' });
  addSupplier(graph, 'a', {
    name: 'A',
    ...(probabilities.a !== undefined ? { failureProbability: probabilities.a } : {}),
  });
  addSupplier(graph, 'b', {
    name: 'B',
    ...(probabilities.b !== undefined ? { failureProbability: probabilities.b } : {}),
  });
  addProvidedBy(graph, 'x', 'a');
  addProvidedBy(graph, 'y', 'a', { alternatives: 'g' });
  addProvidedBy(graph, 'y', 'b', { alternatives: 'g' });
  addUses(graph, 'one', 'x');
  addUses(graph, 'two', 'y', { critical: false });
  return graph;
}

describe('summarise', () => {
  it('gives mean and nearest-rank percentiles', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(summarise(values)).toEqual({ mean: 50.5, median: 50, p95: 95, p99: 99, max: 100 });
    expect(summarise(Float64Array.from([3]))).toEqual({ mean: 3, median: 3, p95: 3, p99: 3, max: 3 });
    expect(summarise(Float64Array.from({ length: 60 }, (_, i) => i + 1)).p95).toBe(57);
    expect(summarise(new Float64Array(0))).toEqual({ mean: 0, median: 0, p95: 0, p99: 0, max: 0 });
  });
});

describe('failure draws', () => {
  it('are the same for the same seed and differ for another', () => {
    const take = (seed: number) => {
      const draws = new FailureDraws([0.3, 0.5, 0.01], seed);
      const masks = new Int32Array(3);
      draws.next(masks);
      return [...masks];
    };
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it('fail each supplier with its probability: never at 0, always at 1, about p in between', () => {
    const draws = new FailureDraws([0, 1, 0.25], 1);
    const masks = new Int32Array(3);
    let count = 0;
    for (let batch = 0; batch < 1000; batch++) {
      draws.next(masks);
      expect(masks[0]).toBe(0);
      expect(masks[1]).toBe(-1);
      for (let j = 0; j < 32; j++) count += (masks[2]! >>> j) & 1;
    }
    // Within four standard deviations of a binomial mean (sqrt(0.25 x 0.75 / 32,000) = 0.0024).
    expect(Math.abs(count / 32_000 - 0.25)).toBeLessThan(4 * 0.0024);
  });

  it('leave unused lanes of a short batch empty', () => {
    const masks = new Int32Array(1);
    new FailureDraws([1], 3).next(masks, 5);
    expect(masks[0]).toBe(0b11111);
  });
});

describe('simulate', () => {
  it('with certain failure, every draw is the whole blast', () => {
    const result = createEngine(toy()).simulate({ samples: 100, probability: 1 });
    expect(result.organisations).toEqual({ mean: 2, median: 2, p95: 2, p99: 2, max: 2 });
    expect(result.criticalOrganisations.max).toBe(1);
    expect(result.population.mean).toBe(1100);
    expect(result.worst).toEqual({
      draw: 1,
      organisations: 2,
      criticalOrganisations: 1,
      population: 1100,
      suppliers: ['a', 'b'],
    });
    // A alone saves One (and Two, whose other alternative B also fails); B alone saves Two.
    expect(result.suppliers.map((s) => [s.supplier, s.avoided.organisations, s.share])).toEqual([
      ['a', 2, 1],
      ['b', 1, 0.5],
    ]);
    expect(result.meanFailingSuppliers).toBe(2);
  });

  it('with no failures, nothing happens', () => {
    const result = createEngine(toy()).simulate({ samples: 10, probability: 0 });
    expect(result.organisations.max).toBe(0);
    expect(result.suppliers.every((s) => s.share === 0 && s.failures === 0)).toBe(true);
    expect(result.worst.suppliers).toEqual([]);
  });

  it('uses each supplier’s own probability, the default for the others, and refuses when one has none', () => {
    const engine = createEngine(toy({ a: 0 }));
    const result = engine.simulate({ samples: 64, probability: 1 });
    expect(result.probability).toEqual({ default: 1, fromData: 1, suppliers: 2 });
    expect(result.organisations.max).toBe(0); // B alone fails: Two still has A
    expect(() => engine.simulate({ samples: 10 })).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
    expect(createEngine(toy({ a: 0.5, b: 0.5 })).simulate({ samples: 10 }).probability.default).toBeNull();
  });

  it('estimates the expectation: One is hit with probability p, Two with p squared', () => {
    const result = createEngine(toy()).simulate({ samples: 20_000, probability: 0.3, seed: 5 });
    // Within four standard deviations: One + Two has variance 0.21 + 0.0819 + 2 x 0.063 = 0.418.
    expect(Math.abs(result.organisations.mean - 0.39)).toBeLessThan(4 * Math.sqrt(0.418 / 20_000));
    expect(Math.abs(result.criticalOrganisations.mean - 0.3)).toBeLessThan(4 * Math.sqrt(0.21 / 20_000));
  });

  it('gives the same numbers for the same seed, whichever kernel runs', () => {
    const engine = createEngine(toy());
    const runs = (['auto', 'per-draw', 'bit-parallel'] as const).map((kernel) => {
      const { batches: _batches, ...rest } = engine.simulate({ samples: 1000, probability: 0.4, seed: 9, kernel });
      return rest;
    });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(engine.simulate({ samples: 1000, probability: 0.4, seed: 10 }).organisations).not.toEqual(
      runs[0]!.organisations,
    );
  });

  it('refuses bad options with KEDJA_BAD_OPTION', () => {
    const engine = createEngine(toy());
    for (const options of [{ samples: 0 }, { samples: 1.5 }, { seed: -1 }, { seed: 2 ** 32 }, { probability: 1.2 }]) {
      expect(() => engine.simulate({ probability: 0.1, ...options }), JSON.stringify(options)).toThrow(
        expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }),
      );
    }
  });

  it('reports progress after every batch', () => {
    const seen: number[] = [];
    createEngine(toy()).simulate({ samples: 70, probability: 0.5, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([32, 64, 70]);
  });

  it('handles cycles among suppliers', () => {
    const graph = toy();
    addSupplier(graph, 'c', { name: 'C' });
    addSubcontracts(graph, 'a', 'c');
    addSubcontracts(graph, 'c', 'a');
    const result = createEngine(graph).simulate({ samples: 500, probability: 0.5, seed: 2, kernel: 'bit-parallel' });
    const perDraw = createEngine(graph).simulate({ samples: 500, probability: 0.5, seed: 2, kernel: 'per-draw' });
    expect(result.organisations).toEqual(perDraw.organisations);
    expect(result.suppliers).toEqual(perDraw.suppliers);
  });
});
