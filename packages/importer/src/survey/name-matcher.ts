/**
 * Matching a free-text name from a survey answer against a catalogue of known services and
 * suppliers: several methods each look for evidence, the evidence is combined into one score per
 * catalogue entry with the reasons kept (score-candidates.ts), and one decision is taken
 * (decide-match.ts).
 *
 * 0. Not a name: "vet ej", "se bilaga", "-" name nothing, "egen drift" and "kommunens eget
 *    system" are the organisation's own operation (non-answers.ts); no method is asked.
 * 1. Exact evidence, which decides when there is any: the spelling is a catalogue name or alias
 *    (match-alias.ts, 1), has the same normalised key, also without the supplier's name
 *    (match-key.ts, 1), the same words in another order (match-fingerprint.ts, 1), or is a
 *    brand-list spelling linked to an entry (0.98); failing those, it names an entry of the other
 *    kind, whose services or suppliers it stands for (match-other-kind.ts, 0.99).
 * 2. Near evidence, weighed when there is no exact evidence: the same character bigrams (0.95),
 *    the same name without editions (match-edition.ts, 0.92), the leading words
 *    (match-prefix.ts, 0.9), every word of a catalogue spelling among more (match-token-set.ts,
 *    0.8 to 0.95), the same Swedish phonetic key and a close spelling (match-phonetic.ts, 0.9),
 *    and the edit-distance score of fuzzball (match-edit.ts). At or above `threshold` the best
 *    merges; entries within `margin` of it are close calls.
 *
 * A name of fewer than MIN_NEAR_KEY or more than MAX_NEAR_KEY letters gets no near evidence.
 * Ties are broken by the question's service model or left ambiguous, never guessed. Building the
 * index (matcher-index.ts) is O(spellings); one match is O(1) when exact evidence decides and
 * O(spellings of the kind) otherwise.
 */
import type { ServiceModel } from '@kedja/core';

import { decide } from './decide-match.js';
import { aliasEvidence } from './match-alias.js';
import { editionEvidence } from './match-edition.js';
import { editEvidence } from './match-edit.js';
import { fingerprintEvidence, ngramEvidence } from './match-fingerprint.js';
import { keyEvidence } from './match-key.js';
import { otherKindEvidence } from './match-other-kind.js';
import { phoneticEvidence } from './match-phonetic.js';
import { MIN_NEAR_KEY, prefixEvidence } from './match-prefix.js';
import { tokenSetEvidence } from './match-token-set.js';
import { buildMatcherIndex, MAX_NEAR_KEY, queryForms, type MatcherIndex, type QueryForms } from './matcher-index.js';

export { MAX_NEAR_KEY } from './matcher-index.js';
import type { CatalogueEntry, Evidence, MatchOptions, NameKind, NameMatcher, Resolution } from './matcher-types.js';
import { matchNonAnswer } from './non-answers.js';
import { reported, scoreCandidates, type ScoredCandidate } from './score-candidates.js';

export type {
  BrandSpelling,
  Candidate,
  CatalogueEntry,
  MatchOptions,
  Method,
  NameKind,
  NameMatcher,
  Resolution,
} from './matcher-types.js';

export const MATCH_DEFAULTS: Required<MatchOptions> = { threshold: 0.85, margin: 0.05 };

type Method = (query: QueryForms, index: MatcherIndex, kind: NameKind) => Evidence[];

/** The exact methods of the kind asked for. */
const EXACT: readonly Method[] = [aliasEvidence, keyEvidence, fingerprintEvidence];
/** The near methods. */
const NEAR: readonly Method[] = [
  ngramEvidence,
  editionEvidence,
  prefixEvidence,
  tokenSetEvidence,
  phoneticEvidence,
  editEvidence,
];

const run = (methods: readonly Method[], query: QueryForms, index: MatcherIndex, kind: NameKind) =>
  methods.flatMap((method) => method(query, index, kind));

/**
 * A brand-list spelling of another service model than the question asks for ("Azure", Microsoft
 * Azure, IaaS, under the PaaS question) does not decide when a service of the question's model
 * fits on near evidence too ("Azure App Service"): the name is ambiguous.
 */
function modelConflict(
  index: MatcherIndex,
  settings: Required<MatchOptions>,
  query: QueryForms,
  candidates: readonly ScoredCandidate[],
  model: ServiceModel | undefined,
): Resolution | undefined {
  const top = candidates[0];
  const topModel = top && index.byId.get(top.id)?.model;
  if (!top || top.method !== 'brand' || model === undefined || topModel === undefined || topModel === model) return;
  if (candidates[1]?.tier === 'exact' && candidates[1].score === top.score) return;
  const near = scoreCandidates(run(NEAR, query, index, 'service')).filter(
    (c) => c.id !== top.id && index.byId.get(c.id)?.model === model && c.score >= settings.threshold,
  );
  if (near.length === 0) return undefined;
  return {
    result: 'ambiguous',
    method: 'brand',
    candidates: [top, ...near].map(reported),
    reason:
      `${top.why}, ${/^[AEIOU]/.test(topModel) ? 'an' : 'a'} ${topModel} service, ` +
      `but the question asks for ${model} and ${near.map((c) => c.id).join(', ')} fits it`,
  };
}

function matchName(
  index: MatcherIndex,
  settings: Required<MatchOptions>,
  raw: string,
  kind: NameKind,
  model: ServiceModel | undefined,
): Resolution {
  const nonAnswer = matchNonAnswer({ raw });
  if (nonAnswer) return nonAnswer;
  const query = queryForms(raw);
  let evidence = run(EXACT, query, index, kind);
  if (evidence.length === 0) {
    const other = otherKindEvidence(query, index, kind, model);
    if (other.result === 'nothing-of-kind') return { result: 'unresolved', reason: other.reason };
    if (other.result === 'evidence') evidence = other.evidence;
  }
  if (evidence.length === 0) {
    if (query.key.length < MIN_NEAR_KEY) {
      return { result: 'unresolved', reason: `too short for near matching (fewer than ${MIN_NEAR_KEY} letters)` };
    }
    if (query.key.length > MAX_NEAR_KEY) {
      return { result: 'unresolved', reason: `too long for near matching (more than ${MAX_NEAR_KEY} letters)` };
    }
    evidence = run(NEAR, query, index, kind);
  }
  const candidates = scoreCandidates(evidence);
  return modelConflict(index, settings, query, candidates, model) ?? decide(index, candidates, model, settings);
}

export function createNameMatcher(entries: readonly CatalogueEntry[], options: MatchOptions = {}): NameMatcher {
  const settings = { ...MATCH_DEFAULTS, ...options };
  const index = buildMatcherIndex(entries);
  return {
    entry: (id) => index.byId.get(id),
    match: (raw, kind, model) => matchName(index, settings, raw, kind, model),
    candidates(raw, kind) {
      const query = queryForms(raw);
      const near = query.key.length > MAX_NEAR_KEY ? [] : run(NEAR, query, index, kind);
      return scoreCandidates([...run(EXACT, query, index, kind), ...near]);
    },
  };
}
