/**
 * `kedja generate <size> -o <folder>`: a seeded synthetic graph as a canonical CSV folder, at a
 * named size (sweden, M, EU) or any custom size, written at disk speed with bounded memory.
 */
import {
  GraphGenerator,
  SIZE_NAMES,
  SIZES,
  type GenerateOptions,
  type GeneratedTable,
  type SizeName,
} from '@kedja/core/generate';
import { writeGeneratedFolder } from '@kedja/importer';
import { InvalidArgumentError, type Command } from 'commander';

import { UsageError } from '../errors.js';
import type { Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { formatNumber } from '../output/table.js';
import { parseCount } from './options.js';

const parseShare = (value: string) => {
  const share = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || share > 1) throw new InvalidArgumentError('expected a share between 0 and 1');
  return share;
};
const parseMean = (value: string) => {
  const mean = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || mean < 1) throw new InvalidArgumentError('expected a number of 1 or more');
  return mean;
};
const parseSeed = (value: string) => {
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new InvalidArgumentError('expected a whole number');
  return Number(value);
};

interface GenerateFlags {
  output: string;
  seed: number;
  organisations?: number;
  services?: number;
  suppliers?: number;
  usesPerOrganisation?: number;
  alternativeShare?: number;
}

export function generateOptions(size: string, flags: Omit<GenerateFlags, 'output'>): GenerateOptions {
  const named = SIZE_NAMES.find((name) => name.toLowerCase() === size.toLowerCase()) as SizeName | undefined;
  if (named === undefined && size !== 'custom') {
    throw new UsageError(`unknown size ${JSON.stringify(size)}; use ${SIZE_NAMES.join(', ')} or custom`);
  }
  const base = named ? SIZES[named] : undefined;
  const pick = <K extends keyof Omit<GenerateOptions, 'seed'>>(key: K, flag: string): GenerateOptions[K] => {
    const value = flags[key] ?? base?.[key];
    if (value === undefined) throw new UsageError(`a custom size needs ${flag}`);
    return value;
  };
  return {
    organisations: pick('organisations', '--organisations N'),
    services: pick('services', '--services N'),
    suppliers: pick('suppliers', '--suppliers N'),
    usesPerOrganisation: flags.usesPerOrganisation ?? base?.usesPerOrganisation ?? 10,
    alternativeShare: flags.alternativeShare ?? base?.alternativeShare ?? 0.1,
    seed: flags.seed,
  };
}

export function registerGenerate(program: Command, io: Io): void {
  program
    .command('generate')
    .description('write a seeded synthetic graph as a canonical CSV folder (for benchmarks and trials)')
    .argument('<size>', `${SIZE_NAMES.join(', ')} or custom`)
    .requiredOption('-o, --output <folder>', 'folder to write (created if missing)')
    .option('--seed <n>', 'random seed: the same seed gives the same files', parseSeed, 1)
    .option('--organisations <n>', 'number of organisations', parseCount)
    .option('--services <n>', 'number of services', parseCount)
    .option('--suppliers <n>', 'number of suppliers', parseCount)
    .option('--uses-per-organisation <x>', 'mean number of services per organisation', parseMean)
    .option('--alternative-share <x>', 'share of services with two alternative providers', parseShare)
    .addHelpText(
      'after',
      `\nSizes: ${SIZE_NAMES.map((name) => `${name} (${formatNumber(SIZES[name].organisations)} organisations, ${formatNumber(SIZES[name].services)} services, ${formatNumber(SIZES[name].suppliers)} suppliers)`).join('; ')}.`,
    )
    .action(async (size: string, flags: GenerateFlags) => {
      const options = generateOptions(size, flags);
      const estimate = new GraphGenerator(options).estimate();
      const total = Object.values(estimate).reduce((a, b) => a + b, 0);
      const progress = startProgress(io, 'Generating rows', total);
      const done: Partial<Record<GeneratedTable, number>> = {};
      const started = performance.now();
      const counts = await writeGeneratedFolder(options, flags.output, ({ table, rows }) => {
        done[table] = rows;
        progress.update(Object.values(done).reduce((a, b) => a + b, 0));
      });
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      io.stderr(
        `wrote ${flags.output}/: ${formatNumber(counts.organisations)} organisations, ${formatNumber(counts.services)} services, ` +
          `${formatNumber(counts.suppliers)} suppliers; ${formatNumber(counts.uses)} uses, ${formatNumber(counts.contracts)} contracts, ` +
          `${formatNumber(counts.provided_by)} provided_by, ${formatNumber(counts.subcontracts)} subcontracts edges ` +
          `(${formatNumber(rows)} rows in ${seconds.toFixed(1)} s, seed ${options.seed})\n`,
      );
    });
}
