/**
 * Node ids named like built-in properties of JavaScript objects (issue 17, defect 2's class, found
 * by the fuzz harness): graphology keeps neighbours in plain objects, so an id `constructor` or
 * `toString` made `kedja metrics` exit 3, and `__proto__` set a prototype for the whole process
 * (the graph reader then overflowed the stack on valid data). Every reader now refuses such an id
 * with KEDJA_MODEL_RESERVED_ID before a graph holds it, the snapshot path too (one semantics).
 * Ids that a CSV table cannot give back as they are (a control character, spaces around) are
 * KEDJA_MODEL_INVALID_ID: `kedja import` wrote them into folders with other ids. import-survey and
 * import-dora refuse them too, instead of writing a folder that Kedja then refuses.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kedja-reserved-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** datasets/demo with sup-hosting renamed to `id`, as a CSV folder and in each graph format. */
async function inputs(id: string): Promise<string[]> {
  const base = join(dir, id.replace(/\W/g, '_'));
  const made: string[] = [];
  for (const format of ['csv', 'json', 'gexf', 'graphml']) {
    const out = `${base}.${format}`;
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', format, '-o', out])).code).toBe(0);
    const files = format === 'csv' ? readdirSync(out).map((name) => join(out, name)) : [out];
    for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replaceAll('sup-hosting', id));
    made.push(out);
  }
  return made;
}

describe('ids named like built-in properties of objects', () => {
  for (const id of ['constructor', '__proto__', 'toString']) {
    it(`refuses ${id} in every format, through the snapshot and the graph alike`, async () => {
      for (const input of await inputs(id)) {
        for (const args of [
          ['validate', input],
          ['rank', input, '--json'],
          ['metrics', input, '--json'],
        ]) {
          const result = await kedja(args);
          expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2);
          expect(result.stdout).toBe('');
          expect(result.stderr).toContain('error KEDJA_MODEL_RESERVED_ID:');
          expect(result.stderr).toContain('built-in property of JavaScript objects');
          expect(result.stderr).not.toMatch(STACK_FRAME);
          expect(result.stderr).not.toContain('internal error');
        }
      }
    });
  }

  it('keeps a name like one in an edge list: the importer gives it an id of its own', async () => {
    const list = join(dir, 'edges.csv');
    writeFileSync(list, 'from,to\nkommun-a,constructor\n');
    const out = join(dir, 'edges-out');
    const imported = await kedja([
      'import-edges',
      list,
      '--kind',
      'contracts',
      '--from',
      'from',
      '--to',
      'to',
      '-o',
      out,
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(out, 'suppliers.csv'), 'utf8')).toContain('sup-constructor,constructor,');
    expect((await kedja(['metrics', out, '--json'])).code).toBe(0);
  });
});

/** A JSON string literal's contents for `id`, with control characters escaped. */
const inJson = (id: string) => JSON.stringify(id).slice(1, -1);

describe('ids a CSV table cannot give back as they are', () => {
  it('refuses a control character in a graph file and a CSV folder, and spaces around an id in a graph file', async () => {
    const [csv, json, gexf, graphml] = await inputs('sup-hosting');
    // A tab (valid in JSON escaped, in XML, in a quoted CSV field) and U+0001 (JSON only; NUL is
    // KEDJA_INPUT_ENCODING before any id is read, test/input-guards.test.ts).
    const cases: [string, string, string][] = [
      [json!, '"sup-hosting"', `"${inJson('sup\tho')}"`],
      [json!, '"sup-hosting"', `"${inJson('sup\u0001ho')}"`],
      [json!, '"sup-hosting"', '" sup-hosting "'],
      [gexf!, '"sup-hosting"', '"sup&#9;hosting"'],
      [gexf!, '"sup-hosting"', '" sup-hosting"'],
      [graphml!, '"sup-hosting"', '"sup-hosting "'],
    ];
    for (const [file, from, to] of cases) {
      const copy = join(dir, `bad-${cases.findIndex((c) => c[2] === to)}${file.slice(file.lastIndexOf('.'))}`);
      writeFileSync(copy, readFileSync(file, 'utf8').replaceAll(from, to));
      for (const command of ['validate', 'rank', 'import']) {
        const args = command === 'import' ? [command, copy, '-o', join(dir, 'never')] : [command, copy];
        const result = await kedja(args);
        expect(result.code, `${to} ${args.join(' ')}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toContain('error KEDJA_MODEL_INVALID_ID:');
        expect(result.stderr).not.toMatch(STACK_FRAME);
      }
    }
    // In a CSV folder a control character inside a quoted id is refused by both loaders; spaces
    // around an id are trimmed, as for every CSV field.
    const suppliers = join(csv!, 'suppliers.csv');
    const original = readFileSync(suppliers, 'utf8');
    writeFileSync(suppliers, original.replace('sup-hosting,', '"sup-host\ting",'));
    for (const args of [
      ['validate', csv!],
      ['metrics', csv!, '--json'],
    ]) {
      const result = await kedja(args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('suppliers.csv:');
      expect(result.stderr).toContain('error KEDJA_MODEL_INVALID_ID:');
      expect(result.stderr).toContain('U+0009');
    }
    writeFileSync(suppliers, original);
  });

  it('import-survey skips a respondent whose id no graph can hold, and writes a folder Kedja reads', async () => {
    const answers = join(dir, 'answers.csv');
    const lines = readFileSync(join(ROOT, 'datasets/survey-sample/answers.csv'), 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/^9901,/, 'constructor,');
    writeFileSync(answers, lines.join('\n'));
    const out = join(dir, 'survey-out');
    const catalogue = join(ROOT, 'datasets/survey-sample/catalogue');
    const imported = await kedja(['import-survey', answers, '--catalogue', catalogue, '-o', out]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/answers\.csv:2:1: warning KEDJA_SURVEY_ROW_SKIPPED: .*built-in property/);
    const check = await kedja(['validate', out]);
    expect(check.code, check.stderr).toBe(0);
  });

  it('import-dora refuses a key no graph can hold, with table, line and column', async () => {
    const register = join(dir, 'dora');
    cpSync(join(ROOT, 'datasets/dora-sample'), register, { recursive: true });
    const table = join(register, 'b_05.01.csv');
    writeFileSync(table, readFileSync(table, 'utf8').replaceAll('KARNBANKSYSTEMS00011', 'constructor'));
    const result = await kedja(['import-dora', register, '-o', join(dir, 'dora-out')]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/b_05\.01\.csv:2:1: error KEDJA_MODEL_RESERVED_ID:/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('import-dora refuses such a code wherever it becomes a node, not only in key columns (found by the fuzz in CI)', async () => {
    // B_05.02 c0060, the recipient of sub-contracted services, names a supplier without being a key.
    const register = join(dir, 'dora-chain');
    cpSync(join(ROOT, 'datasets/dora-sample'), register, { recursive: true });
    const table = join(register, 'b_05.02.csv');
    const lines = readFileSync(table, 'utf8').split('\n');
    const cells = lines[2]!.split(',');
    cells[5] = '"tab\tinside"';
    lines[2] = cells.join(',');
    writeFileSync(table, lines.join('\n'));
    const result = await kedja(['import-dora', register, '-o', join(dir, 'dora-chain-out')]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/b_05\.02\.csv:3:6: error KEDJA_MODEL_INVALID_ID: B_05\.02 c0060 .*U\+0009/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
