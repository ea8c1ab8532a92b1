import { describe, expect, it } from 'vitest';

import { readB0701 } from './read-b07-01.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_07_01 } from './templates.js';

const HEADER = 'c0010,c0020,c0040,c0050,c0080,c0110';

describe('readB0701', () => {
  it('gives the assessment of each arrangement and type, empty cells left out', async () => {
    const { table } = await templateTable(
      B_07_01,
      `${HEADER}\nA-1,PROV1,eba_TA:s19,eba_ZZ:x959,eba_BT:x28,eba_BT:x29\nA-2,PROV2,S07,,x28,\n`,
    );
    const read = readB0701(table);
    expect(read.records.map(({ at: _at, ...record }) => record)).toEqual([
      {
        arrangement: 'A-1',
        type: 'S19',
        assessment: { substitutability: 'x959', exitPlan: 'x28', alternativeProvidersIdentified: 'x29' },
      },
      { arrangement: 'A-2', type: 'S07', assessment: { exitPlan: 'x28' } },
    ]);
    expect(read.diagnostics).toEqual([]);
  });

  it('reports empty keys (the provider too, though it is not otherwise read) as errors', async () => {
    const { table } = await templateTable(B_07_01, `${HEADER}\nA-1,,S19,,,\n,PROV1,,,,\n`);
    expect(placed(readB0701(table).emptyKeys)).toEqual([
      ['KEDJA_DORA_EMPTY_KEY', 'error', 2, 2],
      ['KEDJA_DORA_EMPTY_KEY', 'error', 3, 1],
      ['KEDJA_DORA_EMPTY_KEY', 'error', 3, 3],
    ]);
  });
});
