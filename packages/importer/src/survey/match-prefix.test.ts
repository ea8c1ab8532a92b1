import { describe, expect, it } from 'vitest';

import { prefixEvidence } from './match-prefix.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'lonia', kind: 'supplier', name: 'Lönia Lönesystem AB', aliases: [], related: [] },
  { id: 'cms', kind: 'service', name: 'Webbkontoret CMS', model: 'SaaS', aliases: [], related: [] },
  { id: 'analys', kind: 'service', name: 'Webbkontoret Analys', model: 'PaaS', aliases: [], related: [] },
  { id: 'ab', kind: 'service', name: 'Abc Def', model: 'SaaS', aliases: [], related: [] },
]);
const ids = (raw: string, kind: 'service' | 'supplier') =>
  prefixEvidence(queryForms(raw), index, kind).map((e) => e.id);

describe('prefixEvidence', () => {
  it('takes the brand alone as the leading words of a name, near evidence worth 0.9', () => {
    expect(prefixEvidence(queryForms('Lönia'), index, 'supplier')).toEqual([
      {
        id: 'lonia',
        method: 'prefix',
        score: 0.9,
        matched: 'Lönia Lönesystem AB',
        tier: 'near',
        why: 'the leading words of "Lönia Lönesystem AB"',
      },
    ]);
    expect(ids('Webbkontoret', 'service')).toEqual(['cms', 'analys']);
  });

  it('needs whole leading words, fewer than the name has, and at least four letters', () => {
    expect(ids('Webbkontor', 'service')).toEqual([]);
    expect(ids('Webbkontoret CMS', 'service')).toEqual([]);
    expect(ids('CMS', 'service')).toEqual([]);
    expect(ids('Abc', 'service')).toEqual([]);
  });
});
