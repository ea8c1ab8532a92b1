/**
 * The forms under which a name is compared, computed once per spelling: its words (normalise-name.ts),
 * the key (the words run together), OpenRefine's fingerprint (the distinct words, sorted: word
 * order does not matter) and n-gram fingerprint (the distinct character bigrams of the key,
 * sorted: a letter written once more, "Gooogle", does not matter), the
 * words without product editions and their key, and the phonetic key of those words
 * (phonetic-key.ts). O(length of the name).
 * Reference: OpenRefine, "Clustering in depth" (openrefine.org/docs/technical-reference/clustering-in-depth).
 */
import { editionless, nameTokens } from './normalise-name.js';
import { phoneticKey } from './phonetic-key.js';

export interface NameForms {
  tokens: readonly string[];
  /** The words separated by single spaces. */
  norm: string;
  /** The words run together. */
  key: string;
  /** The distinct words, sorted, separated by spaces. */
  fingerprint: string;
  /** All the words, sorted, separated by spaces (what token_sort_ratio compares). */
  sorted: string;
  /** The distinct character bigrams of the key, sorted and run together. */
  ngrams: string;
  /** The words without editions ("dropbox business" -> dropbox). */
  core: readonly string[];
  coreKey: string;
  /** The phonetic key of the words without editions. */
  phonetic: string;
}

/** OpenRefine's n-gram fingerprint of a key (n = 2). */
export function ngramFingerprint(key: string, n = 2): string {
  const grams = new Set<string>();
  for (let i = 0; i + n <= key.length; i++) grams.add(key.slice(i, i + n));
  return [...grams].sort().join('');
}

/** The forms of a list of words. */
export function formsOfTokens(tokens: readonly string[]): NameForms {
  const key = tokens.join('');
  const core = editionless(tokens);
  return {
    tokens,
    norm: tokens.join(' '),
    key,
    fingerprint: [...new Set(tokens)].sort().join(' '),
    sorted: [...tokens].sort().join(' '),
    ngrams: ngramFingerprint(key),
    core,
    coreKey: core.join(''),
    phonetic: phoneticKey(core),
  };
}

export function nameForms(name: string): NameForms {
  return formsOfTokens(nameTokens(name));
}
