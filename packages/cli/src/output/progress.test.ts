/**
 * Progress bars: silent unless stderr is a terminal (so pipes, logs and --json stay clean) and
 * KEDJA_NO_PROGRESS is unset; on a terminal, a cli-progress bar on process.stderr.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Io } from './io.js';
import { startProgress } from './progress.js';

const io = (isStderrTty: boolean): Io => ({ stdout: () => {}, stderr: () => {}, isTty: false, isStderrTty });

describe('startProgress', () => {
  let written: string[];
  let saved: string | undefined;
  let savedTty: boolean | undefined;

  beforeEach(() => {
    written = [];
    saved = process.env.KEDJA_NO_PROGRESS;
    savedTty = process.stderr.isTTY;
    delete process.env.KEDJA_NO_PROGRESS;
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.KEDJA_NO_PROGRESS;
    else process.env.KEDJA_NO_PROGRESS = saved;
    process.stderr.isTTY = savedTty as true;
  });

  const run = (progress: ReturnType<typeof startProgress>) => {
    progress.increment(3);
    progress.update(5, 20);
    progress.increment();
    progress.stop();
  };

  it('writes nothing when stderr is not a terminal', () => {
    run(startProgress(io(false), 'Simulating', 10));
    expect(written).toEqual([]);
  });

  it('writes nothing under KEDJA_NO_PROGRESS=1, even on a terminal', () => {
    process.env.KEDJA_NO_PROGRESS = '1';
    process.stderr.isTTY = true;
    run(startProgress(io(true), 'Simulating', 10));
    expect(written).toEqual([]);
  });

  it('draws a labelled bar with value and total on a terminal', () => {
    process.stderr.isTTY = true;
    run(startProgress(io(true), 'Pushing', 10));
    const text = written.join('');
    expect(text).toContain('Pushing [');
    expect(text).toContain('| 6/20 |');
  });
});
