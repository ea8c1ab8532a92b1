import { describe, expect, it } from 'vitest';

import { aliasCandidates, matchAlias } from './match-alias.js';
import { buildMatcherIndex } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'od-n', kind: 'supplier', name: 'Omsorgsdata Nord AB', aliases: ['OD'], related: [] },
  { id: 'od-s', kind: 'supplier', name: 'Omsorgsdata Syd AB', aliases: ['OD'], related: [] },
  { id: 'm365', kind: 'service', name: 'Microsoft 365', model: 'SaaS', aliases: ['O365'], related: [] },
]);

describe('matchAlias', () => {
  it('finds a catalogue name or alias of the kind asked for, ignoring case and spacing', () => {
    expect(matchAlias({ raw: ' microsoft   365 ', kind: 'service', model: 'SaaS' }, index)).toEqual({
      result: 'merged',
      method: 'alias',
      id: 'm365',
      score: 1,
      matched: 'Microsoft 365',
      reason: 'the spelling is a catalogue name or a known alias',
    });
    expect(aliasCandidates(index, 'o365', 'service')).toEqual([{ id: 'm365', score: 1, matched: 'O365' }]);
    expect(matchAlias({ raw: 'O365', kind: 'supplier', model: undefined }, index)).toBeUndefined();
  });

  it('leaves a spelling that differs in more than case and spacing to the next step', () => {
    expect(matchAlias({ raw: 'Microsoft-365', kind: 'service', model: 'SaaS' }, index)).toBeUndefined();
  });

  it('is ambiguous for an alias given to two entries', () => {
    expect(matchAlias({ raw: 'od', kind: 'supplier', model: undefined }, index)).toMatchObject({
      result: 'ambiguous',
      method: 'alias',
      reason: 'same alias between od-n, od-s',
    });
  });
});
