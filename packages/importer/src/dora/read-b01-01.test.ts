import { describe, expect, it } from 'vitest';

import { readB0101 } from './read-b01-01.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_01_01 } from './templates.js';

describe('readB0101', () => {
  it('gives the LEI and name of each row, EBA prefixes stripped', async () => {
    const { table, csvProblems } = await templateTable(
      B_01_01,
      'c0010,c0020,c0030\nBANK1,Banken AB,eba_GA:SE\nBANK2,,SE\n',
    );
    const read = readB0101(table);
    expect(csvProblems).toEqual([]);
    expect(read.records).toEqual([
      { lei: 'BANK1', name: 'Banken AB' },
      { lei: 'BANK2', name: '' },
    ]);
    expect(read.emptyKeys).toEqual([]);
    expect(read.diagnostics).toEqual([]);
  });

  it('reports an empty LEI (also one of only a prefix) as an error at its line and column', async () => {
    const { table } = await templateTable(B_01_01, 'c0020,c0010\nBanken AB,\n\nFonden AB,eba_LE:\nOK AB,OK1\n');
    const { emptyKeys } = readB0101(table);
    expect(placed(emptyKeys)).toEqual([
      ['KEDJA_DORA_EMPTY_KEY', 'error', 2, 2],
      ['KEDJA_DORA_EMPTY_KEY', 'error', 4, 2],
    ]);
    expect(emptyKeys[0]!.message).toMatch(/^B_01\.01 c0010 \(LEI of the entity maintaining/);
    expect(emptyKeys[0]!.file).toBe(table.file);
  });

  it('leaves a header without the LEI column to the CSV check (no empty-key errors)', async () => {
    const { table, csvProblems } = await templateTable(B_01_01, 'c0020\nBanken AB\n');
    expect(placed(csvProblems)).toEqual([['KEDJA_CSV_MISSING_COLUMN', 'error', 1, 2]]);
    expect(readB0101(table).emptyKeys).toEqual([]);
  });
});
