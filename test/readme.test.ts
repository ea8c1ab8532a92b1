/**
 * The README and the command reference (docs/cli.md) stay true: the README is at most 250 lines and
 * its quick start is exactly two commands (the test one is what .ci/run runs), and every example of
 * a command on datasets/demo or datasets/sweden-2018 in either prints what it shows. Examples
 * with `--uri bolt://127.0.0.1:7687` run against the test run's Neo4j (in vitest's neo4j project),
 * its URI put in place of that one, after the dataset they use is removed so that a push starts
 * from nothing. `kedja serve` runs until stopped: its example is started on a free port, read until
 * it has printed as many lines as the README shows, checked to serve the page, and stopped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';
import { cliEnv, connect, dropDataset, neo4jServer } from './support/neo4j.js';
import { startServer } from './support/serve.js';

const README_URI = 'bolt://127.0.0.1:7687';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const DOCUMENTS = [README, readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')];

/** Examples: a `$ pnpm kedja ...` line in a code block and the lines up to the next `$` or the block's end. */
function examples(): { args: string[]; output: string }[] {
  return DOCUMENTS.flatMap(examplesIn);
}

function examplesIn(text: string): { args: string[]; output: string }[] {
  const found: { args: string[]; output: string }[] = [];
  // Fences are read in order (an opening fence with a language, such as ```ts, is not a plain
  // block), so that a closing fence is never taken for the opening of the next block.
  const blocks: string[] = [];
  let open: string | undefined;
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('```')) {
      if (open !== undefined) lines.push(line);
    } else if (open === undefined) {
      open = line;
      lines = [];
    } else {
      if (open === '```') blocks.push(`${lines.join('\n')}\n`);
      open = undefined;
    }
  }
  for (const block of blocks) {
    const parts = block.split(/^\$ /m).slice(1);
    for (const part of parts) {
      const [command, ...output] = part.split('\n');
      found.push({
        args: command!.replace(/^pnpm kedja /, '').split(' '),
        output: output.join('\n').replace(/\n+$/, '\n'),
      });
    }
  }
  return found;
}

describe('README and docs/cli.md', () => {
  it('keep the README short: at most 250 lines', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(250);
  });

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

  const usesNeo4j = (args: string[]) => args.includes(README_URI);
  const runnable = examples().filter(
    ({ args }) =>
      (args.includes('datasets/demo') || args.includes('datasets/sweden-2018') || usesNeo4j(args)) &&
      !args.includes('-o'),
  );
  const serves = (args: string[]) => args[0] === 'serve';
  const inMemory = runnable.filter(({ args }) => !usesNeo4j(args) && !serves(args));
  const servers = runnable.filter(({ args }) => serves(args));
  const withNeo4j = runnable.filter(({ args }) => usesNeo4j(args));

  it('has runnable examples', () => {
    expect(inMemory.length).toBeGreaterThanOrEqual(5);
    expect(withNeo4j.length).toBeGreaterThanOrEqual(3);
    expect(servers.length).toBeGreaterThanOrEqual(1);
  });

  it.each(inMemory.map((e) => [e.args.join(' '), e] as const))(
    'kedja %s prints what the README shows',
    async (_name, example) => {
      const result = await kedja(example.args);
      expect(result.code).toBe(0);
      expect(result.stdout.replace(/\n+$/, '\n')).toBe(example.output);
    },
  );

  it.each(servers.map((e) => [e.args.join(' '), e] as const))(
    'kedja %s prints what the README shows and serves the page',
    async (_name, example) => {
      const portAt = example.args.indexOf('--port');
      const args = portAt < 0 ? example.args : example.args.filter((_arg, i) => i !== portAt && i !== portAt + 1);
      const shownUrl = /http:\/\/[^\s/]+\//.exec(example.output)?.[0];
      expect(shownUrl).toBeDefined();
      const running = await startServer(args);
      try {
        const lines = example.output.split('\n').length - 1;
        for (let waited = 0; running.output().split('\n').length - 1 < lines && waited < 100; waited++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(running.output().replaceAll(running.url, shownUrl!)).toBe(example.output);
        const page = await fetch(running.url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<title>');
      } finally {
        await running.stop();
      }
    },
  );

  const server = neo4jServer('the README examples with --uri');
  describe.skipIf(!server)('examples with Neo4j', () => {
    it.each(withNeo4j.map((e) => [e.args.join(' '), e] as const))(
      'kedja %s prints what the README shows',
      async (_name, example) => {
        const args = example.args.map((arg) => (arg === README_URI ? server!.uri : arg));
        if (args[0] === 'push') {
          const connection = await connect(server!);
          try {
            const tag = args.includes('--dataset') ? args[args.indexOf('--dataset') + 1]! : 'default';
            await dropDataset(connection, tag);
          } finally {
            await connection.close();
          }
        }
        const result = await kedja(args, { env: cliEnv(server!) });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout.replace(/\n+$/, '\n')).toBe(example.output.replaceAll(README_URI, server!.uri));
      },
    );
  });
});
