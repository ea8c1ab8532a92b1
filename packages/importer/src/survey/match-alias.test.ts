import { describe, expect, it } from 'vitest';

import { aliasEvidence } from './match-alias.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'od-n', kind: 'supplier', name: 'Omsorgsdata Nord AB', aliases: ['OD'], related: [] },
  { id: 'od-s', kind: 'supplier', name: 'Omsorgsdata Syd AB', aliases: ['OD'], related: [] },
  {
    id: 'm365',
    kind: 'service',
    name: 'Microsoft 365',
    model: 'SaaS',
    aliases: ['O365'],
    related: [],
    brands: [{ spelling: 'Office 365', brand: 'Microsoft 365', source: 'a blog' }],
  },
]);
const ids = (raw: string, kind: 'service' | 'supplier') => aliasEvidence(queryForms(raw), index, kind).map((e) => e.id);

describe('aliasEvidence', () => {
  it('finds a catalogue name or alias of the kind asked for, ignoring case and spacing', () => {
    expect(aliasEvidence(queryForms(' microsoft   365 '), index, 'service')).toEqual([
      {
        id: 'm365',
        method: 'alias',
        score: 1,
        matched: 'Microsoft 365',
        tier: 'exact',
        why: 'the spelling is a catalogue name or a known alias',
      },
    ]);
    expect(ids('o365', 'service')).toEqual(['m365']);
    expect(ids('O365', 'supplier')).toEqual([]);
    expect(ids('Microsoft-365', 'service')).toEqual([]);
  });

  it('finds an alias given to two entries twice, a tie', () => {
    expect(ids('od', 'supplier')).toEqual(['od-n', 'od-s']);
  });

  it('counts a brand-list spelling a little less, as the method brand, with its source', () => {
    expect(aliasEvidence(queryForms('office 365'), index, 'service')).toEqual([
      {
        id: 'm365',
        method: 'brand',
        score: 0.98,
        matched: 'Office 365',
        tier: 'exact',
        why: 'the spelling is "Office 365", a spelling of Microsoft 365 in the brand list (a blog)',
      },
    ]);
  });
});
