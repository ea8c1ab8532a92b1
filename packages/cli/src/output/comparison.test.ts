/** Study comparison tables as text: the study's figure, Kedja's, and whether they agree, per column group. */
import type { ComparisonTable } from '@kedja/core/reports';
import { describe, expect, it } from 'vitest';

import { agreeMark, formatComparisonValue, renderComparisonTable } from './comparison.js';

describe('formatComparisonValue', () => {
  it('writes counts as numbers, shares as percentages, and a missing value as a dash', () => {
    expect(formatComparisonValue(1234, 'count')).toBe('1,234');
    expect(formatComparisonValue(0.613, 'share')).toBe('61.3 %');
    expect(formatComparisonValue(null, 'count')).toBe('–');
  });
});

describe('agreeMark', () => {
  it('says yes, NO, or nothing when a side is missing', () => {
    expect(agreeMark({ study: 1, computed: 1, match: true })).toBe('yes');
    expect(agreeMark({ study: 1, computed: 2, match: false })).toBe('NO');
    expect(agreeMark({ study: null, computed: 2, match: null })).toBe('');
  });
});

describe('renderComparisonTable', () => {
  it('puts the title above one study/Kedja/agree triple per group', () => {
    const table: ComparisonTable = {
      id: 'cloud',
      title: 'Share with a cloud service',
      unit: 'share',
      groups: ['municipalities', 'agencies'],
      rows: [
        {
          label: 'SaaS',
          values: [
            { study: 0.9, computed: 0.895, match: true },
            { study: 0.5, computed: 0.7, match: false },
          ],
        },
      ],
    };
    expect(renderComparisonTable(table).split('\n')).toEqual([
      'Share with a cloud service',
      '      municipalities: study  municipalities: Kedja  agree  agencies: study  agencies: Kedja  agree',
      '----  ---------------------  ---------------------  -----  ---------------  ---------------  -----',
      'SaaS                 90.0 %                 89.5 %  yes             50.0 %           70.0 %  NO',
      '',
    ]);
  });
});
