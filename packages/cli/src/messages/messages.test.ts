/**
 * The CLI's catalogue says everything in both languages: the same keys, every value the English
 * message shows also shown in Swedish, and sentences translated (as core's catalogues are checked
 * in packages/core/src/i18n/i18n.test.ts).
 */
import { catalogueKeys, LANGS, messageAt, type Catalogue, type MessageTree } from '@kedja/core/i18n';
import { describe, expect, it } from 'vitest';

import { CLI_MESSAGES } from './index.js';

const catalogue = CLI_MESSAGES as unknown as Catalogue<MessageTree>;
const keys = catalogueKeys(catalogue.en);

/**
 * Messages whose Swedish is the English, on purpose: "Scenario:" is a Swedish word too; Monte
 * Carlo and N-2 are names.
 */
const SAME_IN_BOTH = ['common.scenario'];

/** A message as text: a function gets numbered sample values (text at even places, 2 at odd ones). */
function sample(message: unknown): string {
  if (typeof message === 'string') return message;
  const fn = message as (...values: unknown[]) => string;
  return fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? `«${i}»` : 2)));
}

describe('the CLI catalogue', () => {
  it('has every key in both languages, and no other', () => {
    expect(keys.length).toBeGreaterThan(200);
    for (const lang of LANGS) expect(catalogueKeys(catalogue[lang])).toEqual(keys);
  });

  it('says something in every message, in each language, with every value the English shows', () => {
    for (const lang of LANGS)
      for (const key of keys) {
        const message = messageAt(catalogue[lang], key);
        const english = messageAt(catalogue.en, key);
        expect(typeof message, key).toBe(typeof english);
        const text = sample(message);
        expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        for (const value of sample(english).match(/«\d+»/g) ?? []) expect(text, `${lang} ${key}`).toContain(value);
      }
  });

  it('is translated: no sentence with a word of five letters is the same in Swedish, but for a listed few', () => {
    const same = keys.filter((key) => {
      const en = sample(messageAt(catalogue.en, key));
      return /\p{L}{5,}/u.test(en.replace(/«\d+»/g, '')) && sample(messageAt(catalogue.sv, key)) === en;
    });
    expect(same.filter((key) => sample(messageAt(catalogue.en, key)).includes(' '))).toEqual(SAME_IN_BOTH);
  });

  it('uses MSB’s words in Swedish', () => {
    const swedish = keys.map((key) => sample(messageAt(catalogue.sv, key))).join('\n');
    for (const word of [
      'kritisk funktion',
      'leverantör',
      'underleverantör',
      'avbrott',
      'drabbade organisationer',
      'invånare',
      'befolkning',
      'dolda beroenden',
      'systemrisk',
    ]) {
      expect(swedish.toLowerCase(), word).toContain(word);
    }
  });
});
