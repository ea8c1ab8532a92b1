/**
 * `kedja simulate <input> --samples N --p P --seed S`: Monte Carlo of independent supplier
 * failures. The distribution of organisations affected, organisations losing a critical function
 * and population served; the worst draw; each supplier's share of the expected damage. Same seed,
 * same numbers. A progress bar on a terminal.
 */
import { createEngine, nodeName, type KedjaGraph, type SimulationResult } from '@kedja/core';
import { InvalidArgumentError, Option, type Command } from 'commander';

import { loadInput } from '../load-input.js';
import { printJson, type Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { formatNumber, plural, renderTable } from '../output/table.js';
import { listWords } from '../output/words.js';
import { parseCount } from './options.js';

const HUMAN_DEFAULT_TOP = 10;

export function parseProbability(value: string): number {
  if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value))
    throw new InvalidArgumentError('expected a probability from 0 to 1, such as 0.05');
  return Number(value);
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) {
    throw new InvalidArgumentError('expected a whole number from 0 to 4294967295');
  }
  return Number(value);
}

const fixed = (value: number, digits = 2) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (share: number) => `${fixed(share * 100, 1)} %`;

export function renderSimulation(graph: KedjaGraph, result: SimulationResult, top: number): string {
  const { probability } = result;
  const label = (id: string) => `${nodeName(graph, id)} (${id})`;
  const who =
    probability.fromData === 0
      ? `each of ${plural(probability.suppliers, 'supplier')} fails with probability ${probability.default}`
      : probability.fromData === probability.suppliers
        ? `each of ${plural(probability.suppliers, 'supplier')} fails with its own failure_probability`
        : `${formatNumber(probability.fromData)} of ${plural(probability.suppliers, 'supplier')} fail with their own failure_probability, the others with ${probability.default}`;
  const out: string[] = [
    `Monte Carlo: ${plural(result.samples, 'draw')}, seed ${result.seed}; ${who}.`,
    `On average ${fixed(result.meanFailingSuppliers)} suppliers fail per draw.`,
    '',
  ];
  const rows = [
    { what: 'organisations affected', d: result.organisations },
    { what: 'losing a critical function', d: result.criticalOrganisations },
    { what: 'population served', d: result.population },
  ];
  out.push(
    renderTable(rows, [
      { header: 'per draw', value: (r) => r.what },
      { header: 'mean', value: (r) => fixed(r.d.mean), right: true },
      { header: 'median', value: (r) => r.d.median, right: true },
      { header: 'p95', value: (r) => r.d.p95, right: true },
      { header: 'p99', value: (r) => r.d.p99, right: true },
      { header: 'max', value: (r) => r.d.max, right: true },
    ]),
  );
  const { worst } = result;
  if (worst.organisations <= 0) {
    out.push('No draw affects any organisation.');
  } else {
    out.push(
      `Worst draw (number ${formatNumber(worst.draw)}): ${plural(worst.organisations, 'organisation')} affected, ` +
        `${formatNumber(worst.criticalOrganisations)} losing a critical function, population ${formatNumber(worst.population)}; ` +
        `failed suppliers: ${listWords(worst.suppliers.map(label), { max: 10 })}.`,
    );
  }
  const shares = result.suppliers.filter((s) => s.avoided.organisations > 0 || s.avoided.population > 0);
  if (result.suppliers.length > 0 && result.organisations.mean > 0) {
    out.push(
      '',
      'Share of the expected damage: organisations per draw that would be spared if the supplier never failed',
      '(shares overlap where suppliers fail together, so they need not add up to 100 %).',
      '',
    );
    const shown = shares.slice(0, top).map((s, i) => ({ ...s, position: i + 1 }));
    const rest = shares.length - shown.length;
    out.push(
      renderTable(shown, [
        { header: '#', value: (s) => s.position, right: true },
        { header: 'supplier', value: (s) => nodeName(graph, s.supplier), max: 40 },
        { header: 'id', value: (s) => s.supplier, max: 24 },
        { header: 'p', value: (s) => s.probability, right: true },
        { header: 'failed in', value: (s) => s.failures, right: true },
        { header: 'spared', value: (s) => fixed(s.avoided.organisations, 3), right: true },
        { header: 'share', value: (s) => percent(s.share), right: true },
        { header: 'population spared', value: (s) => fixed(s.avoided.population, 0), right: true },
      ]) + (rest > 0 ? `… and ${formatNumber(rest)} more (--top N to see more)\n` : ''),
    );
    const none = result.suppliers.length - shares.length;
    if (none > 0) out.push(`${plural(none, 'supplier')} spare nothing: no organisation depends on them failing.`);
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export function registerSimulate(program: Command, io: Io): void {
  program
    .command('simulate')
    .description('Monte Carlo of independent supplier failures: distributions, worst draw, share of the damage')
    .argument('<input>', 'a canonical CSV folder or a graph .json file')
    .option('--samples <n>', 'number of draws', parseCount, 10_000)
    .option(
      '--p <probability>',
      'failure probability of every supplier without a failure_probability',
      parseProbability,
    )
    .option('--seed <n>', 'seed of the random numbers (same seed, same numbers)', parseSeed, 1)
    .option(
      '--top <n>',
      `suppliers in the share table (human output shows ${HUMAN_DEFAULT_TOP} unless told)`,
      parseCount,
    )
    .addOption(
      new Option('--kernel <kernel>', 'propagation kernel (both give the same numbers)')
        .choices(['auto', 'per-draw', 'bit-parallel'])
        .default('auto'),
    )
    .option('--no-shares', 'skip each supplier’s share of the damage (faster)')
    .option('--json', 'print the result as one JSON document')
    .action(
      async (
        input: string,
        options: {
          samples: number;
          p?: number;
          seed: number;
          top?: number;
          kernel: 'auto' | 'per-draw' | 'bit-parallel';
          shares: boolean;
          json?: boolean;
        },
      ) => {
        const graph = await loadInput(input, io);
        const engine = createEngine(graph);
        const progress = startProgress(io, 'Simulating', options.samples);
        let result: SimulationResult;
        try {
          result = engine.simulate({
            samples: options.samples,
            seed: options.seed,
            kernel: options.kernel,
            attribution: options.shares,
            ...(options.p !== undefined ? { probability: options.p } : {}),
            onProgress: (done) => progress.update(done),
          });
        } finally {
          progress.stop();
        }
        if (options.json) {
          const suppliers = options.top === undefined ? result.suppliers : result.suppliers.slice(0, options.top);
          printJson(io, {
            ...result,
            worst: {
              ...result.worst,
              suppliers: result.worst.suppliers.map((id) => ({ id, name: nodeName(graph, id) })),
            },
            suppliers: suppliers.map((s) => ({ ...s, name: nodeName(graph, s.supplier) })),
          });
        } else io.stdout(renderSimulation(graph, result, options.top ?? HUMAN_DEFAULT_TOP));
      },
    );
}
