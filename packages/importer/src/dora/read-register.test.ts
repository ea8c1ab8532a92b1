import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadGraph } from '../input/index.js';
import { readDoraRegister } from './read-register.js';

const SAMPLE = fileURLToPath(new URL('../../../../datasets/dora-sample', import.meta.url));
const BANK = 'EXEMPELBANKEN0000001';
const CORE = 'KARNBANKSYSTEMS00011';
const CLOUD = 'STORMOLNEMEA00000014';
const INSS = 'FORSAKRINGSSYSTEM016';

/** A copy of the sample with `edit` applied to some of its files. */
function variant(edit: Record<string, (text: string) => string | null>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kedja-dora-')), 'register');
  cpSync(SAMPLE, dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const text = change(readFileSync(join(dir, file), 'utf8'));
    if (text === null) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('readDoraRegister on datasets/dora-sample', () => {
  it('maps entities, providers, services and supply chains onto the Kedja model', async () => {
    const { graph, diagnostics } = await readDoraRegister(SAMPLE);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(graph!.getNodeAttributes(BANK)).toEqual({
      kind: 'organisation',
      name: 'Exempelbanken AB',
      orgType: 'other',
      code: BANK,
    });
    expect(graph!.getNodeAttributes(CORE)).toEqual({
      kind: 'supplier',
      name: 'Kärnbank Systems AB',
      country: 'SE',
      parent: 'Nordic Fintech Holding AS',
    });
    expect(graph!.getNodeAttributes('A-001/S19')).toMatchObject({
      kind: 'service',
      model: 'SaaS',
      category: 'Cloud services: SaaS',
      countries: ['SE'],
      substitutability: 'x959',
      exitPlan: 'x28',
    });
    expect(graph!.getEdgeAttributes(`uses:${BANK}->A-001/S19`)).toEqual({ kind: 'uses', function: 'F-PAY' });
    expect(graph!.hasEdge(`providedBy:A-001/S19->${CORE}`)).toBe(true);
    expect(graph!.getEdgeAttributes(`subcontracts:${CORE}->${CLOUD}#S19`)).toEqual({
      kind: 'subcontracts',
      rank: 2,
      service: 'S19',
    });
    // The rank-2 row of A-005 has no recipient: the only rank-1 provider of that chain is used.
    expect(graph!.hasEdge(`subcontracts:${INSS}->${CLOUD}#S19`)).toBe(true);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['KEDJA_DORA_INCOMPLETE', 9, 8],
      ['KEDJA_DORA_UNKNOWN_REFERENCE', 12, 1],
      ['KEDJA_DORA_UNKNOWN_REFERENCE', 12, 3],
      ['KEDJA_DORA_INCOMPLETE', 10, 6],
    ]);
  });

  it('is what loadGraph reads from a register folder, also from the reports/ folder of a package', async () => {
    const pkg = mkdtempSync(join(tmpdir(), 'kedja-dora-pkg-'));
    cpSync(SAMPLE, join(pkg, 'reports'), { recursive: true });
    writeFileSync(join(pkg, 'reports', 'FilingIndicators.csv'), 'templateID,reported\nB_05.01,true\n');
    const direct = await loadGraph(SAMPLE);
    const packaged = await loadGraph(pkg);
    expect(packaged.graph!.order).toBe(direct.graph!.order);
    expect(packaged.graph!.size).toBe(direct.graph!.size);
    expect(packaged.diagnostics.map((d) => d.code)).toContain('KEDJA_DORA_TABLE_NOT_READ');
  });

  it('accepts full column codes (B_05.02.0010) as headers', async () => {
    const dir = variant({
      'b_05.02.csv': (text) =>
        text.replace(
          /^.*\n/,
          'B_05.02.0010,B_05.02.0020,B_05.02.0030,B_05.02.0040,B_05.02.0050,B_05.02.0060,B_05.02.0070\n',
        ),
    });
    expect((await readDoraRegister(dir)).graph!.size).toBe((await readDoraRegister(SAMPLE)).graph!.size);
  });
});

describe('readDoraRegister on malformed registers', () => {
  const cases: [string, Record<string, (text: string) => string | null>, string, string, number, number][] = [
    [
      'a rank that is not a number',
      { 'b_05.02.csv': (t) => t.replace(/,LEI,2,KARNBANK/, ',LEI,two,KARNBANK') },
      'b_05.02.csv',
      'KEDJA_DORA_BAD_RANK',
      3,
      5,
    ],
    [
      'an empty provider code',
      { 'b_02.02.csv': (t) => t.replace(/^(A-004,EXEMPELBANKEN0000001,)BETALVAXELN000000015/m, '$1') },
      'b_02.02.csv',
      'KEDJA_DORA_EMPTY_KEY',
      8,
      3,
    ],
    [
      'a provider listed twice',
      { 'b_05.01.csv': (t) => t + t.split('\n')[1] + '\n' },
      'b_05.01.csv',
      'KEDJA_DORA_DUPLICATE_KEY',
      12,
      1,
    ],
    [
      'a header without a key column',
      { 'b_05.02.csv': (t) => t.replace('c0030', 'c0035') },
      'b_05.02.csv',
      'KEDJA_CSV_UNKNOWN_COLUMN',
      1,
      3,
    ],
    [
      'a row with too many fields',
      { 'b_05.01.csv': (t) => t.replace(/\n(HALLENHOSTING0000020,[^\n]*)/, '\n$1,extra') },
      'b_05.01.csv',
      'KEDJA_CSV_MALFORMED_ROW',
      11,
      13,
    ],
    ['a missing B_05.01', { 'b_05.01.csv': () => null }, 'b_05.01.csv', 'KEDJA_DORA_MISSING_TABLE', 0, 0],
  ];
  it.each(cases)(
    '%s: an error naming file, line and column code; nothing imported',
    async (_name, edit, file, code, line, column) => {
      const { graph, diagnostics } = await readDoraRegister(variant(edit));
      expect(graph).toBeNull();
      const error = diagnostics.find((d) => d.severity === 'error')!;
      expect(error).toMatchObject({ code });
      expect(error.file!.endsWith(file)).toBe(true);
      if (line > 0) {
        expect(error).toMatchObject({ line, column });
        if (code.startsWith('KEDJA_DORA')) expect(error.message).toMatch(/^B_0\d\.0\d c0\d{3} \(/);
      }
    },
  );
});
