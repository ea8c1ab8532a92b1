/**
 * The fuzz harness from the command line (issue 17):
 *
 *   pnpm fuzz                          10,000 cases with a fresh seed (printed first)
 *   pnpm fuzz --seed 1234 --cases 500  500 cases of seed 1234
 *   pnpm fuzz --seed 1234 --case 42    case 42 of seed 1234 alone: its mutations, every command
 *                                      with exit code and stderr, and its folder kept to look at
 *
 * Prints progress every 100 cases and a summary; exits 1 when a failure is not a known defect.
 */
import { parseArgs } from 'node:util';

import { runCase } from './case.js';
import { describeCase, renderSummary, reproduce, runCases } from './harness.js';
import { knownDefect } from './known.js';
import { freshSeed } from './prng.js';
import { loadSeeds } from './seeds.js';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, cases: { type: 'string', default: '10000' }, case: { type: 'string' } },
});
const seed = values.seed !== undefined ? Number(values.seed) >>> 0 : freshSeed();

if (values.case !== undefined) {
  const c = await runCase(await loadSeeds(), seed, Number(values.case), true);
  console.log(describeCase(seed, c));
  for (const r of c.runs) {
    console.log(`\n$ kedja ${r.args.join(' ')}\nexit ${r.code} in ${r.ms.toFixed(0)} ms`);
    if (r.stderr)
      console.log(r.stderr.length > 3000 ? `${r.stderr.slice(0, 3000)}… (${r.stderr.length} characters)` : r.stderr);
  }
  console.log(`\nFailures: ${c.failures.length === 0 ? 'none' : ''}`);
  for (const f of c.failures)
    console.log(
      `  ${f.invariant} [${f.key}]${knownDefect(f, c.mutations) ? ' (known)' : ''}\n    ${f.detail.slice(0, 2000)}`,
    );
  console.log(`\nThe case's files are kept in ${c.folder}`);
  process.exit(c.failures.some((f) => !knownDefect(f, c.mutations)) ? 1 : 0);
}

const cases = Number(values.cases);
console.log(`fuzz: seed ${seed}, ${cases} cases (run one again: ${reproduce(seed, 0).replace(/0$/, '<index>')})`);
let failing = 0;
const summary = await runCases(seed, cases, (result, done) => {
  const fresh = result.failures.filter((f) => !knownDefect(f, result.mutations));
  if (fresh.length > 0) {
    failing++;
    console.log(
      `${fresh.map((f) => `${f.invariant} [${f.key}]`).join('; ')}\n  ${describeCase(seed, result).replace(/\n/g, '\n  ')}`,
    );
  }
  if (done % 100 === 0) console.log(`  ${done}/${cases} cases, ${failing} failing`);
});
console.log(renderSummary(summary));
// A command that hung may still hold the event loop: end here.
process.exit(summary.groups.some((g) => !g.known) ? 1 : 0);
