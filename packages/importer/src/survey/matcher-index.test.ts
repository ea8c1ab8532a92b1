import { describe, expect, it } from 'vitest';

import { buildMatcherIndex, exactForm } from './matcher-index.js';
import type { CatalogueEntry } from './matcher-types.js';

const entries: CatalogueEntry[] = [
  { id: 'ms', kind: 'supplier', name: 'Microsoft Sverige AB', aliases: ['MS'], related: ['teams', 'm365'] },
  { id: 'teams', kind: 'service', name: 'Microsoft Teams', model: 'SaaS', aliases: [], related: ['ms', 'gone'] },
  {
    id: 'm365',
    kind: 'service',
    name: 'Microsoft 365',
    model: 'SaaS',
    aliases: ['Office 365', 'office  365', 'Office365'],
    related: ['ms'],
  },
  { id: 'dash', kind: 'service', name: '---', aliases: [], related: [] },
];
const index = buildMatcherIndex(entries);

describe('buildMatcherIndex', () => {
  it('looks spellings up ignoring case and spacing, keeping the first text of each id', () => {
    expect(exactForm('  Office   365 ')).toBe('office 365');
    expect([...index.exact.service.get('office 365')!]).toEqual([['m365', 'Office 365']]);
    expect([...index.exact.supplier.get('ms')!]).toEqual([['ms', 'MS']]);
    expect(index.exact.service.has('ms')).toBe(false);
  });

  it('looks spellings up by normalised key, keeping the last text of each id, and never by an empty key', () => {
    expect([...index.keys.service.get('office365')!]).toEqual([['m365', 'Office365']]);
    expect([...index.keys.supplier.get('microsoft')!]).toEqual([['ms', 'Microsoft Sverige AB']]);
    expect(index.keys.service.has('')).toBe(false);
  });

  it("keeps a service's supplier words, and its spellings without them", () => {
    expect([...index.vendorTokens.get('teams')!]).toEqual(['microsoft', 'ms']);
    expect(index.vendorTokens.get('ms')!.size).toBe(0);
    expect(index.spellings.service[0]).toEqual({
      id: 'teams',
      text: 'Microsoft Teams',
      norm: 'microsoft teams',
      key: 'microsoftteams',
      strippedNorm: 'teams',
      strippedKey: 'teams',
    });
    // Nothing dropped: no stripped form.
    expect(index.spellings.service.find((s) => s.text === 'Office 365')).toMatchObject({ strippedKey: '' });
    expect(index.spellings.service.map((s) => s.text)).toEqual([
      'Microsoft Teams',
      'Microsoft 365',
      'Office 365',
      'office  365',
      'Office365',
      '---',
    ]);
  });

  it('indexes an empty catalogue', () => {
    const empty = buildMatcherIndex([]);
    expect(empty.spellings).toEqual({ service: [], supplier: [] });
  });
});
