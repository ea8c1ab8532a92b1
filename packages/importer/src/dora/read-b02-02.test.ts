import { describe, expect, it } from 'vitest';

import { readB0202 } from './read-b02-02.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_02_02 } from './templates.js';

const HEADER = 'c0010,c0020,c0030,c0050,c0060,c0150,c0160';

describe('readB0202', () => {
  it('gives arrangement, entity, provider, function, upper-case type and the valid countries of each row', async () => {
    const { table } = await templateTable(
      B_02_02,
      `${HEADER}\nA-1,BANK1,PROV1,F-PAY,eba_TA:s19,eba_GA:SE,eba_GA:ie\nA-2,BANK1,PROV2,,S07,,\n`,
    );
    const read = readB0202(table);
    expect(read.records.map(({ at: _at, ...record }) => record)).toEqual([
      {
        arrangement: 'A-1',
        entity: 'BANK1',
        provider: 'PROV1',
        functionId: 'F-PAY',
        type: 'S19',
        countries: ['SE', 'IE'],
        warnings: [],
      },
      {
        arrangement: 'A-2',
        entity: 'BANK1',
        provider: 'PROV2',
        functionId: '',
        type: 'S07',
        countries: [],
        warnings: [],
      },
    ]);
    expect(read.records[1]!.at.row.line).toBe(3);
    expect(read.emptyKeys).toEqual([]);
    expect(read.diagnostics).toEqual([]);
  });

  it('keeps a country that is not an ISO code out, with a warning on the record (for the builder)', async () => {
    const { table } = await templateTable(B_02_02, `${HEADER}\nA-1,BANK1,PROV1,F,S19,eba_GA:XX,Sweden\n`);
    const [record] = readB0202(table).records;
    expect(record!.countries).toEqual([]);
    expect(placed(record!.warnings)).toEqual([
      ['KEDJA_DORA_BAD_VALUE', 'warning', 2, 6],
      ['KEDJA_DORA_BAD_VALUE', 'warning', 2, 7],
    ]);
    expect(record!.warnings[1]!.message).toBe(
      'B_02.02 c0160 (Location of management of the data (processing)): "SWEDEN" is not an ISO 3166-1 alpha-2 code; left out',
    );
  });

  it('reports every empty key as an error, row by row and column by column', async () => {
    const { table } = await templateTable(B_02_02, `${HEADER}\nA-1,,PROV1,F,eba_TA:,,\n,BANK1,,F,S19,,\n`);
    expect(placed(readB0202(table).emptyKeys)).toEqual([
      ['KEDJA_DORA_EMPTY_KEY', 'error', 2, 2],
      ['KEDJA_DORA_EMPTY_KEY', 'error', 2, 5],
      ['KEDJA_DORA_EMPTY_KEY', 'error', 3, 1],
      ['KEDJA_DORA_EMPTY_KEY', 'error', 3, 3],
    ]);
  });
});
