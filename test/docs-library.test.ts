/**
 * docs/library.md stays true: every ```ts block is a whole program, run from the repository root on
 * the sources, and prints exactly the ```text block that follows it. Every value that
 * `@kedja/core`'s main entry exports is used in at least one of those programs, so the guide has an
 * example of each. `KEDJA_UPDATE_DOCS=1` writes the printed output into the guide instead (then
 * read the diff before committing it).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import * as core from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { ROOT } from './support/cli.js';

const GUIDE = join(ROOT, 'docs/library.md');
const WORK = join(ROOT, 'test/.docs-examples');
const run = promisify(execFile);

interface Example {
  code: string;
  output: string;
  /** Offsets of the output block's body in the guide, for KEDJA_UPDATE_DOCS. */
  outputStart: number;
  outputEnd: number;
}

/** The ```ts blocks, each with the ```text block that must follow it. */
function examples(text: string): Example[] {
  const found: Example[] = [];
  const pattern = /^```ts\n([\s\S]*?)^```\n\n```text\n([\s\S]*?)^```$/gm;
  for (const match of text.matchAll(pattern)) {
    const outputStart = match.index + match[0].indexOf('```text\n') + '```text\n'.length;
    found.push({ code: match[1]!, output: match[2]!, outputStart, outputEnd: outputStart + match[2]!.length });
  }
  return found;
}

const guide = readFileSync(GUIDE, 'utf8');
const all = examples(guide);

function write(example: Example, index: number): string {
  mkdirSync(WORK, { recursive: true });
  const file = join(WORK, `example-${index + 1}.ts`);
  // A module of its own (top-level await, names local to it), even without imports.
  writeFileSync(file, `${example.code}export {};\n`);
  return file;
}

async function execute(example: Example, index: number): Promise<string> {
  const file = write(example, index);
  const { stdout } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return stdout;
}

describe('docs/library.md', () => {
  it('has an output block after every example', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.length).toBe([...guide.matchAll(/^```ts$/gm)].length);
  });

  it('has examples that type-check', async () => {
    all.forEach((example, i) => write(example, i));
    writeFileSync(
      join(WORK, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        compilerOptions: { noEmit: true, types: ['node'] },
        include: ['*.ts'],
      }),
    );
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', WORK], { cwd: ROOT }).catch(
      (error: { stdout: string }) => {
        throw new Error(`the examples of docs/library.md do not type-check:\n${error.stdout}`);
      },
    );
  });

  it('uses every value of the main entry of @kedja/core in an example', () => {
    const imported = new Set<string>();
    for (const { code } of all) {
      for (const [, names] of code.matchAll(/import \{([^}]*)\} from '@kedja\/core';/g)) {
        for (const name of names!.split(',')) imported.add(name.trim().replace(/^type /, ''));
      }
    }
    const missing = Object.keys(core).filter((name) => !imported.has(name));
    expect(missing).toEqual([]);
  });

  if (process.env.KEDJA_UPDATE_DOCS === '1') {
    it('writes the printed output into the guide', async () => {
      let text = guide;
      for (let i = all.length - 1; i >= 0; i--) {
        const printed = await execute(all[i]!, i);
        text = text.slice(0, all[i]!.outputStart) + printed + text.slice(all[i]!.outputEnd);
      }
      writeFileSync(GUIDE, text);
    });
  } else {
    it.each(all.map((example, i) => [i + 1, example] as const))(
      'example %i prints what the guide shows',
      async (i, example) => {
        expect(await execute(example, i - 1)).toBe(example.output);
      },
    );
  }
});
