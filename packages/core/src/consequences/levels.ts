/**
 * Consequence levels, from the words of the study's Tabell 6.4 (MSB1196, 2018): none; minor
 * ("överlag få konsekvenser", mostly few consequences); noticeable ("börjar bli kännbart", starts to
 * be felt); critical ("kritiskt"); crisis ("kris"). An ordered scale: higher is worse. O(1) each.
 */
/** The consequence levels, least first. */
export const CONSEQUENCE_LEVELS = ['none', 'minor', 'noticeable', 'critical', 'crisis'] as const;
export type ConsequenceLevel = (typeof CONSEQUENCE_LEVELS)[number];

export const isConsequenceLevel = (value: unknown): value is ConsequenceLevel =>
  CONSEQUENCE_LEVELS.includes(value as ConsequenceLevel);

/** Position on the scale: none 0 ... crisis 4. */
export const levelRank = (level: ConsequenceLevel): number => CONSEQUENCE_LEVELS.indexOf(level);

export const maxLevel = (a: ConsequenceLevel, b: ConsequenceLevel): ConsequenceLevel =>
  levelRank(a) >= levelRank(b) ? a : b;

export const minLevel = (a: ConsequenceLevel, b: ConsequenceLevel): ConsequenceLevel =>
  levelRank(a) <= levelRank(b) ? a : b;

/** Moves `steps` along the scale (negative lowers), staying within none..crisis. */
export function stepLevel(level: ConsequenceLevel, steps: number): ConsequenceLevel {
  const rank = Math.min(CONSEQUENCE_LEVELS.length - 1, Math.max(0, levelRank(level) + steps));
  return CONSEQUENCE_LEVELS[rank]!;
}

/** A count per level, every level present (zero when none). */
export type LevelCounts = Record<ConsequenceLevel, number>;

export function emptyLevelCounts(): LevelCounts {
  return { none: 0, minor: 0, noticeable: 0, critical: 0, crisis: 0 };
}
