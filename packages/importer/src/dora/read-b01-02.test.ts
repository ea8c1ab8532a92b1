import { describe, expect, it } from 'vitest';

import { readB0102 } from './read-b01-02.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_01_02 } from './templates.js';

describe('readB0102', () => {
  it('gives the LEI and name of each entity in scope', async () => {
    const { table } = await templateTable(B_01_02, 'c0010,c0020,c0060\nBANK1,Banken AB,BANK1\nFOND2,Fonden AB,BANK1\n');
    expect(readB0102(table).records).toEqual([
      { lei: 'BANK1', name: 'Banken AB' },
      { lei: 'FOND2', name: 'Fonden AB' },
    ]);
  });

  it('reports an empty LEI as an error on the physical line of its row', async () => {
    const { table } = await templateTable(B_01_02, 'c0010,c0020\nBANK1,"Banken\nAB"\n , Utan LEI AB\n');
    const read = readB0102(table);
    expect(placed(read.emptyKeys)).toEqual([['KEDJA_DORA_EMPTY_KEY', 'error', 4, 1]]);
    expect(read.emptyKeys[0]!.message).toMatch(/^B_01\.02 c0010 \(LEI of the entity\): is empty/);
    expect(read.diagnostics).toEqual([]);
  });
});
