import { describe, expect, it } from 'vitest';

import { cell, table } from './markdown-table.js';

describe('markdown tables', () => {
  it('escapes backslashes, pipes and line breaks in cells, and writes undefined as empty', () => {
    expect(cell('a|b\\c\r\nd\ne')).toBe('a\\|b\\\\c d e');
    expect(cell(undefined)).toBe('');
    expect(cell(0)).toBe('0');
  });

  it('writes a header, a separator and a row per item, or _none_', () => {
    expect(
      table(
        ['a', 'b'],
        [
          [1, 'x|y'],
          [2, undefined],
        ],
      ),
    ).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |\n| 2 |  |\n');
    expect(table(['a'], [])).toBe('_none_\n');
  });
});
