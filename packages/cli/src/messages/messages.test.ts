/**
 * The CLI's catalogue says everything in both languages: the same keys, every value the English
 * message shows also shown in Swedish, and sentences translated (as core's catalogues are checked
 * in packages/core/src/i18n/i18n.test.ts).
 */
import {
  catalogueKeys,
  catalogueProblems,
  messageAt,
  sampleMessage,
  type Catalogue,
  type MessageTree,
} from '@kedja/core/i18n';
import { describe, expect, it } from 'vitest';

import { CLI_MESSAGES } from './index.js';

const catalogue = CLI_MESSAGES as unknown as Catalogue<MessageTree>;
const keys = catalogueKeys(catalogue.en);

/**
 * Messages whose Swedish is the English, on purpose: "Scenario:" is a Swedish word too; Monte
 * Carlo and N-2 are names.
 */
const SAME_IN_BOTH = ['common.scenario'];

describe('the CLI catalogue', () => {
  it('says everything in both languages, with the values the English shows, translated', () => {
    expect(keys.length).toBeGreaterThan(200);
    expect(catalogueProblems(catalogue, { sameInBoth: SAME_IN_BOTH })).toEqual([]);
  });

  it('uses MSB’s words in Swedish', () => {
    const swedish = keys.map((key) => sampleMessage(messageAt(catalogue.sv, key))).join('\n');
    for (const word of [
      'samhällsviktig funktion',
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
