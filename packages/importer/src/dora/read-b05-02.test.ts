import { describe, expect, it } from 'vitest';

import { readB0502 } from './read-b05-02.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_05_02 } from './templates.js';

const HEADER = 'c0010,c0020,c0030,c0050,c0060';

describe('readB0502', () => {
  it('gives each link its arrangement, upper-case type, provider, rank and recipient', async () => {
    const { table } = await templateTable(B_05_02, `${HEADER}\nA-1,eba_TA:s19,PROV1,1,\nA-1,S19,SUB2,eba_ZZ:2,PROV1\n`);
    const read = readB0502(table);
    expect(read.records.map(({ at: _at, ...link }) => link)).toEqual([
      { arrangement: 'A-1', type: 'S19', provider: 'PROV1', rank: 1, recipient: '' },
      { arrangement: 'A-1', type: 'S19', provider: 'SUB2', rank: 2, recipient: 'PROV1' },
    ]);
    expect(read.diagnostics).toEqual([]);
  });

  it('reports a rank that is not a natural number as an error, and an empty rank as an empty key', async () => {
    const { table } = await templateTable(
      B_05_02,
      `${HEADER}\nA-1,S19,P1,two,\nA-1,S19,P2,0,\nA-1,S19,P3,02,\nA-1,S19,P4,,\nA-1,S19,P5,10,\n`,
    );
    const read = readB0502(table);
    expect(placed(read.diagnostics)).toEqual([
      ['KEDJA_DORA_BAD_RANK', 'error', 2, 4],
      ['KEDJA_DORA_BAD_RANK', 'error', 3, 4],
      ['KEDJA_DORA_BAD_RANK', 'error', 4, 4],
    ]);
    expect(read.diagnostics[0]!.message).toBe(
      'B_05.02 c0050 (Rank): "two" is not a rank; write a natural number: 1 for the direct provider, 2 or more for subcontractors',
    );
    expect(placed(read.emptyKeys)).toEqual([['KEDJA_DORA_EMPTY_KEY', 'error', 5, 4]]);
  });
});
