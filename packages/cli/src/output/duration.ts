/**
 * An outage length for people: "48 h", "1 week", "2 months". English keeps core's
 * `formatDuration` (what it has always printed, and what docs and tests compare); other languages
 * take core's `durationWords` ("1 vecka", "1,5 h", kept on one line by no-break spaces). O(1).
 */
import { formatDuration } from '@kedja/core';
import { durationWords, type Lang } from '@kedja/core/i18n';

export function outageLength(hours: number, lang: Lang): string {
  return lang === 'en' ? formatDuration(hours) : durationWords(lang, hours);
}
