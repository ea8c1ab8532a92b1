/**
 * Hidden dependency: an affected organisation is *hidden* when no member of the scenario is among
 * its known dependencies, which are the targets of its own `uses` and `contracts` edges and the
 * direct providers (`providedBy`) of the services it uses. It was reached only through
 * subcontractors it never named: the study's central worry (70 % had no routine to find them).
 *
 * O(out-degree of the organisation + out-degrees of the services it uses).
 */
import { EDGE_KIND_CODES, type Snapshot } from './snapshot.js';

const USES = EDGE_KIND_CODES.uses;
const PROVIDED_BY = EDGE_KIND_CODES.providedBy;

/** True when none of the organisation's known dependencies is a scenario member. */
export function isHiddenDependency(
  snapshot: Snapshot,
  organisation: number,
  isMember: (node: number) => boolean,
): boolean {
  const { reqStart, reqTarget, reqKind } = snapshot;
  for (let i = reqStart[organisation]!; i < reqStart[organisation + 1]!; i++) {
    const target = reqTarget[i]!;
    if (isMember(target)) return false;
    if (reqKind[i] !== USES) continue;
    for (let j = reqStart[target]!; j < reqStart[target + 1]!; j++) {
      if (reqKind[j] === PROVIDED_BY && isMember(reqTarget[j]!)) return false;
    }
  }
  return true;
}
