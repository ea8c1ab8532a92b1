import { describe, expect, it } from 'vitest';

import { matchPrefix, prefixCandidates } from './match-prefix.js';
import { buildMatcherIndex } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'lonia', kind: 'supplier', name: 'Lönia Lönesystem AB', aliases: [], related: [] },
  { id: 'cms', kind: 'service', name: 'Webbkontoret CMS', model: 'SaaS', aliases: [], related: [] },
  { id: 'analys', kind: 'service', name: 'Webbkontoret Analys', model: 'PaaS', aliases: [], related: [] },
  { id: 'ab', kind: 'service', name: 'Abc Def', model: 'SaaS', aliases: [], related: [] },
]);

describe('matchPrefix', () => {
  it('takes the brand alone for the one name it starts', () => {
    expect(matchPrefix({ raw: 'Lönia', kind: 'supplier', model: undefined }, index)).toEqual({
      result: 'merged',
      method: 'prefix',
      id: 'lonia',
      score: 1,
      matched: 'Lönia Lönesystem AB',
      reason: 'the leading words of "Lönia Lönesystem AB"',
    });
  });

  it("is ambiguous when several names start so, unless one is of the question's model", () => {
    expect(matchPrefix({ raw: 'Webbkontoret', kind: 'service', model: 'IaaS' }, index)).toMatchObject({
      result: 'ambiguous',
      reason: 'the leading words of several names between cms, analys',
    });
    expect(matchPrefix({ raw: 'Webbkontoret', kind: 'service', model: 'PaaS' }, index)).toMatchObject({ id: 'analys' });
  });

  it('needs whole leading words, fewer than the name has, and at least four letters', () => {
    expect(prefixCandidates(index, 'Webbkontor', 'service')).toEqual([]);
    expect(prefixCandidates(index, 'Webbkontoret CMS', 'service')).toEqual([]);
    expect(prefixCandidates(index, 'CMS', 'service')).toEqual([]);
    expect(prefixCandidates(index, 'Abc', 'service')).toEqual([]);
  });
});
