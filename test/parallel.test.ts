/**
 * Ranking and Monte Carlo on worker threads give exactly the single-thread answers: the ranking of
 * `engine.rank()`, and the distributions of `engine.simulate` on the same seeded draws, with either
 * batch kernel in the workers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { RankingPool, SimulationPool } from '@kedja/cli';
import { createSnapshotEngine } from '@kedja/core';
import { createBatchResult, FailureDraws, LANES, PerDrawKernel, summarise, type KernelName } from '@kedja/core/kernel';
import { loadSnapshot, writeGeneratedFolder } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

let engine: ReturnType<typeof createSnapshotEngine>;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kedja-parallel-'));
  await writeGeneratedFolder(
    { organisations: 900, services: 300, suppliers: 160, usesPerOrganisation: 6, alternativeShare: 0.2, seed: 3 },
    folder,
  );
  const { snapshot, table } = await loadSnapshot(folder);
  engine = createSnapshotEngine(snapshot!, table!);
});

describe('worker threads', () => {
  it('rank on two and three threads equals rank on one', async () => {
    for (const threads of [2, 3]) {
      const pool = new RankingPool(engine.snapshot, threads);
      try {
        expect(await pool.rank()).toEqual(engine.rank());
        expect(await pool.rank()).toEqual(engine.rank()); // a pool is reused
      } finally {
        await pool.close();
      }
    }
  });

  it.each(['per-draw', 'bit-parallel'] as KernelName[])(
    'Monte Carlo with the %s kernel on two threads equals one thread',
    async (kernel) => {
      const probabilities = new Float64Array(engine.snapshot.supplierCount).fill(0.03);
      const samples = 1000; // not a multiple of 32: the last batch is partial
      // Generated graphs give no failure_probability: every supplier fails with 0.03.
      const single = engine.simulate({ probability: 0.03, samples, seed: 9, attribution: false });
      const pool = new SimulationPool(engine.snapshot, 2, kernel);
      try {
        const damage = await pool.run(probabilities, samples, 9);
        expect(summarise(damage.organisations)).toEqual(single.organisations);
        expect(summarise(damage.criticalOrganisations)).toEqual(single.criticalOrganisations);
        expect(summarise(damage.population)).toEqual(single.population);
        expect(single.organisations.max).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    },
  );

  it('Monte Carlo on three threads gives every draw its own damage, in draw order', async () => {
    const { snapshot } = engine;
    const probabilities = Float64Array.from({ length: snapshot.supplierCount }, (_x, s) => 0.01 + (s % 5) * 0.01);
    const samples = 2021;
    // One thread, batch after batch, on the same seeded draws.
    const draws = new FailureDraws(probabilities, 5);
    const kernel = new PerDrawKernel(snapshot);
    const masks = new Int32Array(snapshot.supplierCount);
    const out = createBatchResult();
    const expected = {
      organisations: [] as number[],
      criticalOrganisations: [] as number[],
      population: [] as number[],
    };
    for (let first = 0; first < samples; first += LANES) {
      const lanes = Math.min(LANES, samples - first);
      draws.next(masks, lanes);
      kernel.load(masks);
      kernel.run(out, lanes === LANES ? -1 : (1 << lanes) - 1, -1);
      expected.organisations.push(...out.organisations.subarray(0, lanes));
      expected.criticalOrganisations.push(...out.criticalOrganisations.subarray(0, lanes));
      expected.population.push(...out.population.subarray(0, lanes));
    }
    const pool = new SimulationPool(snapshot, 3, 'per-draw');
    try {
      for (let run = 0; run < 2; run++) {
        const damage = await pool.run(probabilities, samples, 5);
        expect([...damage.organisations]).toEqual(expected.organisations);
        expect([...damage.criticalOrganisations]).toEqual(expected.criticalOrganisations);
        expect([...damage.population]).toEqual(expected.population);
      }
    } finally {
      await pool.close();
    }
  });
});
