/**
 * The other-kind step: a supplier named where a service was asked for stands for its only service
 * (of the question's model, when it has services of that model), and a service named where a
 * supplier was asked for for its only supplier; with several it is ambiguous, with none
 * unresolved. The other kind is looked up by exact alias and by normalised key only, and must give
 * exactly one entry. O(1) plus the key step's scan.
 */
import type { ServiceModel } from '@kedja/core';

import { aliasCandidates } from './match-alias.js';
import { keyCandidates } from './match-key.js';
import type { MatcherIndex } from './matcher-index.js';
import type { CatalogueEntry, MatchQuery, Method, NameKind, Resolution } from './matcher-types.js';

/** The one entry of the other kind the name is, if exactly one. */
function namedOther(index: MatcherIndex, raw: string, other: NameKind): CatalogueEntry | undefined {
  let found = aliasCandidates(index, raw, other);
  if (found.length === 0) found = keyCandidates(index, raw, other);
  return found.length === 1 ? index.byId.get(found[0]!.id)! : undefined;
}

/** The related entries to choose from: those of the question's model if any, else all. */
function relatedPool(index: MatcherIndex, named: CatalogueEntry, model: ServiceModel | undefined) {
  const related = named.related.filter((id) => index.byId.has(id));
  const ofModel = model === undefined ? related : related.filter((id) => index.byId.get(id)?.model === model);
  return { pool: ofModel.length > 0 ? ofModel : related, ofModel };
}

export function matchOtherKind({ raw, kind, model }: MatchQuery, index: MatcherIndex): Resolution | undefined {
  const other: NameKind = kind === 'service' ? 'supplier' : 'service';
  const named = namedOther(index, raw, other);
  if (!named) return undefined;
  const method: Method = kind === 'service' ? 'via-supplier' : 'via-service';
  const { pool, ofModel } = relatedPool(index, named, model);
  const what = `names the ${other} ${named.name} (${named.id})`;
  if (pool.length === 1) {
    const id = pool[0]!;
    return {
      result: 'merged',
      method,
      id,
      score: 1,
      matched: named.name,
      reason: `${what}, whose only ${kind}${ofModel.length === 1 && model ? ` of model ${model}` : ''} is ${index.byId.get(id)!.name}`,
    };
  }
  if (pool.length === 0) return { result: 'unresolved', reason: `${what}, which has no ${kind} in the catalogue` };
  return {
    result: 'ambiguous',
    method,
    candidates: pool.map((id) => ({ id, score: 1, matched: named.name })),
    reason: `${what}, which has ${pool.length} ${kind === 'service' ? 'services' : 'suppliers'}`,
  };
}
