import { describe, expect, it } from 'vitest';

import { REPORT_MESSAGES, SCENARIO_MESSAGES } from '../reports/index.js';
import { catalogueKeys, type Catalogue, type MessageTree } from './catalogue.js';
import { catalogueProblems } from './check-catalogue.js';
import { formatInteger, formatList, formatShare } from './format.js';
import { chooseLang, parseLang } from './lang.js';
import { durationWords, WORDS } from './words.js';

const CATALOGUES: [string, Catalogue<MessageTree>][] = [
  ['core words', WORDS as unknown as Catalogue<MessageTree>],
  ['scenario report', SCENARIO_MESSAGES as unknown as Catalogue<MessageTree>],
  ['concentration report', REPORT_MESSAGES as unknown as Catalogue<MessageTree>],
];

describe.each(CATALOGUES)('the %s catalogue', (_, catalogue) => {
  it('says everything in both languages, with the values the English shows, translated', () => {
    expect(catalogueKeys(catalogue.en).length).toBeGreaterThan(5);
    expect(catalogueProblems(catalogue)).toEqual([]);
  });
});

describe('the catalogue check', () => {
  const en = { a: 'Organisations affected', b: (n: string) => `${n} suppliers`, c: 'region' };
  it('finds a missing key, a dropped value, an untranslated sentence and a kind that differs', () => {
    const sv = { a: 'Organisations affected', b: () => 'leverantörer', c: (x: string) => x };
    expect(catalogueProblems({ en, sv } as never)).toEqual([
      'sv b leaves out «0», which the English shows',
      'sv c is a function, the English a string',
      'sv a is the English: "Organisations affected"',
    ]);
    expect(catalogueProblems({ en, sv: { a: 'Drabbade organisationer' } } as never)).toEqual([
      'sv lacks b',
      'sv lacks c',
    ]);
  });

  it('lets a listed key be the same in both languages, and says when a listed one is not', () => {
    const sv = { a: 'Organisations affected', b: (n: string) => `${n} leverantörer`, c: 'region' };
    expect(catalogueProblems({ en, sv }, { sameInBoth: ['a'] })).toEqual([]);
    expect(catalogueProblems({ en, sv: { ...sv, a: 'Drabbade' } }, { sameInBoth: ['a'] })).toEqual([
      'a is listed as the same in both, but is not',
    ]);
  });
});

describe('choosing a language', () => {
  it('takes the option, then KEDJA_LANG, then the locale, then English', () => {
    expect(chooseLang({ option: 'sv', env: 'en', locale: ['en_GB.UTF-8'] })).toBe('sv');
    expect(chooseLang({ env: 'sv', locale: ['en_GB.UTF-8'] })).toBe('sv');
    expect(chooseLang({ env: '', locale: [undefined, 'sv_SE.UTF-8'] })).toBe('sv');
    expect(chooseLang({ locale: ['C.UTF-8', 'de_DE'] })).toBe('en');
    expect(chooseLang({})).toBe('en');
  });

  it('reads tags and locales, and nothing else', () => {
    expect(parseLang('sv-SE')).toBe('sv');
    expect(parseLang('EN_us.utf8')).toBe('en');
    expect(parseLang('svenska')).toBeNull();
    expect(parseLang('de')).toBeNull();
  });
});

describe('formatting in a language', () => {
  it('groups digits, writes shares and lists the way each language does', () => {
    expect(formatInteger('en', 250000)).toBe('250,000');
    expect(formatInteger('sv', 250000)).toBe('250\u00a0000');
    expect(formatShare('sv', 0.1234)).toBe('12,3 %');
    expect(formatShare('en', 0.1234)).toBe('12.3 %');
    expect(formatList('sv', ['A', 'B', 'C'])).toBe('A, B och C');
    expect(formatList('en', ['A', 'B'], { word: 'or' })).toBe('A or B');
    expect(formatList('sv', ['A', 'B', 'C', 'D'], { max: 2 })).toBe('A, B och 2 till');
    expect(durationWords('sv', 168)).toBe('1\u00a0vecka');
    expect(durationWords('en', 1440)).toBe('2\u00a0months');
    expect(durationWords('sv', 1.5)).toBe('1,5\u00a0h');
  });
});
