import { describe, expect, it } from 'vitest';

import { readB0601 } from './read-b06-01.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_06_01 } from './templates.js';

describe('readB0601', () => {
  it("reads each function's assessment, by code or word; anything else counts as critical, with a warning", async () => {
    const { table } = await templateTable(
      B_06_01,
      'c0010,c0030,c0040,c0050\nF1,Betalningar,BANK,eba_BT:x28\nF2,,BANK,eba_BT:x29\nF3,,BANK,Nej\nF4,,BANK,eba_BT:x21\nF5,,BANK,kanske\n,,BANK,x29\n',
    );
    const read = readB0601(table);
    expect(read.records.map((r) => [r.functionId, r.criticality])).toEqual([
      ['F1', 'critical'],
      ['F2', 'not critical'],
      ['F3', 'not critical'],
      ['F4', 'not assessed'],
      ['F5', 'not assessed'],
      ['', 'not critical'],
    ]);
    expect(read.records[0]!.name).toBe('Betalningar');
    expect(placed(read.diagnostics)).toEqual([['KEDJA_DORA_BAD_VALUE', 'warning', 6, 4]]);
    expect(placed(read.emptyKeys)).toEqual([['KEDJA_DORA_EMPTY_KEY', 'error', 7, 1]]);
  });
});
