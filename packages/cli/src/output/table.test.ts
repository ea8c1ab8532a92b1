/** Plain-text tables and number formats: alignment, cutting, grouping, plurals. */
import { describe, expect, it } from 'vitest';

import { formatNumber, formatPercent, plural, renderTable } from './table.js';

describe('formatNumber', () => {
  it('groups thousands the British way and keeps at most two decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(2.5)).toBe('2.5');
  });
});

describe('formatPercent', () => {
  it('writes a share as a percentage with one decimal unless told', () => {
    expect(formatPercent(0.6134)).toBe('61.3 %');
    expect(formatPercent(1)).toBe('100.0 %');
    expect(formatPercent(0.256, 0)).toBe('26 %');
  });
});

describe('plural', () => {
  it('uses the singular for one only, and a given plural form', () => {
    expect(plural(1, 'organisation')).toBe('1 organisation');
    expect(plural(0, 'organisation')).toBe('0 organisations');
    expect(plural(1200, 'supplier')).toBe('1,200 suppliers');
    expect(plural(2, 'financial entity', 'financial entities')).toBe('2 financial entities');
  });
});

describe('renderTable', () => {
  const rows = [
    { name: 'Ådalens kommun', count: 1200 },
    { name: 'Region Norrexempel', count: 7 },
  ];

  it('aligns columns under a dashed rule, numbers to the right, text to the left', () => {
    const text = renderTable(rows, [
      { header: 'name', value: (r) => r.name },
      { header: 'count', value: (r) => r.count, right: true },
    ]);
    expect(text).toBe(
      [
        'name                count',
        '------------------  -----',
        'Ådalens kommun      1,200',
        'Region Norrexempel      7',
        '',
      ].join('\n'),
    );
  });

  it('cuts cells longer than max with an ellipsis, and trims trailing spaces', () => {
    const text = renderTable(rows, [{ header: 'n', value: (r) => r.name, max: 8 }]);
    expect(text.split('\n')).toEqual(['n', '--------', 'Ådalens…', 'Region …', '']);
  });

  it('prints the header and rule alone for no rows', () => {
    expect(renderTable([], [{ header: 'id', value: () => '' }])).toBe('id\n--\n');
  });
});
