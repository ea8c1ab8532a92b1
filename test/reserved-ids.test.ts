/**
 * Node ids named like built-in properties of JavaScript objects (issue 17, defect 2's class, found
 * by the fuzz harness): graphology keeps neighbours in plain objects, so an id `constructor` or
 * `toString` made `kedja metrics` exit 3, and `__proto__` set a prototype for the whole process
 * (the graph reader then overflowed the stack on valid data). Every reader now refuses such an id
 * with KEDJA_MODEL_RESERVED_ID before a graph holds it, the snapshot path too (one semantics).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
