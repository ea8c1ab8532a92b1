/**
 * Without possible edges (issue 13), every command's JSON is what it was before uncertainty came
 * in, byte for byte. test/fixtures/json-before-uncertainty/ holds each command's output (name.stdout) as printed
 * by the commit before the `certainty` column existed (ff1c380), with the command lines in
 * cases.json; never regenerate these files: a difference is a change to today's JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/json-before-uncertainty');

interface Case {
  name: string;
  args: string[];
}

const CASES = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as Case[];

describe('JSON on graphs without possible edges is unchanged', () => {
  it('covers blast, rank, timeline, metrics, why, simulate, screen and advise on both datasets', () => {
    const commands = new Set(CASES.map((c) => `${c.args[0]} ${c.args[1]}`));
    for (const command of ['blast', 'rank', 'timeline', 'metrics', 'why', 'simulate', 'screen', 'advise']) {
      expect(commands).toContain(`${command} datasets/demo`);
      expect(commands).toContain(`${command} datasets/sweden-2018`);
    }
  });

  it.concurrent.each(CASES)('$name', async ({ name, args }) => {
    const result = await kedja(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(FIXTURES, `${name}.stdout`), 'utf8'));
  });
});
