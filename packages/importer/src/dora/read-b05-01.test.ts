import { describe, expect, it } from 'vitest';

import { readB0501 } from './read-b05-01.js';
import { placed, templateTable } from './template-table.fixture.js';
import { B_05_01 } from './templates.js';

const HEADER = 'c0010,c0050,c0060,c0080,c0110';

describe('readB0501', () => {
  it('gives each provider its name (legal, else Latin), country and parent (not itself)', async () => {
    const { table } = await templateTable(
      B_05_01,
      `${HEADER}\nPROV1,Kärnbank AB,Karnbank AB,eba_GA:se,HOLD2\nHOLD2,,Holding AS,NO,HOLD2\n`,
    );
    const read = readB0501(table);
    expect(read.records).toEqual([
      { code: 'PROV1', line: 2, name: 'Kärnbank AB', country: 'SE', parent: 'HOLD2' },
      { code: 'HOLD2', line: 3, name: 'Holding AS', country: 'NO' },
    ]);
    expect(read.diagnostics).toEqual([]);
  });

  it('warns of a provider without name or country, and leaves a country that is not an ISO code out', async () => {
    const { table } = await templateTable(B_05_01, `${HEADER}\nPROV1,,,,\nPROV2,Två AB,,Sverige,\n`);
    const read = readB0501(table);
    expect(read.records).toEqual([
      { code: 'PROV1', line: 2 },
      { code: 'PROV2', line: 3, name: 'Två AB' },
    ]);
    expect(placed(read.diagnostics)).toEqual([
      ['KEDJA_DORA_INCOMPLETE', 'warning', 2, 2],
      ['KEDJA_DORA_INCOMPLETE', 'warning', 2, 4],
      ['KEDJA_DORA_BAD_VALUE', 'warning', 3, 4],
    ]);
    expect(read.diagnostics[2]!.message).toMatch(/c0080 .*: "SVERIGE" is not an ISO 3166-1 alpha-2 code; left out$/);
  });

  it('reports a provider listed twice (the first is kept) and an empty code as errors', async () => {
    const { table } = await templateTable(
      B_05_01,
      `${HEADER}\nPROV1,Ett AB,,SE,\n,Inget AB,,SE,\nPROV1,Annat AB,,SE,\n`,
    );
    const read = readB0501(table);
    expect(read.records).toEqual([{ code: 'PROV1', line: 2, name: 'Ett AB', country: 'SE' }]);
    expect(placed(read.emptyKeys)).toEqual([['KEDJA_DORA_EMPTY_KEY', 'error', 3, 1]]);
    expect(placed(read.diagnostics)).toEqual([['KEDJA_DORA_DUPLICATE_KEY', 'error', 4, 1]]);
    expect(read.diagnostics[0]!.message).toMatch(/: provider "PROV1" is already listed on line 2$/);
  });
});
