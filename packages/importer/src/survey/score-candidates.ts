/**
 * Several methods, one score: the evidence the methods found (evidence.ts) grouped per catalogue
 * entry into one candidate, whose score is its strongest evidence and which keeps every finding,
 * strongest first, as its reasons. Exact evidence (alias, key, fingerprint, brand list, the other
 * kind) ranks before near evidence whatever the scores, so that a near method can never outvote
 * an exact one; within a tier, by score, then by the order of METHODS, then by id.
 * O(evidence × log evidence).
 */
import { METHODS, type Candidate, type Evidence, type Method } from './matcher-types.js';

/** A candidate with what decides it: its tier, method and reason. */
export interface ScoredCandidate extends Candidate {
  method: Method;
  evidence: string[];
  tier: Evidence['tier'];
  /** The strongest finding, in words. */
  why: string;
}

const rank = (method: Method) => METHODS.indexOf(method);

function byStrength(a: Evidence, b: Evidence): number {
  return (
    (a.tier === b.tier ? 0 : a.tier === 'exact' ? -1 : 1) ||
    b.score - a.score ||
    rank(a.method) - rank(b.method) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** One finding as the report lists it: "phonetic 0.90: sounds like ...". */
export const describeEvidence = (e: Evidence) => `${e.method} ${e.score.toFixed(2)}: ${e.why}`;

export function scoreCandidates(evidence: readonly Evidence[]): ScoredCandidate[] {
  const byId = new Map<string, Evidence[]>();
  for (const e of [...evidence].sort(byStrength)) {
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  const candidates: ScoredCandidate[] = [];
  for (const [id, found] of byId) {
    const top = found[0]!;
    candidates.push({
      id,
      score: top.score,
      matched: top.matched,
      method: top.method,
      evidence: [...new Set(found.map(describeEvidence))],
      tier: top.tier,
      why: top.why,
    });
  }
  // byId keeps the order of each entry's strongest finding, which is the order of candidates.
  return candidates;
}

/** A candidate as reported: without the internal fields. */
export const reported = ({ id, score, matched, method, evidence }: ScoredCandidate): Candidate => ({
  id,
  score,
  matched,
  method,
  evidence,
});
