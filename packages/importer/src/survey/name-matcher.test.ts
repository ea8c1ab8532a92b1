import { describe, expect, it } from 'vitest';

import { readCountries } from './country-names.js';
import { buildMatcherIndex } from './matcher-index.js';
import { createNameMatcher, MAX_NEAR_KEY, type CatalogueEntry } from './name-matcher.js';
import { nameKey, normalisedName } from './normalise-name.js';
import { splitNames } from './split-names.js';

const entry = (
  id: string,
  kind: 'service' | 'supplier',
  name: string,
  related: string[] = [],
  extra: Partial<CatalogueEntry> = {},
): CatalogueEntry => ({ id, kind, name, aliases: [], related, ...extra });

const CATALOGUE: CatalogueEntry[] = [
  entry('ms', 'supplier', 'Microsoft Sverige AB', ['m365', 'teams', 'azure', 'app']),
  entry('od-n', 'supplier', 'Omsorgsdata Nord AB', ['journal'], { aliases: ['OD'] }),
  entry('od-s', 'supplier', 'Omsorgsdata Syd AB', ['plan'], { aliases: ['OD'] }),
  entry('web', 'supplier', 'Webbkontoret Norr AB', ['cms', 'analys']),
  entry('skolwebb', 'supplier', 'Skolwebb AB', ['skolwebben']),
  entry('m365', 'service', 'Microsoft 365', ['ms'], { model: 'SaaS', aliases: ['Office 365', 'O365'] }),
  entry('teams', 'service', 'Teams', ['ms'], { model: 'SaaS' }),
  entry('azure', 'service', 'Microsoft Azure', ['ms'], { model: 'IaaS' }),
  entry('app', 'service', 'Azure App Service', ['ms'], { model: 'PaaS' }),
  entry('journal', 'service', 'Omsorgsjournalen', ['od-n'], { model: 'SaaS' }),
  entry('plan', 'service', 'Omsorgsplaneraren', ['od-s'], { model: 'SaaS' }),
  entry('cms', 'service', 'Webbkontoret CMS', ['web'], { model: 'SaaS' }),
  entry('analys', 'service', 'Webbkontoret Analys', ['web'], { model: 'SaaS' }),
  entry('skolwebben', 'service', 'Skolwebben', ['skolwebb'], { model: 'SaaS' }),
];
const matcher = createNameMatcher(CATALOGUE);

describe('normalising names', () => {
  it('drops case, accents, punctuation, legal suffixes, country words at the end and "kommun"', () => {
    expect(nameKey('Microsoft Sverige AB')).toBe('microsoft');
    expect(nameKey('Google Ireland Ltd.')).toBe('google');
    expect(nameKey('Office365')).toBe(nameKey('Office 365'));
    expect(normalisedName('Ådalens  kommun')).toBe('adalens');
    expect(normalisedName('Tieto Oyj')).toBe('tieto');
    expect(normalisedName('AB')).toBe('ab'); // never the whole name
  });

  it('splits cells on ; , / newlines, "och" and "and", not inside parentheses', () => {
    expect(splitNames('MS Teams / Office; Visma (Lön, HR)\nZoom och Dropbox and Slack, Zoom')).toEqual([
      'MS Teams',
      'Office',
      'Visma (Lön, HR)',
      'Zoom',
      'Dropbox',
      'Slack',
    ]);
    expect(splitNames('  ')).toEqual([]);
  });

  it('reads countries in Swedish and English and reports the rest', () => {
    expect(readCountries('Sverige, Irland och USA; NL / Storbritannien, EU')).toEqual({
      codes: ['SE', 'IE', 'US', 'NL', 'GB'],
      unread: ['EU'],
    });
  });
});

