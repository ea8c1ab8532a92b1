import { describe, expect, it } from 'vitest';

import { keyCandidates, matchKey } from './match-key.js';
import { buildMatcherIndex } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'ms', kind: 'supplier', name: 'Microsoft Sverige AB', aliases: [], related: ['teams'] },
  { id: 'edu', kind: 'supplier', name: 'Edusoft Norden AB', aliases: [], related: ['portal'] },
  { id: 'teams', kind: 'service', name: 'Teams', model: 'SaaS', aliases: [], related: ['ms'] },
  { id: 'portal', kind: 'service', name: 'Edusoft Skolportalen', model: 'SaaS', aliases: [], related: ['edu'] },
  { id: 'a', kind: 'service', name: 'Planeraren', model: 'SaaS', aliases: [], related: [] },
  { id: 'b', kind: 'service', name: 'Planeraren AB', model: 'PaaS', aliases: [], related: [] },
]);

describe('matchKey', () => {
  it('matches once case, accents, punctuation and legal suffixes are dropped', () => {
    expect(matchKey({ raw: 'MICROSOFT AB', kind: 'supplier', model: undefined }, index)).toMatchObject({
      result: 'merged',
      method: 'key',
      id: 'ms',
      reason: 'same normalised key as "Microsoft Sverige AB"',
    });
  });

  it("matches a service with its supplier's name added or left out", () => {
    expect(keyCandidates(index, 'Microsoft Teams', 'service')).toEqual([{ id: 'teams', score: 1, matched: 'Teams' }]);
    expect(keyCandidates(index, 'Skolportalen (Edusoft Norden)', 'service')).toEqual([
      { id: 'portal', score: 1, matched: 'Edusoft Skolportalen' },
    ]);
    // The supplier's name alone is not its service.
    expect(keyCandidates(index, 'Microsoft', 'service')).toEqual([]);
    // Suppliers are matched on their key only.
    expect(keyCandidates(index, 'Microsoft Teams', 'supplier')).toEqual([]);
  });

  it("is decided by the question's model when keys tie, else ambiguous", () => {
    expect(matchKey({ raw: 'planeraren', kind: 'service', model: 'PaaS' }, index)).toMatchObject({ id: 'b' });
    expect(matchKey({ raw: 'planeraren', kind: 'service', model: undefined }, index)).toMatchObject({
      result: 'ambiguous',
      reason: 'same key between a, b',
    });
  });

  it('leaves a name with no such key to the next step', () => {
    expect(matchKey({ raw: 'Zoom', kind: 'service', model: 'SaaS' }, index)).toBeUndefined();
  });
});
