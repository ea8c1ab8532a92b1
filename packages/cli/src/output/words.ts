/**
 * Lists in sentences: "A", "A and B", "A, B or C", and past `max` items "A, B, C and 12 more",
 * so that a sentence about hundreds of organisations stays a sentence.
 */
import { formatNumber } from './table.js';

export function listWords(items: readonly string[], options: { word?: 'and' | 'or'; max?: number } = {}): string {
  const word = options.word ?? 'and';
  const max = options.max ?? 6;
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${formatNumber(items.length - max)} more`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
