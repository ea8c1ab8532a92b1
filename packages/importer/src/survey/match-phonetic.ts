/**
 * The phonetic method: the name and a catalogue spelling share a phonetic key (phonetic-key.ts,
 * on the words without editions) and are close in spelling too (Levenshtein similarity of the
 * keys at least 0.7), so that "Vizma", "Googel", "Unicum" and "Temas" find Visma, Google, Unikum
 * and Teams while "Zoom" and "Sam", which share a key, stay apart. Near evidence worth 0.9. O(1)
 * plus one comparison per entry with that key.
 */
import { evidenceFor } from './evidence.js';
import { keySimilarity } from './match-edit.js';
import { MIN_NEAR_KEY } from './match-prefix.js';
import { lookUp, type MatcherIndex, type QueryForms, type Spelling } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';

/** The score of a phonetic match. */
export const PHONETIC_SCORE = 0.9;
/** The least Levenshtein similarity of the keys for a phonetic match to count. */
export const PHONETIC_MIN_SIMILARITY = 0.7;

export function phoneticEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  if (query.coreKey.length < MIN_NEAR_KEY) return [];
  const close = (s: Spelling) => keySimilarity(query.coreKey, s.coreKey) >= PHONETIC_MIN_SIMILARITY;
  return lookUp(index, kind, 'phonetic', query.phonetic, close).map((s) =>
    evidenceFor(s, 'phonetic', PHONETIC_SCORE, 'near', `sounds like "${s.text}" (${s.phonetic})`),
  );
}
