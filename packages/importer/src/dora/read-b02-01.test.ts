import { describe, expect, it } from 'vitest';

import { readB0201 } from './read-b02-01.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_02_01 } from './templates.js';

describe('readB0201', () => {
  it('gives the reference number of each arrangement', async () => {
    const { table } = await templateTable(B_02_01, 'c0010,c0020\nA-1,eba_CO:x1\nA-2,eba_CO:x1\n');
    expect(readB0201(table).records).toEqual([{ reference: 'A-1' }, { reference: 'A-2' }]);
  });

  it('reports an empty reference number as an error at its line and column', async () => {
    const { table } = await templateTable(B_02_01, 'c0020,c0030,c0010\neba_CO:x1,,A-1\neba_CO:x1,A-1,\n');
    const read = readB0201(table);
    expect(placed(read.emptyKeys)).toEqual([['KEDJA_DORA_EMPTY_KEY', 'error', 3, 3]]);
    expect(read.emptyKeys[0]!.message).toMatch(/^B_02\.01 c0010 \(Contractual arrangement reference number\)/);
    expect(read.diagnostics).toEqual([]);
  });
});
