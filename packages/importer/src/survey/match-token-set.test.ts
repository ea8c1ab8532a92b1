import { describe, expect, it } from 'vitest';

import { tokenSetEvidence, tokenSetScore } from './match-token-set.js';
import { buildMatcherIndex, queryForms } from './matcher-index.js';

const index = buildMatcherIndex([
  { id: 'ms', kind: 'supplier', name: 'Microsoft', aliases: [], related: ['azure'] },
  { id: 'azure', kind: 'service', name: 'Microsoft Azure', model: 'IaaS', aliases: [], related: ['ms'] },
  { id: 'm365', kind: 'service', name: 'Office 365', model: 'SaaS', aliases: [], related: [] },
  { id: 'franvaro', kind: 'service', name: 'Edusoft Frånvaro', model: 'SaaS', aliases: [], related: [] },
  { id: 'w3d3', kind: 'service', name: 'W3D3', model: 'SaaS', aliases: [], related: [] },
]);
const best = (raw: string) => tokenSetEvidence(queryForms(raw), index, 'service').map((e) => [e.id, e.score]);

describe('tokenSetEvidence', () => {
  it('finds a name that holds every word of a catalogue name, scored by the share of its letters', () => {
    expect(best('MS Office 365 E3')).toEqual([['m365', 0.89]]);
    expect(tokenSetScore(1)).toBe(0.95);
    expect(tokenSetScore(0.5)).toBe(0.85);
  });

  it('holds the first part of a Swedish compound, and does not count words that say what kind of system it is', () => {
    expect(best('Edusoft Frånvarorapportering')).toEqual([['franvaro', 0.86]]);
    expect(best('W3D3 möteshantering')).toEqual([['w3d3', 0.95]]);
  });

  it("takes a service also without its supplier's name, and needs more than the catalogue name", () => {
    expect(best('Azure IaaS')).toEqual([['azure', 0.95]]);
    expect(best('Azure Web Apps')).toEqual([['azure', 0.83]]); // below the threshold: most of the name is elsewhere
    expect(best('Office 365')).toEqual([]);
  });
});
