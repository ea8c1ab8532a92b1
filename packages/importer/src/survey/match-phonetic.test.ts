import { describe, expect, it } from 'vitest';

import { phoneticEvidence } from './match-phonetic.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'visma', kind: 'supplier', name: 'Visma', aliases: [], related: [] },
  { id: 'google', kind: 'supplier', name: 'Google', aliases: [], related: [] },
  { id: 'sam', kind: 'supplier', name: 'Samab', aliases: [], related: [] },
]);
const ids = (raw: string) => phoneticEvidence(queryForms(raw), index, 'supplier').map((e) => e.id);

describe('phoneticEvidence', () => {
  it('finds a name that sounds the same and is spelt alike, near evidence worth 0.9', () => {
    expect(phoneticEvidence(queryForms('Vizma'), index, 'supplier')).toMatchObject([
      { id: 'visma', method: 'phonetic', score: 0.9, why: 'sounds like "Visma" (vsm)' },
    ]);
    expect(ids('Googel')).toEqual(['google']);
  });

  it('keeps apart names that share a key but are spelt too differently, and short names', () => {
    expect(queryForms('Vasmo').phonetic).toBe(queryForms('Visma').phonetic);
    expect(ids('Vasmo')).toEqual([]);
    expect(ids('Smb')).toEqual([]);
  });
});
