/**
 * One finding of a matching method, worded for the report. A spelling that comes from a brand
 * list (brand-list.ts) counts a little less than the catalogue's own (its score × 0.98), so the
 * catalogue's own names and aliases come first, and an exact match through it is the method
 * `brand`, with the list's source in the words. O(1).
 */
import type { Spelling } from './matcher-index.js';
import type { Evidence, Method } from './matcher-types.js';

/** How much less a brand-list spelling counts than the catalogue's own. */
export const BRAND_FACTOR = 0.98;

/** Scores are kept to two decimals, as they are reported. */
export const roundScore = (score: number) => Math.round(score * 100) / 100;

export function evidenceFor(
  spelling: Spelling,
  method: Method,
  score: number,
  tier: Evidence['tier'],
  why: string,
): Evidence {
  const brand = spelling.brand;
  if (!brand) return { id: spelling.id, method, score: roundScore(score), matched: spelling.text, tier, why };
  return {
    id: spelling.id,
    method: tier === 'exact' ? 'brand' : method,
    score: roundScore(score * BRAND_FACTOR),
    matched: spelling.text,
    tier,
    why:
      tier === 'exact'
        ? `${why}, a spelling of ${brand.brand} in the brand list (${brand.source})`
        : `${why}, a brand-list spelling of ${brand.brand}`,
  };
}
