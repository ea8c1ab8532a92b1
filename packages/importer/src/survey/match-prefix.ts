/**
 * The leading-words method: the name is the first words of a catalogue spelling, the brand alone
 * ("Lönia" for "Lönia Lönesystem AB"); when several names start so ("Webbkontoret CMS",
 * "Webbkontoret Analys") they tie. Near evidence worth 0.9. Names whose key is shorter than four
 * characters are too short to be a brand. O(spellings of the kind).
 */
import { evidenceFor } from './evidence.js';
import type { MatcherIndex, QueryForms } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';

/** The score of the leading words of a name. */
export const PREFIX_SCORE = 0.9;
/** Names with a shorter key are never matched by near evidence. */
export const MIN_NEAR_KEY = 4;

export function prefixEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  const { tokens } = query;
  if (query.key.length < MIN_NEAR_KEY) return [];
  const found = new Map<string, Evidence>();
  for (const spelling of index.spellings[kind]) {
    const words = spelling.tokens;
    if (found.has(spelling.id) || words.length <= tokens.length) continue;
    if (tokens.every((token, i) => words[i] === token)) {
      found.set(
        spelling.id,
        evidenceFor(spelling, 'prefix', PREFIX_SCORE, 'near', `the leading words of "${spelling.text}"`),
      );
    }
  }
  return [...found.values()];
}
