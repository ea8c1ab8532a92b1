/**
 * The EU DORA register through the real command: datasets/dora-sample imports, `kedja rank` runs on
 * the result and on the register folder itself, and a malformed table stops the import with file,
 * line and column code.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

describe('datasets/dora-sample', () => {
  it('imports, and kedja rank runs on the import and on the register folder alike', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kedja-dora-cli-')), 'graph');
    const imported = await kedja(['import-dora', 'datasets/dora-sample', '-o', out, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      financialEntities: 3,
      providers: 10,
      subcontractorsOnly: 2,
      ictServices: 8,
      edges: { uses: 11, providedBy: 8, subcontracts: 6 },
      warnings: 4,
    });
    expect(imported.stderr).toContain('warning KEDJA_DORA_INCOMPLETE');
    const [fromImport, fromRegister] = await Promise.all([
      kedja(['rank', out, '--json']),
      kedja(['rank', 'datasets/dora-sample', '--json']),
    ]);
    expect(fromImport.code).toBe(0);
    expect(fromRegister.stdout).toBe(fromImport.stdout);
    const ranking = JSON.parse(fromImport.stdout) as { supplier: string; organisations: number; suppliers: number }[];
    // The data centre that no entity contracts reaches all three through its subcontracting chains.
    expect(ranking.find((r) => r.supplier === 'NORDISKDATAHALL00019')).toMatchObject({
      organisations: 3,
      suppliers: 6,
    });
  });

  it('a malformed register table exits 2 with file, line and column code, and writes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kedja-dora-bad-')), 'register');
    cpSync(join(ROOT, 'datasets/dora-sample'), dir, { recursive: true });
    const chains = join(dir, 'b_05.02.csv');
    writeFileSync(chains, readFileSync(chains, 'utf8').replace(',LEI,3,STORMOLN', ',LEI,third,STORMOLN'));
    const out = join(dir, '..', 'out');
    const result = await kedja(['import-dora', dir, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `${chains}:4:5: error KEDJA_DORA_BAD_RANK: B_05.02 c0050 (Rank): "third" is not a rank; write a natural number`,
    );
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });
});
