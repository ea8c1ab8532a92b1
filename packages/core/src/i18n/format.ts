/**
 * Numbers, shares and lists in a language, with the runtime's `Intl`: 250 000 and "A, B och C" in
 * Swedish, 250,000 and "A, B and C" in English. Formatters are made once per language. O(length).
 */
import { countryName } from '../model/index.js';
import { LOCALES, type Lang } from './lang.js';

const integers = new Map<Lang, Intl.NumberFormat>();
const conjunctions = new Map<Lang, Intl.ListFormat>();
const disjunctions = new Map<Lang, Intl.ListFormat>();

function once<T>(cache: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) cache.set(lang, (value = make()));
  return value;
}

/** A whole number with the language's digit grouping (a non-breaking space in Swedish). */
export function formatInteger(lang: Lang, n: number): string {
  return once(integers, lang, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 })).format(n);
}

/** A share (0.123) as a percentage with `digits` decimals: "12.3 %" or "12,3 %". */
export function formatShare(lang: Lang, share: number, digits = 1): string {
  const text = (share * 100).toFixed(digits);
  return `${lang === 'sv' ? text.replace('.', ',') : text} %`;
}

/**
 * Items in a sentence: "A", "A and B", "A, B and C" ("och", "eller" in Swedish); past `max` items
 * the first `max` and "N more" ("N till").
 */
export function formatList(
  lang: Lang,
  items: readonly string[],
  options: { word?: 'and' | 'or'; max?: number } = {},
): string {
  const max = options.max ?? Infinity;
  const or = options.word === 'or';
  if (items.length > max) {
    const rest = formatInteger(lang, items.length - max);
    const more = lang === 'sv' ? `${rest} till` : `${rest} more`;
    return formatList(lang, [...items.slice(0, max), more], { word: options.word ?? 'and' });
  }
  const format = once(
    or ? disjunctions : conjunctions,
    lang,
    () => new Intl.ListFormat(LOCALES[lang], { type: or ? 'disjunction' : 'conjunction' }),
  );
  return format.format(items);
}

/** `one` when `n` is 1, else `other` (Swedish and English agree on this). */
export const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

const regions = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the language (English: Kedja's own names), or its code when none is known. */
export function countryNameIn(lang: Lang, code: string): string {
  if (lang === 'en') return countryName(code);
  try {
    return once(regions, lang, () => new Intl.DisplayNames([LOCALES[lang]], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}
