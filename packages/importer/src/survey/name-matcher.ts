/**
 * Matching a free-text name from a survey answer against a catalogue of known services and
 * suppliers, in the order a careful person would, stopping at the first step that decides:
 *
 * 1. not a name: answers such as "vet ej", "inga", "-" are no service at all (non-answers.ts);
 * 2. exact alias: the spelling (ignoring case and spacing) is a catalogue name or a known alias
 *    (match-alias.ts);
 * 3. normalised key: the same once case, accents, punctuation, legal suffixes and words such as
 *    "kommun" are dropped (normalise-name.ts); for a service also once its supplier's name is
 *    dropped from both ("Microsoft Teams" is the catalogue's "Teams" by Microsoft) (match-key.ts);
 * 4. the other kind: a supplier named where a service was asked for stands for its only service
 *    (of the question's model), and a service named where a supplier was asked for for its only
 *    supplier; with several, it is ambiguous (match-other-kind.ts);
 * 5. leading words: the name is the first words of a catalogue name, the brand alone ("Lönia" for
 *    "Lönia Lönesystem AB"); when several names start so ("Webbkontoret CMS", "Webbkontoret
 *    Analys"), it is ambiguous (match-prefix.ts);
 * 6. fuzzy score from fuzzball (a port of Python's TheFuzz): the best of token_sort_ratio on the
 *    normalised words and ratio on the keys, 0..1. Names whose key is shorter than 4 characters
 *    are never fuzzy-matched ("AD" is not "AB") (match-fuzzy.ts).
 *
 * When a step finds several entries (an alias given to two, or fuzzy scores within `margin` of the
 * best), the one of the question's service model wins if it is the only one; otherwise the name is
 * ambiguous and is not guessed (decide-match.ts). Below `threshold` it is unresolved. Building the
 * index (matcher-index.ts) is O(spellings); one match is O(spellings) for the fuzzy step and O(1)
 * before it.
 * Reference: fuzzball.js (github.com/nol13/fuzzball.js), TheFuzz (github.com/seatgeek/thefuzz).
 */
import { matchAlias } from './match-alias.js';
import { matchFuzzy } from './match-fuzzy.js';
import { matchKey } from './match-key.js';
import { matchOtherKind } from './match-other-kind.js';
import { matchPrefix } from './match-prefix.js';
import { buildMatcherIndex, type MatcherIndex } from './matcher-index.js';
import type { CatalogueEntry, MatchOptions, MatchQuery, NameMatcher, Resolution } from './matcher-types.js';
import { matchNonAnswer } from './non-answers.js';

export type {
  Candidate,
  CatalogueEntry,
  MatchOptions,
  Method,
  NameKind,
  NameMatcher,
  Resolution,
} from './matcher-types.js';

export const MATCH_DEFAULTS: Required<MatchOptions> = { threshold: 0.85, margin: 0.05 };

/** A step that decides a name, or leaves it to the next step (undefined). */
type MatchStep = (query: MatchQuery, index: MatcherIndex) => Resolution | undefined;

/** The steps before the fuzzy one, in order; the fuzzy step always decides. */
const STEPS: readonly MatchStep[] = [matchNonAnswer, matchAlias, matchKey, matchOtherKind, matchPrefix];

export function createNameMatcher(entries: readonly CatalogueEntry[], options: MatchOptions = {}): NameMatcher {
  const settings = { ...MATCH_DEFAULTS, ...options };
  const index = buildMatcherIndex(entries);
  return {
    entry: (id) => index.byId.get(id),
    match(raw, kind, model) {
      const query = { raw, kind, model };
      for (const step of STEPS) {
        const resolution = step(query, index);
        if (resolution) return resolution;
      }
      return matchFuzzy(query, index, settings);
    },
  };
}
