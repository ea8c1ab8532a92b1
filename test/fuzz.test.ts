/**
 * The fuzz harness of issue 17 in every test run (test/fuzz/): a few hundred mutated canonical
 * folders, DORA registers, survey files and graph files, with a fresh seed each run (printed;
 * KEDJA_FUZZ_SEED fixes it, KEDJA_FUZZ_CASES sets the number of cases). Every failure that is not a
 * known defect (test/fuzz/known.ts) fails the test, with the command that runs its case again.
 * `pnpm fuzz` runs 10,000.
 */
import { describe, expect, it } from 'vitest';

import { freshSeed } from './fuzz/prng.js';
import { renderSummary, runCases } from './fuzz/harness.js';

const seed = process.env.KEDJA_FUZZ_SEED !== undefined ? Number(process.env.KEDJA_FUZZ_SEED) >>> 0 : freshSeed();
const cases = Number(process.env.KEDJA_FUZZ_CASES ?? 300);

describe('fuzz', () => {
  it(`${cases} mutated inputs keep every invariant (seed ${seed})`, { timeout: 600_000 }, async () => {
    console.log(`fuzz: seed ${seed}, ${cases} cases`);
    const summary = await runCases(seed, cases);
    const report = renderSummary(summary);
    console.log(report);
    expect(
      summary.groups.filter((g) => !g.known).map((g) => `${g.invariant} [${g.key}]`),
      report,
    ).toEqual([]);
  });
});
