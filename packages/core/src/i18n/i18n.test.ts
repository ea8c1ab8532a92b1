import { describe, expect, it } from 'vitest';

import { REPORT_MESSAGES, SCENARIO_MESSAGES } from '../reports/index.js';
import { catalogueKeys, messageAt, type Catalogue, type MessageTree } from './catalogue.js';
import { formatInteger, formatList, formatShare } from './format.js';
import { chooseLang, LANGS, parseLang } from './lang.js';
import { durationWords, WORDS } from './words.js';

const CATALOGUES: [string, Catalogue<MessageTree>][] = [
  ['core words', WORDS as unknown as Catalogue<MessageTree>],
  ['scenario report', SCENARIO_MESSAGES as unknown as Catalogue<MessageTree>],
  ['concentration report', REPORT_MESSAGES as unknown as Catalogue<MessageTree>],
];

/** A message as text: a function gets numbered sample values. */
function sample(message: unknown): string {
  if (typeof message === 'string') return message;
  const fn = message as (...values: unknown[]) => string;
  return fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? `«${i}»` : 2)));
}

describe.each(CATALOGUES)('the %s catalogue', (_, catalogue) => {
  const keys = catalogueKeys(catalogue.en);

  it('has every key in both languages, and no other', () => {
    expect(keys.length).toBeGreaterThan(5);
    for (const lang of LANGS) expect(catalogueKeys(catalogue[lang])).toEqual(keys);
  });

  it('says something in every message, in each language, with every value it is given', () => {
    for (const lang of LANGS)
      for (const key of keys) {
        const message = messageAt(catalogue[lang], key);
        const english = messageAt(catalogue.en, key);
        expect(typeof message, key).toBe(typeof english);
        const text = sample(message);
        expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        // A value the English message shows, the Swedish one shows too.
        for (const value of sample(english).match(/«\d+»/g) ?? []) expect(text, `${lang} ${key}`).toContain(value);
      }
  });

  it('is translated: Swedish differs from English wherever the English has a word of five letters', () => {
    const same = keys.filter((key) => {
      const en = sample(messageAt(catalogue.en, key));
      return /\p{L}{5,}/u.test(en.replace(/«\d+»/g, '')) && sample(messageAt(catalogue.sv, key)) === en;
    });
    // Words both languages share (region, organisation) may stay; sentences may not.
    expect(same.filter((key) => sample(messageAt(catalogue.en, key)).includes(' '))).toEqual([]);
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
