/**
 * The README stays true: its quick start is exactly two commands (the test one is what .ci/run
 * runs), and every example of a command on datasets/demo or datasets/sweden-2018 prints what the README shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Examples: a `$ pnpm kedja ...` line in a plain code block and the lines up to the next `$` or the block's end. */
function examples(): { args: string[]; output: string }[] {
  const found: { args: string[]; output: string }[] = [];
  let block: string[] | undefined;
  let plain = false;
  for (const line of README.split('\n')) {
    if (line.startsWith('```')) {
      if (block === undefined) {
        block = [];
        plain = line === '```';
        continue;
      }
      if (plain) {
        for (const part of block.join('\n').split(/^\$ /m).slice(1)) {
          const [command, ...output] = part.split('\n');
          found.push({
            args: command!.replace(/^pnpm kedja /, '').split(' '),
            output: output.join('\n').replace(/\n*$/, '\n'),
          });
        }
      }
      block = undefined;
      continue;
    }
    block?.push(line);
  }
  return found;
}

describe('README', () => {
  it('has a quick start of exactly two commands, the second being what .ci/run runs', () => {
    const quickStart = README.split('## Quick start')[1]!.split('\n## ')[0]!;
    const commands = [...quickStart.matchAll(/^```sh\n(.*)\n```$/gm)].map((m) => m[1]!);
    expect(commands).toEqual([
      'npm i -g pnpm@10.34.9 && pnpm install --frozen-lockfile && pnpm kedja demo',
      'npm i -g pnpm@10.34.9 && pnpm install --frozen-lockfile && pnpm test',
    ]);
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager: string };
    expect(packageJson.packageManager).toBe('pnpm@10.34.9');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('Run the whole test suite');
  });

  const runnable = examples().filter(
    ({ args }) => (args.includes('datasets/demo') || args.includes('datasets/sweden-2018')) && !args.includes('-o'),
  );

  it('has runnable examples', () => expect(runnable.length).toBeGreaterThanOrEqual(5));

  it.each(runnable.map((e) => [e.args.join(' '), e] as const))(
    'kedja %s prints what the README shows',
    async (_name, example) => {
      const result = await kedja(example.args);
      expect(result.code).toBe(0);
      expect(result.stdout.replace(/\n+$/, '\n')).toBe(example.output);
    },
  );
});
