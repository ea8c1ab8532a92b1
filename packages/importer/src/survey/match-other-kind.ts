/**
 * The other-kind method: a supplier named where a service was asked for stands for its services
 * (those of the question's model, when it has any), and a service named where a supplier was
 * asked for for its suppliers: one related entry merges, several tie (ambiguous), none leaves the
 * name unresolved with that reason. The other kind is looked up on exact evidence only (alias,
 * key, fingerprint, brand list) and must give exactly one entry. Exact evidence worth 0.99, so
 * that a name of the kind asked for comes first, or 0.98 when the other kind was found through
 * the brand list. O(1) plus the key method's scan.
 */
import type { ServiceModel } from '@kedja/core';

import { BRAND_FACTOR } from './evidence.js';
import { aliasEvidence } from './match-alias.js';
import { fingerprintEvidence } from './match-fingerprint.js';
import { keyEvidence } from './match-key.js';
import type { MatcherIndex, QueryForms } from './matcher-index.js';
import type { CatalogueEntry, Evidence, Method, NameKind } from './matcher-types.js';

/** The score of a name of the other kind. */
export const OTHER_KIND_SCORE = 0.99;

export type OtherKind =
  { result: 'evidence'; evidence: Evidence[] } | { result: 'nothing-of-kind'; reason: string } | { result: 'none' };

/** The one entry of the other kind the name is, if exactly one, with the best evidence for it. */
function namedOther(index: MatcherIndex, query: QueryForms, other: NameKind) {
  let found = aliasEvidence(query, index, other);
  if (found.length === 0) found = keyEvidence(query, index, other);
  if (found.length === 0) found = fingerprintEvidence(query, index, other);
  const top = found.reduce((best, e) => Math.max(best, e.score), -Infinity);
  const best = found.filter((e) => e.score === top);
  return best.length === 1 ? { entry: index.byId.get(best[0]!.id)!, evidence: best[0]! } : undefined;
}

/** The related entries to choose from: those of the question's model if any, else all. */
function relatedPool(index: MatcherIndex, named: CatalogueEntry, model: ServiceModel | undefined) {
  const related = named.related.filter((id) => index.byId.has(id));
  const ofModel = model === undefined ? related : related.filter((id) => index.byId.get(id)?.model === model);
  return { pool: ofModel.length > 0 ? ofModel : related, ofModel };
}

export function otherKindEvidence(
  query: QueryForms,
  index: MatcherIndex,
  kind: NameKind,
  model: ServiceModel | undefined,
): OtherKind {
  const other: NameKind = kind === 'service' ? 'supplier' : 'service';
  const named = namedOther(index, query, other);
  if (!named) return { result: 'none' };
  const { entry } = named;
  const what = `names the ${other} ${entry.name} (${entry.id})`;
  const { pool, ofModel } = relatedPool(index, entry, model);
  if (pool.length === 0) return { result: 'nothing-of-kind', reason: `${what}, which has no ${kind} in the catalogue` };
  const method: Method = kind === 'service' ? 'via-supplier' : 'via-service';
  const score = named.evidence.method === 'brand' ? BRAND_FACTOR : OTHER_KIND_SCORE;
  const plural = kind === 'service' ? 'services' : 'suppliers';
  return {
    result: 'evidence',
    evidence: pool.map((id) => ({
      id,
      method,
      score,
      matched: entry.name,
      tier: 'exact',
      why:
        pool.length === 1
          ? `${what}, whose only ${kind}${ofModel.length === 1 && model ? ` of model ${model}` : ''} is ${index.byId.get(id)!.name}`
          : `${what}, which has ${pool.length} ${plural}`,
    })),
  };
}
