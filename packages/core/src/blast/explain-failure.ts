/**
 * Why is this organisation affected? One shortest chain of failures from a scenario member to the
 * organisation, where each step is a dependency that the next node lost (see lost-dependencies.ts),
 * so every link of the chain is a reason, not a coincidence. Breadth-first search backwards from
 * the organisation over lost dependencies, which always reaches a member because every failed node
 * that is not a member lost a dependency of a lower tier.
 *
 * O(failed nodes + their out-edges) per question.
 */
import { CORE_ERROR_CODES, KedjaError } from '../errors.js';
import {
  EDGE_KIND_CODES,
  isHiddenDependency,
  KIND_ORGANISATION,
  KIND_SERVICE,
  kindOf,
  type EngineContext,
} from '../kernel/index.js';
import type { EdgeKind, NodeKind } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

/** One link of a chain of failures. */
export interface ChainStep {
  id: string;
  kind: NodeKind;
  tier: number;
  /** The kind of edge by which this node depends on the previous step (absent on the first step). */
  edge?: EdgeKind;
  /**
   * When that dependency belongs to an alternatives group: the group's other members, which failed
   * too (the chain follows one of them; the group gave no way round). Absent otherwise.
   */
  alternativesFailed?: string[];
}

/** Why an organisation is affected (`engine.why`): what it lost, and one shortest chain of failures to it. */
export interface Explanation {
  organisation: string;
  affected: boolean;
  critical: boolean;
  hidden: boolean;
  /** Round in which the organisation fails; null when it is not affected. */
  tier: number | null;
  /** The failed dependencies that made it fail. */
  lost: string[];
  /** From a scenario member (first) to the organisation (last); empty when it is not affected. */
  chain: ChainStep[];
}

const EDGE_KIND_NAMES = Object.fromEntries(
  Object.entries(EDGE_KIND_CODES).map(([name, code]) => [code, name]),
) as Record<number, EdgeKind>;
const NODE_KIND_NAMES: Record<number, NodeKind> = {
  0: 'supplier',
  [KIND_SERVICE]: 'service',
  [KIND_ORGANISATION]: 'organisation',
};

/**
 * The other members of the alternatives group of `node`'s forward edge `edge`, by id, in edge
 * order; none when the edge is in no group. Every member failed: the chain only follows lost
 * dependencies, and a group's members are lost together.
 */
function groupMates({ snapshot }: EngineContext, node: number, edge: number): string[] {
  const { reqStart, reqTarget, reqUnit, unitCapacity } = snapshot;
  const unit = reqUnit[edge]!;
  if (unitCapacity[unit]! < 2) return [];
  const mates: string[] = [];
  for (let i = reqStart[node]!; i < reqStart[node + 1]!; i++) {
    if (i === edge || reqUnit[i] !== unit) continue;
    const id = snapshot.ids[reqTarget[i]!]!;
    if (!mates.includes(id)) mates.push(id);
  }
  return mates;
}

export function computeExplanation(context: EngineContext, organisationId: string, scenario: Scenario): Explanation {
  const { snapshot, propagator, lost } = context;
  const organisation = snapshot.index.get(organisationId);
  if (organisation === undefined || kindOf(snapshot, organisation) !== KIND_ORGANISATION) {
    throw new KedjaError(
      organisation === undefined ? CORE_ERROR_CODES.unknownId : CORE_ERROR_CODES.wrongKind,
      `${organisationId} is not an organisation of this graph`,
    );
  }
  propagator.run(context.indicesOf(scenario.members));
  if (!propagator.isDown(organisation)) {
    return {
      organisation: organisationId,
      affected: false,
      critical: false,
      hidden: false,
      tier: null,
      lost: [],
      chain: [],
    };
  }

  // Breadth-first search over lost dependencies; `via[v]` is the forward edge by which the
  // node that reached v depends on v.
  const reachedFrom = new Map<number, { from: number; edge: number }>();
  const queue = [organisation];
  let found = -1;
  for (let head = 0; head < queue.length && found < 0; head++) {
    const v = queue[head]!;
    for (const edge of lost.edges(v)) {
      const target = snapshot.reqTarget[edge]!;
      if (reachedFrom.has(target)) continue;
      reachedFrom.set(target, { from: v, edge });
      if (propagator.isMember(target)) {
        found = target;
        break;
      }
      queue.push(target);
    }
  }

  const tierOf = (node: number) => propagator.tier[node]!;
  const chain: ChainStep[] = [];
  let node = found;
  let edgeInto: EdgeKind | undefined;
  chain.push({ id: snapshot.ids[node]!, kind: NODE_KIND_NAMES[kindOf(snapshot, node)]!, tier: tierOf(node) });
  while (node !== organisation) {
    const step = reachedFrom.get(node)!;
    edgeInto = EDGE_KIND_NAMES[snapshot.reqKind[step.edge]!]!;
    node = step.from;
    const others = groupMates(context, step.from, step.edge);
    chain.push({
      id: snapshot.ids[node]!,
      kind: NODE_KIND_NAMES[kindOf(snapshot, node)]!,
      tier: tierOf(node),
      edge: edgeInto,
      ...(others.length > 0 ? { alternativesFailed: others } : {}),
    });
  }

  return {
    organisation: organisationId,
    affected: true,
    critical: propagator.isCritical(organisation),
    hidden: isHiddenDependency(snapshot, organisation, (v) => propagator.isMember(v)),
    tier: tierOf(organisation),
    lost: lost.targets(organisation).map((t) => snapshot.ids[t]!),
    chain,
  };
}
