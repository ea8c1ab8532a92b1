import { describe, expect, it } from 'vitest';

import { providerLayout } from './provider-layout.js';
import { readB0501 } from './read-b05-01.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_05_01 } from './templates.js';

const DRY_HEADER = 'c0010,c0020,c0030,c0040,c0050,c0060,c0070,c0080,c0090';

describe('providerLayout', () => {
  it('reads a table in the dry run numbering as such, with one warning', async () => {
    const { table } = await templateTable(
      B_05_01,
      `${DRY_HEADER}\nPROV1,LEI,Kärnbank AB,eba_CT:x212,eba_GA:SE,eba_CU:SEK,1000,HOLD2,LEI\nHOLD2,LEI,Holding AS,eba_CT:x212,NO,,,,\n`,
    );
    expect(providerLayout(table).columns).toEqual({ names: ['c0030'], country: 'c0050', parent: 'c0080' });
    const read = readB0501(table);
    expect(read.records).toEqual([
      { code: 'PROV1', line: 2, name: 'Kärnbank AB', country: 'SE', parent: 'HOLD2' },
      { code: 'HOLD2', line: 3, name: 'Holding AS', country: 'NO' },
    ]);
    expect(placed(read.diagnostics)).toEqual([['KEDJA_DORA_DRY_RUN_LAYOUT', 'warning', 1, undefined]]);
  });

  it('refuses the dry run values under the adopted header, and a legal name that is a country code', async () => {
    const adopted = `${DRY_HEADER},c0100,c0110,c0120`;
    const { table } = await templateTable(B_05_01, `${adopted}\nPROV1,LEI,Kärnbank AB,eba_CT:x212,eba_GA:SE,,,,,,,\n`);
    expect(placed(readB0501(table).diagnostics)).toEqual([
      ['KEDJA_DORA_DRY_RUN_LAYOUT', 'error', 2, 5],
      ['KEDJA_DORA_INCOMPLETE', 'warning', 2, 8],
    ]);
    const mixed = await templateTable(B_05_01, 'c0010,c0050,c0080\nP1,Ett AB,SE\nP2,IE,IE\n');
    expect(placed(readB0501(mixed.table).diagnostics)).toEqual([['KEDJA_DORA_DRY_RUN_LAYOUT', 'error', 3, 2]]);
  });

  it('reads the adopted numbering as before, also when trailing columns are left out', async () => {
    const { table } = await templateTable(B_05_01, 'c0010,c0020,c0030,c0040,c0050\nP1,LEI,,,Ett AB\n');
    expect(providerLayout(table).columns.names).toEqual(['c0050', 'c0060']);
    expect(readB0501(table).records).toEqual([{ code: 'P1', line: 2, name: 'Ett AB' }]);
  });
});
