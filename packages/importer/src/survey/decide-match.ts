/**
 * Deciding among the catalogue entries a matching step found: one entry merges; of several, the
 * only one of the question's service model merges; otherwise the name is ambiguous and is not
 * guessed. O(candidates).
 */
import type { ServiceModel } from '@kedja/core';

import type { MatcherIndex } from './matcher-index.js';
import type { Candidate, Method, Resolution } from './matcher-types.js';

/** How a step words its decision. */
export interface StepWords {
  method: Method;
  /** Why a candidate merges. */
  why: (candidate: Candidate) => string;
  /** What several candidates share, for the ambiguous reason ("same alias", "close call"). */
  tie: string;
}

/** Among tied candidates, the only one of the question's model, if there is exactly one. */
function onlyOfModel(
  index: MatcherIndex,
  candidates: readonly Candidate[],
  model: ServiceModel | undefined,
): Candidate | undefined {
  if (model === undefined) return undefined;
  const same = candidates.filter((c) => index.byId.get(c.id)?.model === model);
  return same.length === 1 ? same[0] : undefined;
}

const merged = (method: Method, c: Candidate, reason: string): Resolution => ({
  result: 'merged',
  method,
  id: c.id,
  score: c.score,
  matched: c.matched,
  reason,
});

export function decide(
  index: MatcherIndex,
  candidates: Candidate[],
  model: ServiceModel | undefined,
  { method, why, tie }: StepWords,
): Resolution {
  if (candidates.length === 1) return merged(method, candidates[0]!, why(candidates[0]!));
  const chosen = onlyOfModel(index, candidates, model);
  if (chosen !== undefined) {
    return merged(
      method,
      chosen,
      `${why(chosen)}; of ${candidates.length} equally close entries the only ${model} service`,
    );
  }
  return {
    result: 'ambiguous',
    method,
    candidates,
    reason: `${tie} between ${candidates.map((c) => c.id).join(', ')}`,
  };
}
