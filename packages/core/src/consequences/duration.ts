/**
 * Outage lengths: `24h`, `48h`, `1w`, `1m`, `2d`, `36` (hours), `1.5h`. One day is 24 hours, one
 * week 168, one month 30 days (720 hours). The timeline's standard steps are the study's four
 * lengths of Tabell 6.4 (24 h, 48 h, 1 week, 1 month) after the four-hour outage it reports.
 * O(length of the text).
 */
import { quoteValue } from '../errors.js';
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';

export const HOURS_PER_UNIT = { h: 1, d: 24, w: 168, m: 720 } as const;

/** 4 h, 24 h, 48 h, 1 week, 1 month. */
export const STANDARD_DURATIONS: readonly number[] = [4, 24, 48, 168, 720];

/** Hours in an outage length; throws `KEDJA_BAD_OPTION` on text it cannot read. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([hdwm]?)\s*$/i.exec(text);
  if (!match) {
    throw new KedjaError(
      CORE_ERROR_CODES.badOption,
      `${quoteValue(text)} is not an outage length; write hours or a number with h, d, w or m (month), such as 4h, 48h, 1w, 1m`,
    );
  }
  const unit = (match[2] || 'h').toLowerCase() as keyof typeof HOURS_PER_UNIT;
  return Number(match[1]) * HOURS_PER_UNIT[unit];
}

/** "4 h", "48 h", "1 week", "2 weeks", "1 month", "36 h". */
export function formatDuration(hours: number): string {
  if (hours > 0 && hours % 720 === 0) return hours === 720 ? '1 month' : `${hours / 720} months`;
  if (hours > 0 && hours % 168 === 0) return hours === 168 ? '1 week' : `${hours / 168} weeks`;
  return `${hours} h`;
}
