/** What generate says: the sizes in its help, and what it wrote. */
import { SIZE_NAMES } from '@kedja/core/generate';
import { describe, expect, it } from 'vitest';

import { describeSizes, renderGenerated } from './generate.js';

describe('describeSizes', () => {
  it('lists every named size with its organisations, services and suppliers', () => {
    const text = describeSizes();
    expect(text).toMatch(/^Sizes: sweden \(\d[\d,]* organisations, \d[\d,]* services, \d[\d,]* suppliers\); /);
    for (const name of SIZE_NAMES.slice(1)) expect(text).toContain(`; ${name} (`);
    expect(text.endsWith('suppliers).')).toBe(true);
  });
});

describe('renderGenerated', () => {
  it('tells the rows per table, their sum, the time and the seed', () => {
    const counts = {
      organisations: 50,
      services: 20,
      suppliers: 10,
      uses: 1333,
      contracts: 13,
      provided_by: 21,
      subcontracts: 3,
    };
    expect(renderGenerated({ output: 'out/small', counts, seconds: 0.04, seed: 7 })).toBe(
      'wrote out/small/: 50 organisations, 20 services, 10 suppliers; 1,333 uses, 13 contracts, 21 provided_by, 3 subcontracts edges ' +
        '(1,450 rows in 0.0 s, seed 7)\n',
    );
  });
});

describe('generate in Swedish', () => {
  it('tells what was written with Swedish numbers', () => {
    const counts = {
      organisations: 50,
      services: 20,
      suppliers: 10,
      uses: 1333,
      contracts: 13,
      provided_by: 21,
      subcontracts: 3,
    };
    expect(renderGenerated({ output: 'out', counts, seconds: 1.25, seed: 7 }, 'sv').replaceAll('\u00a0', ' ')).toBe(
      'skrev out/: 50 organisationer, 20 tjänster, 10 leverantörer; 1 333 uses-, 13 contracts-, 21 provided_by- och 3 subcontracts-kanter ' +
        '(1 450 rader på 1,3 s, frö 7)\n',
    );
  });
});
