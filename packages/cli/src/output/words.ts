/**
 * Lists in sentences: "A", "A and B", "A, B or C", and past `max` items "A, B, C and 12 more",
 * so that a sentence about hundreds of organisations stays a sentence ("A, B och 12 till" in
 * Swedish).
 */
import type { Lang } from '@kedja/core/i18n';

import { COMMON_MESSAGES } from '../messages/common.js';
import { formatNumber } from './table.js';

export function listWords(
  items: readonly string[],
  options: { word?: 'and' | 'or'; max?: number; lang?: Lang } = {},
): string {
  const lang = options.lang ?? 'en';
  const m = COMMON_MESSAGES[lang];
  const word = m[options.word ?? 'and'];
  const max = options.max ?? 6;
  if (items.length > max) {
    return `${items.slice(0, max).join(', ')} ${m.and} ${m.more(formatNumber(items.length - max, lang))}`;
  }
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
