import { describe, expect, it } from 'vitest';

import { editionless, hasLegalTail, nameKey, nameTokens, normalisedName, slug } from './normalise-name.js';

describe('nameTokens', () => {
  it('drops legal forms and country tails at the end, with the operating company words after a country', () => {
    expect(normalisedName('Microsoft Ireland Operations Ltd')).toBe('microsoft');
    expect(normalisedName('Dropbox International Unlimited Company')).toBe('dropbox');
    expect(normalisedName('Amazon Web Services EMEA SARL')).toBe('amazon web services');
    expect(normalisedName('Tietoevry Sweden AB')).toBe('tietoevry');
    expect(normalisedName('AB')).toBe('ab'); // never the whole name
  });

  it('folds look-alikes, keeps a trailing plus as a word, drops trademark signs and "kommun"', () => {
    expect(nameKey('Ateа AB')).toBe('atea');
    expect(nameTokens('Ärendeportalen+')).toEqual(['arendeportalen', 'plus']);
    expect(nameKey('Office 365™')).toBe('office365');
    expect(normalisedName('Ådalens kommun')).toBe('adalens');
  });

  it('makes an id-safe slug', () => {
    expect(slug('Lärloggen (beta)!')).toBe('larloggen-beta');
    expect(slug('---')).toBe('unnamed');
  });
});

describe('editionless', () => {
  it('drops editions, plans and "for ..." audiences after the first word, never the whole name', () => {
    const core = (name: string) => editionless(nameTokens(name)).join(' ');
    expect(core('Dropbox Business Advanced')).toBe('dropbox');
    expect(core('google workspace for education')).toBe('google workspace');
    expect(core('OneDrive för företag')).toBe('onedrive');
    expect(core('Microsoft 365 E3')).toBe('microsoft 365');
    expect(core('Exchange Online Plan 2')).toBe('exchange');
    expect(core('Plus')).toBe('plus');
    expect(core('Microsoft Teams')).toBe('microsoft teams');
  });
});

describe('hasLegalTail', () => {
  it('tells a company name by its legal form', () => {
    expect(hasLegalTail('Flera AB')).toBe(true);
    expect(hasLegalTail('Flera')).toBe(false);
    expect(hasLegalTail('n/a')).toBe(false); // "a" is the A of A/S only after a name
  });
});
