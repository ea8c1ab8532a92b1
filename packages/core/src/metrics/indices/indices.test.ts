import { describe, expect, it } from 'vitest';

import { concentrationRatio } from './concentration-ratio.js';
import { gini } from './gini.js';
import { hhi, hhiLevel } from './hhi.js';

describe('hhi', () => {
  it('sums squared percentage shares', () => {
    expect(hhi([3, 2, 2, 1])).toBeCloseTo(37.5 ** 2 + 25 ** 2 + 25 ** 2 + 12.5 ** 2, 10); // 2,812.5
    expect(hhi([7])).toBe(10_000);
    expect(hhi([1, 1, 1, 1])).toBe(2_500);
  });
  it('is 0 for an empty market and rejects bad sizes', () => {
    expect(hhi([])).toBe(0);
    expect(hhi([0, 0])).toBe(0);
    expect(() => hhi([1, -1])).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
    expect(() => hhi([Number.NaN])).toThrow(/metrics\/indices\/hhi/);
  });
  it('reads levels as the 2023 merger guidelines do', () => {
    expect(hhiLevel(1801)).toBe('highly concentrated');
    expect(hhiLevel(1800)).toBe('moderately concentrated');
    expect(hhiLevel(1000)).toBe('moderately concentrated');
    expect(hhiLevel(999)).toBe('unconcentrated');
  });
});

describe('concentrationRatio', () => {
  it('adds the k largest shares', () => {
    expect(concentrationRatio([1, 3, 2, 2], 1)).toBe(0.375);
    expect(concentrationRatio([1, 3, 2, 2], 3)).toBe(0.875);
    expect(concentrationRatio([1, 3, 2, 2], 5)).toBe(1);
  });
  it('is 0 for an empty market and checks k', () => {
    expect(concentrationRatio([], 3)).toBe(0);
    expect(() => concentrationRatio([1], 0)).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
  });
});

describe('gini', () => {
  it('follows the sorted-sum formula', () => {
    // sorted 1, 2, 2, 3: 2·(1 + 4 + 6 + 12) / (4 · 8) − 5/4 = 1.4375 − 1.25
    expect(gini([3, 2, 2, 1])).toBeCloseTo(0.1875, 12);
    expect(gini([0, 10])).toBeCloseTo(0.5, 12);
    expect(gini([5, 5, 5])).toBeCloseTo(0, 12);
  });
  it('is 0 with fewer than two firms or nothing to share', () => {
    expect(gini([])).toBe(0);
    expect(gini([4])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });
});
