/**
 * The checks that keep the code's shape can fail: the lint rule against imports past another
 * folder's index (core and the importer), the one against functions longer than 120 lines, the one
 * against spreading an array into the arguments of push or Math.max (a stack overflow), and
 * dpdm's search for import circles, each shown on code that breaks it beside code that does not.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { ROOT } from './support/cli.js';

const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('no import past another folder index', () => {
  it.each([
    ["import { Propagator } from '../kernel/propagate.js';", 'packages/core/src/blast/x.ts'],
    ["import { Propagator } from '../../kernel/propagate.js';", 'packages/core/src/metrics/graph/x.ts'],
    ["import { x } from '../kernel/sub/file.js';", 'packages/core/src/blast/x.ts'],
    ["import { x } from './sub/file.js';", 'packages/core/src/blast/x.ts'],
    ["import { readTable } from '../formats/csv/read-table.js';", 'packages/importer/src/dora/x.ts'],
  ])('refuses %s in %s', async (line, file) => {
    expect(await ruleIds(`${line}\nexport const y = 1;\n`, file)).toContain('no-restricted-imports');
  });

  it.each([
    ["import { Propagator } from '../kernel/index.js';", 'packages/core/src/blast/x.ts'],
    ["import { Propagator } from '../../kernel/index.js';", 'packages/core/src/metrics/graph/x.ts'],
    ["import { x } from './ranking.js';", 'packages/core/src/blast/x.ts'],
    ["import { x } from '../utils.js';", 'packages/core/src/metrics/graph/x.ts'],
    ["import { x } from '../../errors.js';", 'packages/core/src/metrics/graph/x.ts'],
    ["import { x } from './sub/index.js';", 'packages/core/src/blast/x.ts'],
    ["import { readTable } from '../formats/csv/index.js';", 'packages/importer/src/dora/x.ts'],
  ])('allows %s in %s', async (line, file) => {
    expect(await ruleIds(`${line}\nexport const y = x;\n`.replace('= x', '= 1'), file)).not.toContain(
      'no-restricted-imports',
    );
  });
});

describe('functions of at most 120 lines', () => {
  const body = (lines: number) =>
    `export function f(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

  it('refuses a function of 121 lines and allows one of 120, in every package', async () => {
    for (const file of ['packages/core/src/x.ts', 'packages/cli/src/x.ts', 'packages/viewer/src/x.ts']) {
      expect(await ruleIds(body(121), file)).toContain('max-lines-per-function');
      expect(await ruleIds(body(120), file)).not.toContain('max-lines-per-function');
    }
  });
});

describe('no array spread into the arguments of push, Math.max and the like', () => {
  it.each([
    'export function f(out: number[], rows: number[]): void {\n  out.push(...rows);\n}\n',
    'export const top = (xs: number[]): number => Math.max(...xs);\n',
    'export const low = (xs: number[]): number => Math.min(0, ...xs);\n',
    'export const text = (codes: number[]): string => String.fromCharCode(...codes);\n',
    'export function g(out: number[], rows: number[]): void {\n  out.unshift(...rows);\n}\n',
  ])('refuses %s', async (code) => {
    for (const file of ['packages/core/src/x.ts', 'packages/neo4j/src/x.ts', 'packages/viewer/src/x.ts']) {
      expect(await ruleIds(code, file)).toContain('no-restricted-syntax');
    }
  });

  it.each([
    'export function f(out: number[], rows: number[]): void {\n  for (const row of rows) out.push(row);\n}\n',
    'export const top = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), -Infinity);\n',
    'export const all = (a: number[], b: number[]): number[] => [...a, ...b];\n',
    'export const pair = (a: number, b: number): number => Math.max(a, b);\n',
  ])('allows %s', async (code) => {
    expect(await ruleIds(code, 'packages/core/src/x.ts')).not.toContain('no-restricted-syntax');
  });
});

describe('records keyed by data start without a prototype in core', () => {
  it('refuses a Record or Mapping that starts from {}, in core', async () => {
    for (const code of [
      'export function f(): Record<string, number> {\n  const counts: Record<string, number> = {};\n  return counts;\n}\n',
      "import type { Mapping } from '../utils.js';\nexport const m: Mapping<number> = {};\n",
    ]) {
      expect(await ruleIds(code, 'packages/core/src/metrics/graph/x.ts')).toContain('no-restricted-syntax');
    }
  });

  it('allows dataRecord(), and a record with entries', async () => {
    for (const code of [
      "import { dataRecord } from '../../model/index.js';\nexport const counts: Record<string, number> = dataRecord();\n",
      "export const labels: Record<string, string> = { a: 'b' };\n",
    ]) {
      expect(await ruleIds(code, 'packages/core/src/metrics/graph/x.ts')).not.toContain('no-restricted-syntax');
    }
  });

  it('keeps the spread rule in core too', async () => {
    const code = 'export function f(out: number[], rows: number[]): void {\n  out.push(...rows);\n}\n';
    expect(await ruleIds(code, 'packages/core/src/metrics/graph/x.ts')).toContain('no-restricted-syntax');
  });
});

describe('no import circles (dpdm)', () => {
  const run = promisify(execFile);
  const dpdm = join(ROOT, 'node_modules/dpdm/lib/bin/dpdm.js');

  function project(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-cycles-'));
    mkdirSync(join(folder, 'src'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, 'src', name), text);
    writeFileSync(join(folder, 'tsconfig.json'), '{ "compilerOptions": { "module": "NodeNext" } }');
    return folder;
  }
  const check = (folder: string) =>
    run(process.execPath, [dpdm, '--no-tree', '--no-warning', '--exit-code', 'circular:1', 'src/*.ts'], {
      cwd: folder,
    });

  it('fails on a circle made of type-only imports', async () => {
    const folder = project({
      'a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
      'b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
    });
    await expect(check(folder)).rejects.toMatchObject({ code: 1 });
  });

  it('passes without one', async () => {
    const folder = project({
      'a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
      'b.ts': 'export interface B { n: number }\n',
    });
    await expect(check(folder)).resolves.toBeDefined();
  });
});
