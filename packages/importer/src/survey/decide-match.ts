/**
 * Deciding among the candidates of a name (score-candidates.ts). When any candidate has exact
 * evidence, the best exact score decides and only candidates with that same score tie (the
 * catalogue's own alias, 1, beats a brand-list spelling, 0.98). Otherwise the best near score
 * must reach `threshold`, and candidates within `margin` of it are close calls. One candidate
 * merges; of several, the only one of the question's service model merges; otherwise the name is
 * ambiguous and is not guessed. The resolution keeps the reasons and the runners-up.
 * O(candidates).
 */
import type { ServiceModel } from '@kedja/core';

import { roundScore } from './evidence.js';
import type { MatcherIndex } from './matcher-index.js';
import type { MatchOptions, Method, Resolution } from './matcher-types.js';
import { reported, type ScoredCandidate } from './score-candidates.js';

/** How many runners-up a resolution keeps. */
export const RUNNERS_UP = 3;

/** What tied candidates share, for the ambiguous reason. */
const TIE_WORDS: Readonly<Partial<Record<Method, string>>> = {
  alias: 'same alias',
  key: 'same key',
  fingerprint: 'same words',
  brand: 'same brand-list spelling',
  prefix: 'the leading words of several names',
};

/** Among tied candidates, the only one of the question's model, if there is exactly one. */
function onlyOfModel(index: MatcherIndex, tied: readonly ScoredCandidate[], model: ServiceModel | undefined) {
  if (model === undefined) return undefined;
  const same = tied.filter((c) => index.byId.get(c.id)?.model === model);
  return same.length === 1 ? same[0] : undefined;
}

function choose(
  index: MatcherIndex,
  tied: readonly ScoredCandidate[],
  others: readonly ScoredCandidate[],
  model: ServiceModel | undefined,
): Resolution {
  const chosen = tied.length === 1 ? tied[0] : onlyOfModel(index, tied, model);
  if (chosen) {
    const reason =
      tied.length === 1
        ? chosen.why
        : `${chosen.why}; of ${tied.length} equally close entries the only ${model} service`;
    const runnersUp = [...tied.filter((c) => c !== chosen), ...others].slice(0, RUNNERS_UP).map(reported);
    return {
      result: 'merged',
      method: chosen.method,
      id: chosen.id,
      score: chosen.score,
      matched: chosen.matched,
      reason,
      evidence: chosen.evidence,
      ...(runnersUp.length > 0 ? { runnersUp } : {}),
    };
  }
  const first = tied[0]!;
  const sameMethod = tied.every((c) => c.method === first.method);
  const ids = tied.map((c) => c.id).join(', ');
  const reason =
    sameMethod && (first.method === 'via-supplier' || first.method === 'via-service')
      ? first.why
      : `${(sameMethod && TIE_WORDS[first.method]) || 'close call'} between ${ids}`;
  return { result: 'ambiguous', method: first.method, candidates: tied.map(reported), reason };
}

export function decide(
  index: MatcherIndex,
  candidates: readonly ScoredCandidate[],
  model: ServiceModel | undefined,
  { threshold, margin }: Required<MatchOptions>,
): Resolution {
  const top = candidates[0];
  if (!top) return { result: 'unresolved', reason: 'no catalogue entry of this kind' };
  if (top.tier === 'exact') {
    const tied = candidates.filter((c) => c.tier === 'exact' && c.score === top.score);
    return choose(index, tied, candidates.slice(tied.length), model);
  }
  if (top.score < threshold) {
    const runnersUp = candidates.slice(1, 1 + RUNNERS_UP).map(reported);
    return {
      result: 'unresolved',
      best: reported(top),
      ...(runnersUp.length > 0 ? { runnersUp } : {}),
      reason: `best score ${top.score.toFixed(2)} (${top.method}: ${top.why}) is below the threshold ${threshold}`,
    };
  }
  const floor = roundScore(Math.max(top.score, threshold) - margin);
  const close = candidates.filter((c) => c.score >= floor);
  return choose(index, close, candidates.slice(close.length), model);
}
