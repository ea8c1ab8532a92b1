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
import type { Command } from 'commander';

import { quoteValue } from '@kedja/core';
import { UsageError } from '../errors.js';
import { messagesIn } from '../messages/index.js';
import { parseAlternativeShare, parseCount, parseGeneratorSeed, parseMean } from '../options/index.js';
import { langOption, resolveLang } from '../options/lang.js';
import type { Io } from '../output/io.js';
import { startProgress } from '../output/progress.js';
import { describeSizes, renderGenerated } from '../render/generate.js';

interface GenerateFlags {
  output: string;
  seed: number;
  organisations?: number;
  services?: number;
  suppliers?: number;
  usesPerOrganisation?: number;
  alternativeShare?: number;
  lang?: string;
}

/** The generator's options: a named size with the flags over it, or a custom size from the flags alone. */
export function generateOptions(size: string, flags: Omit<GenerateFlags, 'output' | 'lang'>): GenerateOptions {
  const named = SIZE_NAMES.find((name) => name.toLowerCase() === size.toLowerCase()) as SizeName | undefined;
  if (named === undefined && size !== 'custom') {
    throw new UsageError(`unknown size ${quoteValue(size)}; use ${SIZE_NAMES.join(', ')} or custom`);
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
    .option('--seed <n>', 'random seed: the same seed gives the same files', parseGeneratorSeed, 1)
    .option('--organisations <n>', 'number of organisations', parseCount)
    .option('--services <n>', 'number of services', parseCount)
    .option('--suppliers <n>', 'number of suppliers', parseCount)
    .option('--uses-per-organisation <x>', 'mean number of services per organisation', parseMean)
    .option('--alternative-share <x>', 'share of services with two alternative providers', parseAlternativeShare)
    .addOption(langOption())
    .addHelpText('after', `\n${describeSizes()}`)
    .action(async (size: string, flags: GenerateFlags) => {
      const lang = resolveLang(flags.lang);
      const options = generateOptions(size, flags);
      const estimate = new GraphGenerator(options).estimate();
      const total = Object.values(estimate).reduce((a, b) => a + b, 0);
      const progress = startProgress(io, messagesIn(lang).commands.progress.generating, total, lang);
      const done: Partial<Record<GeneratedTable, number>> = {};
      const started = performance.now();
      const counts = await writeGeneratedFolder(options, flags.output, ({ table, rows }) => {
        done[table] = rows;
        progress.update(Object.values(done).reduce((a, b) => a + b, 0));
      });
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      io.stderr(renderGenerated({ output: flags.output, counts, seconds, seed: options.seed }, lang));
    });
}
