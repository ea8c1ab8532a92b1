import { describe, expect, it } from 'vitest';

import { buildMatcherIndex, exactForm, lookUp, MAX_NAME_LENGTH } from './matcher-index.js';
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
    brands: [{ spelling: 'O365', brand: 'Microsoft 365', source: 's' }],
  },
  { id: 'dash', kind: 'service', name: '---', aliases: [], related: [] },
];
const index = buildMatcherIndex(entries);
const texts = (found: { text: string }[]) => found.map((s) => s.text);

describe('buildMatcherIndex', () => {
  it('looks spellings up ignoring case and spacing, the first of each entry', () => {
    expect(exactForm('  Office   365 ')).toBe('office 365');
    expect(texts(lookUp(index, 'service', 'exact', 'office 365'))).toEqual(['Office 365']);
    expect(texts(lookUp(index, 'supplier', 'exact', 'ms'))).toEqual(['MS']);
    expect(lookUp(index, 'service', 'exact', 'ms')).toEqual([]);
  });

  it('looks spellings up by key, fingerprint, n-grams, key without editions and phonetic key, never by an empty form', () => {
    expect(texts(lookUp(index, 'service', 'key', 'office365'))).toEqual(['Office 365']);
    expect(texts(lookUp(index, 'service', 'fingerprint', '365 microsoft'))).toEqual(['Microsoft 365']);
    expect(texts(lookUp(index, 'service', 'phonetic', 'mkrsft tms'))).toEqual(['Microsoft Teams']);
    expect(index.lookups.service.key.has('')).toBe(false);
    expect(texts(lookUp(index, 'service', 'key', 'office365', (s) => s.text === 'Office365'))).toEqual(['Office365']);
  });

  it("keeps a service's supplier words, and its spellings without them; brand spellings come last", () => {
    expect([...index.vendorTokens.get('teams')!]).toEqual(['microsoft', 'ms']);
    expect(index.vendorTokens.get('ms')!.size).toBe(0);
    expect(index.spellings.service[0]).toMatchObject({
      id: 'teams',
      text: 'Microsoft Teams',
      source: 'name',
      norm: 'microsoft teams',
      key: 'microsoftteams',
      strippedNorm: 'teams',
      strippedKey: 'teams',
    });
    expect(index.spellings.service.find((s) => s.text === 'Office 365')).toMatchObject({ strippedKey: '' });
    expect(index.spellings.service.map((s) => `${s.text} ${s.source}`)).toEqual([
      'Microsoft Teams name',
      'Microsoft 365 name',
      'Office 365 alias',
      'office  365 alias',
      'Office365 alias',
      'O365 brand',
      '--- name',
    ]);
  });

  it('finds a text longer than a name by its exact form only, with no words for its services', () => {
    const pasted = `Microsoft ${'Teams '.repeat(MAX_NAME_LENGTH / 6)}`;
    const long = buildMatcherIndex([
      { id: 'ms', kind: 'supplier', name: 'Microsoft', aliases: [pasted], related: ['teams'] },
      { id: 'teams', kind: 'service', name: 'Teams', aliases: [], related: ['ms'] },
    ]);
    expect(pasted.length).toBeGreaterThan(MAX_NAME_LENGTH);
    expect(texts(lookUp(long, 'supplier', 'exact', exactForm(pasted)))).toEqual([pasted]);
    expect(long.spellings.supplier.map((s) => s.text)).toEqual(['Microsoft']);
    for (const form of ['key', 'fingerprint', 'ngrams', 'coreKey', 'phonetic'] as const) {
      expect([...long.lookups.supplier[form].values()].flat().map((s) => s.text)).toEqual(['Microsoft']);
    }
    expect([...long.vendorTokens.get('teams')!]).toEqual(['microsoft']);
    // Cut to the longest name, the same text has its forms.
    const name = pasted.slice(0, MAX_NAME_LENGTH);
    const short = buildMatcherIndex([{ id: 'ms', kind: 'supplier', name: 'Microsoft', aliases: [name], related: [] }]);
    expect(texts(lookUp(short, 'supplier', 'fingerprint', 'microsoft teams'))).toEqual([name]);
  });

  it('indexes an empty catalogue', () => {
    expect(buildMatcherIndex([]).spellings).toEqual({ service: [], supplier: [] });
  });
});
