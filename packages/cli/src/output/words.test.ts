/** Lists in sentences: "A", "A and B", "A, B or C", and "… and 12 more" past the maximum. */
import { describe, expect, it } from 'vitest';

import { listWords } from './words.js';

describe('listWords', () => {
  it('joins with commas and the last word', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'], { word: 'or' })).toBe('A, B or C');
  });

  it('names at most max items (6 by default) and counts the rest', () => {
    const items = Array.from({ length: 20 }, (_x, i) => `n${i + 1}`);
    expect(listWords(items)).toBe('n1, n2, n3, n4, n5, n6 and 14 more');
    expect(listWords(items, { max: 2, word: 'or' })).toBe('n1, n2 and 18 more');
    expect(listWords(items.slice(0, 6))).toBe('n1, n2, n3, n4, n5 and n6');
  });
});
