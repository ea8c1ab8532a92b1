import { describe, expect, it } from 'vitest';

import { fuzzyCandidates, matchFuzzy } from './match-fuzzy.js';
import { buildMatcherIndex } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'ms', kind: 'supplier', name: 'Microsoft', aliases: [], related: ['m365'] },
  { id: 'od-n', kind: 'supplier', name: 'Omsorgsdata Nord AB', aliases: [], related: [] },
  { id: 'od-s', kind: 'supplier', name: 'Omsorgsdata Syd AB', aliases: [], related: [] },
  { id: 'm365', kind: 'service', name: 'Microsoft 365', model: 'SaaS', aliases: ['Office 365'], related: ['ms'] },
]);
const DEFAULTS = { threshold: 0.85, margin: 0.05 };

describe('matchFuzzy', () => {
  it('merges a typo at or above the threshold', () => {
    expect(matchFuzzy({ raw: 'Ofice 365', kind: 'service', model: 'SaaS' }, index, DEFAULTS)).toMatchObject({
      result: 'merged',
      method: 'fuzzy',
      id: 'm365',
      matched: 'Office 365',
      reason: 'fuzzy score 0.95 against "Office 365"',
    });
  });

  it('scores each entry by its best spelling, best first', () => {
    const ranked = fuzzyCandidates(index, 'Omsorgsdata Nrd', 'supplier');
    expect(ranked.map((c) => c.id)).toEqual(['od-n', 'od-s', 'ms']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('keeps close calls apart: ambiguous within the margin of the best', () => {
    expect(matchFuzzy({ raw: 'Omsorgsdata', kind: 'supplier', model: undefined }, index, DEFAULTS)).toMatchObject({
      result: 'ambiguous',
      reason: 'close call between od-s, od-n', // "syd" is the shorter difference,
    });
  });

  it('is unresolved below the threshold, with the closest entry as evidence', () => {
    const strict = matchFuzzy({ raw: 'Ofice 365', kind: 'service', model: 'SaaS' }, index, {
      threshold: 0.99,
      margin: 0.05,
    });
    expect(strict).toEqual({
      result: 'unresolved',
      best: { id: 'm365', score: 0.95, matched: 'Office 365' },
      reason: 'best fuzzy score 0.95 ("Office 365") is below the threshold 0.99',
    });
  });

  it('never matches a name shorter than four letters, nor against an empty catalogue', () => {
    expect(matchFuzzy({ raw: 'MSO', kind: 'supplier', model: undefined }, index, DEFAULTS)).toEqual({
      result: 'unresolved',
      reason: 'too short for fuzzy matching (fewer than 4 letters)',
    });
    expect(matchFuzzy({ raw: 'Zoom', kind: 'service', model: 'SaaS' }, buildMatcherIndex([]), DEFAULTS)).toEqual({
      result: 'unresolved',
      reason: 'no catalogue entry of this kind',
    });
  });
});
