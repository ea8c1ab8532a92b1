/**
 * One command run as a whole process, measured as a user experiences it: wall time from spawn to
 * exit (in this process, to the millisecond) and peak resident memory (GNU time's %M, when
 * /usr/bin/time is installed). The child gets this process's environment without what would make
 * it run differently from a user's shell: no NODE_OPTIONS (vitest and tsx set conditions there) and
 * no KEDJA_LOADER (an undocumented switch of the CLI). O(output) besides the command itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measured {
  wallS: number;
  /** Peak RSS in MB, or null without GNU time. */
  peakRssMb: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

const CLEAN_ENV = (() => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.KEDJA_LOADER;
  return env;
})();

const scratch = mkdtempSync(join(tmpdir(), 'kedja-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/** Runs `command args` to its end; never throws for a failing command (see `code`). */
export function measure(command: string, args: readonly string[], cwd: string): Promise<Measured> {
  const timed = existsSync(GNU_TIME);
  const timeFile = join(scratch, `${counter++}.txt`);
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: CLEAN_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = (performance.now() - started) / 1000;
      let peakRssMb: number | null = null;
      if (timed && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" first when the command fails.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const kb = Number(last.split(' ')[1]);
        if (Number.isFinite(kb)) peakRssMb = kb / 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({
        wallS,
        peakRssMb,
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
