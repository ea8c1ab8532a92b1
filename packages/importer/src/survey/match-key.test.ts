import { describe, expect, it } from 'vitest';

import { keyEvidence } from './match-key.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'ms', kind: 'supplier', name: 'Microsoft Sverige AB', aliases: [], related: ['teams'] },
  { id: 'edu', kind: 'supplier', name: 'Edusoft Norden AB', aliases: [], related: ['portal'] },
  { id: 'teams', kind: 'service', name: 'Teams', model: 'SaaS', aliases: [], related: ['ms'] },
  { id: 'portal', kind: 'service', name: 'Edusoft Skolportalen', model: 'SaaS', aliases: [], related: ['edu'] },
  { id: 'a', kind: 'service', name: 'Planeraren', model: 'SaaS', aliases: [], related: [] },
  { id: 'b', kind: 'service', name: 'Planeraren AB', model: 'PaaS', aliases: [], related: [] },
]);
const ids = (raw: string, kind: 'service' | 'supplier') => keyEvidence(queryForms(raw), index, kind).map((e) => e.id);

describe('keyEvidence', () => {
  it('matches once look-alikes, case, accents, punctuation, legal forms and country tails are dropped', () => {
    expect(keyEvidence(queryForms('MICROSOFT IRELAND OPERATIONS LTD'), index, 'supplier')).toEqual([
      {
        id: 'ms',
        method: 'key',
        score: 1,
        matched: 'Microsoft Sverige AB',
        tier: 'exact',
        why: 'same normalised key as "Microsoft Sverige AB"',
      },
    ]);
    expect(ids('Мicrosoft', 'supplier')).toEqual(['ms']); // a Cyrillic М
  });

  it("matches a service with its supplier's name added or left out", () => {
    expect(ids('Microsoft Teams', 'service')).toEqual(['teams']);
    expect(ids('Skolportalen (Edusoft Norden)', 'service')).toEqual(['portal']);
    expect(ids('Microsoft', 'service')).toEqual([]); // the supplier's name alone is not its service
    expect(ids('Microsoft Teams', 'supplier')).toEqual([]); // suppliers on their key only
  });

  it('finds every entry with the key (a tie), and nothing for a name with another key', () => {
    expect(ids('planeraren', 'service')).toEqual(['a', 'b']);
    expect(ids('Zoom', 'service')).toEqual([]);
  });
});
