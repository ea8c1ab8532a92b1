/**
 * `kedja serve` as a user runs it, for tests: the real executable in a child process on a free port
 * (`--port 0`), the URL read from what it prints, stopped with SIGTERM. The viewer is built once
 * before (in this process) so that parallel servers do not all build it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { ensureViewerBuilt } from '@kedja/viewer';

import { ROOT } from './cli.js';

const BIN = fileURLToPath(new URL('../../packages/cli/bin/kedja.js', import.meta.url));

export interface RunningServer {
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

let built: Promise<unknown> | undefined;

export async function startServer(args: readonly string[]): Promise<RunningServer> {
  built ??= ensureViewerBuilt();
  await built;
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, KEDJA_SOURCE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kedja ${args.join(' ')} printed no URL:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/[^\s/]+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kedja ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