describe('matching names', () => {
  it('an exact alias or catalogue name, whatever the case', () => {
    expect(matcher.match('o365', 'service', 'SaaS')).toMatchObject({ result: 'merged', method: 'alias', id: 'm365' });
  });

  it('a normalised key, also with the supplier name added or in parentheses', () => {
    expect(matcher.match('Microsoft Teams', 'service', 'SaaS')).toMatchObject({ method: 'key', id: 'teams' });
    expect(matcher.match('Omsorgsjournalen (Omsorgsdata Nord)', 'service', 'SaaS')).toMatchObject({
      method: 'key',
      id: 'journal',
    });
    expect(matcher.match('MICROSOFT AB', 'supplier')).toMatchObject({ method: 'key', id: 'ms' });
  });

  it('a supplier named for a service stands for its only service, and is ambiguous with several', () => {
    expect(matcher.match('Skolwebb', 'service', 'SaaS')).toMatchObject({ method: 'via-supplier', id: 'skolwebben' });
    expect(matcher.match('Webbkontoret Norr AB', 'service', 'SaaS')).toMatchObject({
      result: 'ambiguous',
      method: 'via-supplier',
    });
    expect(matcher.match('Skolwebben', 'supplier')).toMatchObject({ method: 'via-service', id: 'skolwebb' });
  });

  it('the brand alone: leading words of one name merge, of several are ambiguous', () => {
    expect(matcher.match('Omsorgsjournalen', 'service')).toMatchObject({ method: 'alias' });
    const webb = matcher.match('Webbkontoret', 'service', 'SaaS');
    expect(webb).toMatchObject({ result: 'ambiguous', method: 'prefix' });
  });

  it('an abbreviation given to two entries is ambiguous, not guessed', () => {
    const od = matcher.match('OD', 'supplier');
    expect(od.result).toBe('ambiguous');
    expect(od.result === 'ambiguous' && od.candidates.map((c) => c.id).sort()).toEqual(['od-n', 'od-s']);
  });

  it('edit distance: typos merge above the threshold; near-duplicates stay apart as close calls', () => {
    expect(matcher.match('Ofice 365', 'service', 'SaaS')).toMatchObject({ method: 'edit', id: 'm365' });
    expect(matcher.match('Omsorgsdata Nrd', 'supplier')).toMatchObject({ result: 'merged', id: 'od-n' });
    const close = matcher.match('Omsorgsdata', 'supplier');
    expect(close.result).toBe('ambiguous');
  });

  it("the question's model breaks a tie", () => {
    expect(matcher.match('Azure App', 'service', 'PaaS')).toMatchObject({ result: 'merged', id: 'app' });
  });

  it('unresolved below the threshold or when too short; non-answers name nothing', () => {
    expect(matcher.match('Lärloggen', 'service', 'SaaS')).toMatchObject({ result: 'unresolved' });
    expect(matcher.match('XY', 'service', 'SaaS')).toMatchObject({ result: 'unresolved' });
    for (const raw of ['vet ej', '-', 'Inga', 'n/a', 'Se ovan']) {
      expect(matcher.match(raw, 'service', 'SaaS').result, raw).toBe('not-a-name');
    }
  });

  it('several methods, one decision: the combined score keeps every reason and the runners-up', () => {
    const vizma = matcher.match('Temas', 'service', 'SaaS');
    expect(vizma).toMatchObject({ result: 'merged', id: 'teams', method: 'phonetic', score: 0.9 });
    expect(vizma.result === 'merged' && vizma.evidence).toEqual([
      'phonetic 0.90: sounds like "Teams" (tms)',
      'edit 0.80: edit score 0.80 against "Teams"',
    ]);
    expect(vizma.result === 'merged' && vizma.runnersUp!.map((c) => c.id)).toEqual(['cms', 'analys', 'app']);
  });

  it('look-alike letters, legal forms, country tails and editions do not make a new name', () => {
    expect(matcher.match('Microsoft Ireland Operations Ltd', 'supplier')).toMatchObject({ method: 'key', id: 'ms' });
    expect(matcher.match('Мicrosoft 365', 'service', 'SaaS')).toMatchObject({ method: 'key', id: 'm365' }); // Cyrillic М
    expect(matcher.match('Webbkontoret CMS Enterprise', 'service', 'SaaS')).toMatchObject({
      method: 'edition',
      id: 'cms',
    });
  });

  it('a brand-list spelling of another model than asked for is ambiguous when one of the model fits', () => {
    const brands = CATALOGUE.map((e) =>
      e.id === 'azure' ? { ...e, brands: [{ spelling: 'Azure', brand: 'Microsoft Azure', source: 's' }] } : e,
    );
    const withBrands = createNameMatcher(brands);
    expect(withBrands.match('Azure', 'service', 'IaaS')).toMatchObject({
      result: 'merged',
      method: 'brand',
      id: 'azure',
    });
    expect(withBrands.match('Azure', 'service', 'PaaS')).toMatchObject({ result: 'ambiguous', method: 'brand' });
  });

  it('lists every candidate with its combined score for a review', () => {
    expect(
      matcher
        .candidates('Omsorgsdata Nrd', 'supplier')
        .map((c) => c.id)
        .slice(0, 2),
    ).toEqual(['od-n', 'od-s']);
  });

  it('a stricter threshold merges less', () => {
    const strict = createNameMatcher(CATALOGUE, { threshold: 0.99 });
    expect(strict.match('Ofice 365', 'service', 'SaaS').result).toBe('unresolved');
  });
});

describe('names too long to be names', () => {
  it('a text too long for a name gets no near evidence (issue 17: it cost its length times the catalogue)', () => {
    // 512 KB took 55 s through import-survey: quadratic in phoneticWord, and edit distances against every spelling.
    const pasted = 'abcdefghij'.repeat(52_428);
    expect(matcher.match(pasted, 'service', 'SaaS')).toEqual({
      result: 'unresolved',
      reason: `too long for near matching (more than ${MAX_NEAR_KEY} letters)`,
    });
    expect(matcher.candidates(pasted, 'service')).toEqual([]);
    // Exact evidence still decides, however long the spelling.
    const matcherWithLongAlias = createNameMatcher([
      { id: 'long', kind: 'service', name: 'Long', model: 'SaaS', aliases: [pasted], related: [] },
    ]);
    expect(matcherWithLongAlias.match(pasted, 'service', 'SaaS')).toMatchObject({ result: 'merged', id: 'long' });
    // A catalogue spelling that long is left out of the near scans (a 2 MB catalogue name hung import-survey).
    const index = buildMatcherIndex([
      { id: 'long', kind: 'service', name: 'Long', model: 'SaaS', aliases: [pasted], related: [] },
    ]);
    expect(index.spellings.service.map((spelling) => spelling.text)).toEqual(['Long']);
    expect(index.lookups.service.exact.get(pasted.toLowerCase())?.map((spelling) => spelling.id)).toEqual(['long']);
  });
});
