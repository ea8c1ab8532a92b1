import { describe, expect, it } from 'vitest';

import { fingerprintEvidence, ngramEvidence } from './match-fingerprint.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'm365', kind: 'service', name: 'Microsoft Office 365', model: 'SaaS', aliases: [], related: [] },
  { id: 'google', kind: 'supplier', name: 'Google', aliases: [], related: [] },
  { id: 'atea', kind: 'supplier', name: 'Atea', aliases: [], related: [] },
]);

describe('fingerprintEvidence', () => {
  it('finds the same words in another order, exact evidence', () => {
    expect(fingerprintEvidence(queryForms('Office 365, Microsoft'), index, 'service')).toMatchObject([
      { id: 'm365', method: 'fingerprint', score: 1, tier: 'exact' },
    ]);
    expect(fingerprintEvidence(queryForms('Office 365'), index, 'service')).toEqual([]);
  });
});

describe('ngramEvidence', () => {
  it('finds the same character pairs, near evidence worth 0.95, for keys of five characters or more', () => {
    expect(ngramEvidence(queryForms('Gooogle'), index, 'supplier')).toMatchObject([
      { id: 'google', method: 'ngram', score: 0.95, tier: 'near' },
    ]);
    expect(ngramEvidence(queryForms('Teat'), index, 'supplier')).toEqual([]); // shares Atea's pairs, but too short
  });
});
