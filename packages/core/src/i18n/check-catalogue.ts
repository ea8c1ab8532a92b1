/**
 * What is wrong with a catalogue, for the tests of every package that has one: a key one language
 * lacks or has too many, a message that is text in one language and a function in the other, an
 * empty message, a value the English shows that the Swedish leaves out, and a sentence left in
 * English. A function message is called with numbered samples (text at even places, 2 at odd
 * ones), so that what it shows of its values can be seen. O(keys x message length).
 */
import { catalogueKeys, messageAt, type Catalogue, type MessageTree } from './catalogue.js';
import { LANGS } from './lang.js';

/** A message as text: a function gets numbered sample values (text at even places, 2 at odd ones). */
export function sampleMessage(message: unknown): string {
  if (typeof message !== 'function') return typeof message === 'string' ? message : '';
  const fn = message as (...values: unknown[]) => string;
  return fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? `«${i}»` : 2)));
}

/**
 * The problems of a catalogue, one sentence each; none when it is sound. `sameInBoth` lists the
 * keys whose Swedish is the English on purpose (a name, a word both languages share).
 */
export function catalogueProblems<T extends object>(
  catalogue: Catalogue<T & MessageTree> | Readonly<Record<string, T>>,
  options: { sameInBoth?: readonly string[] } = {},
): string[] {
  const trees = catalogue as unknown as Record<string, MessageTree>;
  const keys = catalogueKeys(trees.en!);
  const problems: string[] = [];
  for (const lang of LANGS) {
    const own = new Set(catalogueKeys(trees[lang]!));
    for (const key of keys) if (!own.has(key)) problems.push(`${lang} lacks ${key}`);
    for (const key of own) if (!keys.includes(key)) problems.push(`${lang} has ${key}, which English lacks`);
  }
  for (const lang of LANGS)
    for (const key of keys) {
      const message = messageAt(trees[lang]!, key);
      const english = messageAt(trees.en!, key);
      if (message === undefined) continue;
      if (typeof message !== typeof english) {
        problems.push(`${lang} ${key} is a ${typeof message}, the English a ${typeof english}`);
        continue;
      }
      const text = sampleMessage(message);
      if (text.trim() === '') problems.push(`${lang} ${key} says nothing`);
      for (const value of sampleMessage(english).match(/«\d+»/g) ?? [])
        if (!text.includes(value)) problems.push(`${lang} ${key} leaves out ${value}, which the English shows`);
    }
  const same = new Set(options.sameInBoth ?? []);
  for (const key of keys) {
    const en = sampleMessage(messageAt(trees.en!, key));
    const sentence = en.includes(' ') && /\p{L}{5,}/u.test(en.replace(/«\d+»/g, ''));
    const untranslated = sentence && sampleMessage(messageAt(trees.sv!, key)) === en;
    if (untranslated && !same.has(key)) problems.push(`sv ${key} is the English: "${en}"`);
    if (!untranslated && same.has(key)) problems.push(`${key} is listed as the same in both, but is not`);
  }
  return problems;
}
