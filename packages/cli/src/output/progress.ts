/**
 * Progress for long work (large imports, pushes, simulations): a bar from cli-progress on stderr
 * when stderr is a terminal, nothing otherwise, so pipes, logs and `--json` stay clean.
 *
 *   const progress = startProgress(io, 'Pushing edges', total);
 *   for (...) progress.increment(batch.length);
 *   progress.stop();
 *
 * cli-progress (and the string-width packages under it) is loaded only when a bar is shown: a
 * command in a pipe or under `--json` does not pay for it at startup.
 */
import { createRequire } from 'node:module';

import type * as CliProgress from 'cli-progress';

import type { Lang } from '@kedja/core/i18n';

import { COMMAND_MESSAGES } from '../messages/commands.js';
import type { Io } from './io.js';

export interface Progress {
  increment(step?: number): void;
  /** Sets the absolute value (and, when given, a new total). */
  update(value: number, total?: number): void;
  stop(): void;
}

const SILENT: Progress = { increment() {}, update() {}, stop() {} };

/** A progress bar on a terminal; a silent stand-in when stderr is not one (or under KEDJA_NO_PROGRESS). */
export function startProgress(io: Io, label: string, total: number, lang: Lang = 'en'): Progress {
  if (!io.isStderrTty || process.env.KEDJA_NO_PROGRESS === '1') return SILENT;
  const { SingleBar, Presets } = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  const bar = new SingleBar(
    {
      format: COMMAND_MESSAGES[lang].progress.bar(label),
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    increment: (step = 1) => bar.increment(step),
    update: (value, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(newTotal);
      bar.update(value);
    },
    stop: () => bar.stop(),
  };
}
