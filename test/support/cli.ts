/**
 * Runs the real `kedja` executable (packages/cli/bin/kedja.js) in a child process, on the sources
 * (KEDJA_SOURCE=1): the tests check the code as it is, built or not; test/packages.test.ts checks
 * the compiled CLI as it is published.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../packages/cli/bin/kedja.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kedja(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return runNode([BIN, ...args], { cwd: options.cwd, env: { KEDJA_SOURCE: '1', ...options.env } });
}

/** Runs `node <args>` from the repository root (or `cwd`), in English unless `env` says otherwise. */
export function runNode(
  args: readonly string[],
  options: { cwd?: string | undefined; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: options.cwd ?? ROOT,
        // English unless a test asks otherwise: the machine's locale must not change what tests read.
        env: { ...process.env, KEDJA_LANG: 'en', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A line that looks like a JavaScript stack frame. */
export const STACK_FRAME = /^\s+at .+(\(|:\d+:\d+)/m;
