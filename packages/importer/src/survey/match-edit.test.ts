import { describe, expect, it } from 'vitest';

import { editEvidence, keySimilarity } from './match-edit.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'ms', kind: 'supplier', name: 'Microsoft', aliases: [], related: ['m365'] },
  { id: 'od-n', kind: 'supplier', name: 'Omsorgsdata Nord AB', aliases: [], related: [] },
  { id: 'od-s', kind: 'supplier', name: 'Omsorgsdata Syd AB', aliases: [], related: [] },
  { id: 'm365', kind: 'service', name: 'Microsoft 365', model: 'SaaS', aliases: ['Office 365'], related: ['ms'] },
]);

describe('editEvidence', () => {
  it('scores every entry by its best spelling, near evidence', () => {
    expect(editEvidence(queryForms('Ofice 365'), index, 'service')).toEqual([
      {
        id: 'm365',
        method: 'edit',
        score: 0.95,
        matched: 'Office 365',
        tier: 'near',
        why: 'edit score 0.95 against "Office 365"',
      },
    ]);
    const ranked = editEvidence(queryForms('Omsorgsdata Nrd'), index, 'supplier').sort((a, b) => b.score - a.score);
    expect(ranked.map((e) => e.id)).toEqual(['od-n', 'od-s', 'ms']);
  });

  it('never scores a name shorter than four letters', () => {
    expect(editEvidence(queryForms('MSO'), index, 'supplier')).toEqual([]);
    expect(keySimilarity('visma', 'vizma')).toBe(0.8);
  });
});
