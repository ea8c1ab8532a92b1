/**
 * Normalising a free-text name (of a service, supplier or organisation) the way a person reading
 * survey answers would: case, accents and punctuation do not matter, nor do legal suffixes (AB,
 * Ltd, Inc, Oy, ...) and country words at the end ("Microsoft Sverige AB" is Microsoft), nor
 * words such as "kommun" anywhere. The key is the remaining words run together, so "Office365"
 * and "Office 365" share one. O(length of the name).
 */

/** Legal forms and country words dropped from the end of a name (repeatedly, never the whole name). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'ab',
  'publ',
  'aktiebolag',
  'hb',
  'kb',
  'ek',
  'for', // Swedish (ek. för.)
  'ltd',
  'limited',
  'plc',
  'llp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc', // English
  'oy',
  'oyj',
  'as',
  'asa',
  'aps',
  'a',
  's', // Finnish, Norwegian, Danish (A/S)
  'gmbh',
  'ag',
  'kg',
  'bv',
  'nv',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'se', // continental
  'sverige',
  'sweden',
  'svenska',
  'nordic',
  'norden',
  'scandinavia',
  'international',
  'group',
  'koncern',
  // Country words that name the national entity of a group: "X Sverige AB", "X Ireland Ltd".
  'norge',
  'norway',
  'danmark',
  'denmark',
  'finland',
  'suomi',
  'ireland',
  'irland',
  'deutschland',
  'germany',
  'nederland',
  'netherlands',
  'uk',
  'usa',
  'us',
  'europe',
  'europa',
  'emea',
]);

/** Words that say what kind of body a name belongs to and are dropped wherever they stand. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'kommun',
  'kommuns',
  'kommunen',
  'stad',
  'stads',
  'staden',
  'municipality',
  'the',
]);

/** The words of a name: lower case, accents and punctuation removed, legal suffixes and noise words dropped. */
export function nameTokens(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const kept = words.filter((word) => !NOISE_WORDS.has(word));
  const tokens = kept.length > 0 ? kept : words;
  let end = tokens.length;
  while (end > 1 && LEGAL_SUFFIXES.has(tokens[end - 1]!)) end--;
  return tokens.slice(0, end);
}

/** The normalised key: the words run together ("Microsoft Office 365" -> "microsoftoffice365"). */
export function nameKey(name: string): string {
  return nameTokens(name).join('');
}

/** A readable normalised form: the words separated by single spaces. */
export function normalisedName(name: string): string {
  return nameTokens(name).join(' ');
}

/** An id-safe slug of a name: ASCII words joined by `-`. */
export function slug(name: string): string {
  return nameTokens(name).join('-') || 'unnamed';
}
