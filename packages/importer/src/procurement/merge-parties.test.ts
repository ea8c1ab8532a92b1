import { describe, expect, it } from 'vitest';

import { mergeParties, organisationNumberKey, type PartyOccurrence } from './merge-parties.js';

let n = 0;
const party = (name: string, extra: Partial<PartyOccurrence> = {}): PartyOccurrence => ({
  kind: 'supplier',
  key: `notice-${++n}#ORG-0001`,
  notice: `notice-${n}`,
  name,
  ...extra,
});

describe('organisationNumberKey', () => {
  it('drops separators, reads a Swedish VAT number as the organisation number, and refuses words', () => {
    expect(organisationNumberKey('556677-8899', 'SE')).toBe('SE:5566778899');
    expect(organisationNumberKey('SE556677889901', 'SE')).toBe('SE:5566778899');
    expect(organisationNumberKey('123 456 789', undefined)).toBe('?:123456789');
    expect(organisationNumberKey('not available', 'GB')).toBeUndefined();
    expect(organisationNumberKey('n/a', 'GB')).toBeUndefined();
  });
});

describe('mergeParties', () => {
  it('merges by organisation number and country first, keeping the spelling used most', () => {
    const merged = mergeParties(
      [
        party('Tieto Sverige AB', { companyId: '556021-0261', country: 'SE' }),
        party('TietoEVRY Sverige AB', { companyId: '5560210261', country: 'SE' }),
        party('Tieto Sverige AB', { companyId: '556021 0261', country: 'SE' }),
        party('Tieto Oyj', { companyId: '556021-0261', country: 'FI' }),
      ],
      new Set(),
    );
    expect([...merged.parties.values()].map((p) => [p.id, p.name])).toEqual([
      ['sup-se-5560210261', 'Tieto Sverige AB'],
      ['sup-fi-5560210261', 'Tieto Oyj'],
    ]);
    expect(merged.merges).toEqual([
      expect.objectContaining({ rule: 'organisation number', notices: 3, namesDiffer: true }),
    ]);
  });

  it('joins a party without a number to the one group with its normalised name, and no further', () => {
    const merged = mergeParties(
      [
        party('Atea Sverige AB', { companyId: '556448-0282', country: 'SE' }),
        party('ATEA AB', { country: 'SE' }),
        party('Visma', { country: 'SE' }),
        party('Visma AB', { country: 'SE' }),
        party('Visma', { country: 'NO' }),
      ],
      new Set(),
    );
    expect(merged.merges.map((m) => [m.node, m.rule, m.spellings.map((s) => s.name)])).toEqual([
      ['sup-se-5564480282', 'organisation number and name', ['Atea Sverige AB', 'ATEA AB']],
      ['sup-visma', 'name', ['Visma', 'Visma AB']],
    ]);
    expect(merged.parties.get('sup-visma-2')).toMatchObject({ name: 'Visma', country: 'NO' });
  });

  it('keeps apart two numbers with one name, and says so', () => {
    const merged = mergeParties(
      [
        party('Kommunalförbundet IT', { companyId: '222000-1111', country: 'SE' }),
        party('Kommunalförbundet IT', { companyId: '222000-2222', country: 'SE' }),
        party('Kommunalförbundet IT', { country: 'SE' }),
      ],
      new Set(),
    );
    expect(merged.parties.size).toBe(3);
    expect(merged.keptApart).toEqual([expect.objectContaining({ nodes: ['sup-se-2220001111', 'sup-se-2220002222'] })]);
  });
});
