import { describe, expect, it } from 'vitest';

import { histogram, histogramLinks, histogramNodes } from './histogram.js';
import { binHistogram, SERVICE_BINS, SUPPLIER_BINS } from './study-bins.js';

describe('histogram', () => {
  it('counts nodes per n, leaves out n = 0, orders keys by n', () => {
    const h = histogram({ a: 3, b: 1, c: 0, d: 12, e: 1, f: 3 });
    expect(h).toEqual({ '1': 2, '3': 2, '12': 1 });
    expect(Object.keys(h)).toEqual(['1', '3', '12']);
    expect(histogram([2, 2])).toEqual({ '2': 2 });
    expect(histogram({})).toEqual({});
  });
  it('totals links and nodes', () => {
    expect(histogramLinks({ '1': 59, '2': 18, '61': 1 })).toBe(59 + 36 + 61);
    expect(histogramNodes({ '1': 59, '2': 18, '61': 1 })).toBe(78);
  });
});

describe('binHistogram', () => {
  it('groups into the bins of Tabell 6.2 and 6.3', () => {
    const services = binHistogram({ '1': 59, '2': 18, '10': 2, '14': 1, '61': 1, '70': 1 }, SERVICE_BINS);
    expect(services.map(({ bin, count }) => `${bin}:${count}`).join(' ')).toBe(
      '1:59 2:18 3:0 4:0 5:0 6:0 7:0 8:0 9-13:2 14:1 15-60:0 61+:2',
    );
    const suppliers = binHistogram({ '11': 1, '20': 1, '28': 1 }, SUPPLIER_BINS);
    expect(suppliers.slice(-4)).toEqual([
      { bin: '10-12', count: 1 },
      { bin: '13', count: 0 },
      { bin: '14-27', count: 1 },
      { bin: '28+', count: 1 },
    ]);
  });
  it('rejects overlapping bins', () => {
    expect(() =>
      binHistogram({}, [
        [1, 3],
        [3, 4],
      ]),
    ).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
  });
});
