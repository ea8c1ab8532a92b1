import { describe, expect, it } from 'vitest';

import { editionEvidence } from './match-edition.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'ms', kind: 'supplier', name: 'Microsoft', aliases: [], related: ['sharepoint'] },
  { id: 'visma', kind: 'supplier', name: 'Visma', aliases: [], related: [] },
  { id: 'sharepoint', kind: 'service', name: 'SharePoint Online', model: 'SaaS', aliases: [], related: ['ms'] },
  { id: 'portal', kind: 'service', name: 'Ärendeportalen', model: 'SaaS', aliases: [], related: [] },
  { id: 'plus', kind: 'service', name: 'Ärendeportalen Plus', model: 'SaaS', aliases: [], related: [] },
]);
const ids = (raw: string, kind: 'service' | 'supplier') =>
  editionEvidence(queryForms(raw), index, kind).map((e) => e.id);

describe('editionEvidence', () => {
  it('finds the same name but for the edition, near evidence worth 0.92', () => {
    expect(editionEvidence(queryForms('Visma Enterprise AB'), index, 'supplier')).toMatchObject([
      { id: 'visma', method: 'edition', score: 0.92, tier: 'near' },
    ]);
    expect(ids('Sharepoint', 'service')).toEqual(['sharepoint']);
  });

  it("also once the supplier's name is dropped from both", () => {
    expect(ids('Microsoft SharePoint', 'service')).toEqual(['sharepoint']);
  });

  it('finds both of two entries that differ only by edition (a close call), and not the exact name', () => {
    expect(ids('Ärendeportalen Premium', 'service')).toEqual(['portal', 'plus']);
    expect(ids('Ärendeportalen', 'service')).toEqual(['plus']); // the exact name is the key method's, which decides first
  });
});
