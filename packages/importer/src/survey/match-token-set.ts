/**
 * The token-set method: every word of a catalogue spelling is among the name's words, in any
 * order, and the name says more ("MS Office 365 E3" holds "Office 365"). A Swedish compound counts
 * as holding its first part: "Edusoft Frånvarorapportering" holds "Edusoft Frånvaro",
 * "Schemaläggning" holds "Schema" (a part of at least four letters). Words are compared as sets,
 * so order and extra words weigh less than a changed core word (which gives no token-set evidence
 * at all; the edit distance weighs it). The score grows with the share of the name's letters that
 * the catalogue spelling covers: 0.75 + 0.2 × share, so the spelling must cover half of the name
 * to reach the default threshold ("Azure" in "Azure Web Apps" does not). Extra words that only
 * say what kind of system it is ("lön", "möteshantering", "Meetings", "Software": GENERIC_WORDS)
 * are not counted in the name's letters. For a service, the catalogue spelling is also taken
 * without its supplier's name ("Azure IaaS" holds "Microsoft Azure" by Microsoft). The catalogue
 * spelling needs a key of four characters.
 * O(spellings of the kind × words).
 */
import { evidenceFor } from './evidence.js';
import type { MatcherIndex, QueryForms, Spelling } from './matcher-index.js';
import type { Evidence, NameKind } from './matcher-types.js';
import { MIN_NEAR_KEY } from './match-prefix.js';
import { GENERIC_WORDS } from './name-words.js';

/** The score of a name that holds every word of a catalogue spelling, which covers `share` of its letters. */
export const tokenSetScore = (share: number) => 0.75 + 0.2 * share;

/** A compound's first part needs this many letters. */
const MIN_COMPOUND_PART = 4;

/** Whether the name's words hold `word`, as a word or as the first part of a compound. */
const holds = (words: readonly string[], word: string) =>
  words.some((w) => w === word || (word.length >= MIN_COMPOUND_PART && w.length > word.length && w.startsWith(word)));

/** The token-set evidence of the name against one spelling (its words, or its words without the supplier's). */
function against(query: QueryForms, spelling: Spelling, words: readonly string[], key: string): Evidence | undefined {
  if (key.length < MIN_NEAR_KEY || key.length >= query.key.length) return undefined;
  if (!words.every((token) => holds(query.tokens, token))) return undefined;
  const extra = query.tokens.filter((token) => GENERIC_WORDS.has(token) && !words.includes(token));
  const letters = query.key.length - extra.reduce((sum, token) => sum + token.length, 0);
  const score = tokenSetScore(Math.min(1, key.length / letters));
  return evidenceFor(spelling, 'token-set', score, 'near', `holds every word of "${spelling.text}"`);
}

export function tokenSetEvidence(query: QueryForms, index: MatcherIndex, kind: NameKind): Evidence[] {
  const found = new Map<string, Evidence>();
  for (const spelling of index.spellings[kind]) {
    const stripped = spelling.strippedNorm === '' ? [] : spelling.strippedNorm.split(' ');
    for (const evidence of [
      against(query, spelling, spelling.tokens, spelling.key),
      stripped.length > 0 ? against(query, spelling, stripped, spelling.strippedKey) : undefined,
    ]) {
      const previous = found.get(spelling.id);
      if (evidence && (!previous || evidence.score > previous.score)) found.set(spelling.id, evidence);
    }
  }
  return [...found.values()];
}
