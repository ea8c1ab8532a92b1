/**
 * The reference implementation: slow, plain and obviously correct, straight from the definitions.
 * The fast engine is tested against it on thousands of random graphs; nothing else should use it.
 *
 * - A node needs every ungrouped dependency and at least one member of each alternatives group.
 * - Synchronous rounds: round 0 is the scenario; in round k every service and supplier whose need
 *   is not met given the failures of rounds 0..k-1 fails, with tier k. Stop when a round adds
 *   nothing (the least fixed point).
 * - An organisation is affected when its need over all its edges is not met given every failure;
 *   its tier is the first round k whose failures up to k-1 leave that need unmet. It is critical
 *   when it is affected and its need over its critical edges alone is not met.
 *
 * O(rounds x (V + E)) per scenario.
 */
import { countResidents, type EdgeKind, type KedjaGraph, type OrganisationAttributes } from '../model/index.js';

interface Dependency {
  target: string;
  kind: EdgeKind;
  group: string | undefined;
  critical: boolean;
}

export interface ReferenceOrganisation {
  tier: number;
  critical: boolean;
  hidden: boolean;
  lost: string[];
}

export interface ReferenceBlast {
  /** Failed suppliers and services with their tier. */
  failed: Map<string, number>;
  affected: Map<string, ReferenceOrganisation>;
}

function dependencies(graph: KedjaGraph, node: string): Dependency[] {
  return graph.mapOutEdges(node, (_edge, attributes, _source, target) => ({
    target,
    kind: attributes.kind,
    group:
      attributes.alternatives === undefined || attributes.alternatives === '' ? undefined : attributes.alternatives,
    critical: !('critical' in attributes) || attributes.critical !== false,
  }));
}

/** The dependencies that leave the need unmet: failed ungrouped ones and members of all-failed groups. */
function unmet(deps: Dependency[], isFailed: (id: string) => boolean): Dependency[] {
  const result: Dependency[] = [];
  const groups = new Map<string, Dependency[]>();
  for (const dep of deps) {
    if (dep.group === undefined) {
      if (isFailed(dep.target)) result.push(dep);
    } else {
      groups.set(dep.group, [...(groups.get(dep.group) ?? []), dep]);
    }
  }
  for (const members of groups.values()) {
    if (members.every((dep) => isFailed(dep.target))) for (const member of members) result.push(member);
  }
  return result;
}

const needMet = (deps: Dependency[], isFailed: (id: string) => boolean) => unmet(deps, isFailed).length === 0;

export function referenceBlast(graph: KedjaGraph, members: readonly string[]): ReferenceBlast {
  const failed = new Map<string, number>();
  for (const member of members) failed.set(member, 0);

  for (let round = 1; ; round++) {
    const before = new Map(failed);
    const isFailed = (id: string) => before.has(id);
    const newly: string[] = [];
    graph.forEachNode((node, attributes) => {
      if (attributes.kind === 'organisation' || before.has(node)) return;
      if (!needMet(dependencies(graph, node), isFailed)) newly.push(node);
    });
    if (newly.length === 0) break;
    for (const node of newly) failed.set(node, round);
  }

  const isFailed = (id: string) => failed.has(id);
  const maxTier = [...failed.values()].reduce((a, b) => Math.max(a, b), 0);
  const affected = new Map<string, ReferenceOrganisation>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'organisation') return;
    const deps = dependencies(graph, node);
    if (needMet(deps, isFailed)) return;
    let tier = 0;
    for (let k = 1; k <= maxTier + 1; k++) {
      if (!needMet(deps, (id) => (failed.get(id) ?? Infinity) <= k - 1)) {
        tier = k;
        break;
      }
    }
    const critical = !needMet(
      deps.filter((dep) => dep.critical),
      isFailed,
    );
    const known = new Set<string>();
    for (const dep of deps) {
      known.add(dep.target);
      if (dep.kind === 'uses') {
        for (const providerDep of dependencies(graph, dep.target)) {
          if (providerDep.kind === 'providedBy') known.add(providerDep.target);
        }
      }
    }
    const hidden = ![...known].some((id) => failed.get(id) === 0);
    const lost = [...new Set(unmet(deps, isFailed).map((dep) => dep.target))];
    affected.set(node, { tier, critical, hidden, lost });
  });
  return { failed, affected };
}

/** Lost dependencies of any failed node (services and suppliers too), by the same rule. */
export function referenceLost(graph: KedjaGraph, node: string, failed: ReadonlyMap<string, number>): string[] {
  return [...new Set(unmet(dependencies(graph, node), (id) => failed.has(id)).map((dep) => dep.target))];
}

/** Length (number of edges) of the shortest chain of lost dependencies from a member to `node`. */
export function referenceShortestChainLength(graph: KedjaGraph, node: string, blast: ReferenceBlast): number {
  let frontier = [node];
  const seen = new Set(frontier);
  for (let length = 1; frontier.length > 0; length++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const target of referenceLost(graph, v, blast.failed)) {
        if (blast.failed.get(target) === 0) return length;
        if (!seen.has(target)) {
          seen.add(target);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return -1;
}

export interface ReferenceRankEntry {
  supplier: string;
  organisations: number;
  criticalOrganisations: number;
  services: number;
  suppliers: number;
  population: number;
  residents: number;
}

/** Every supplier alone, by `referenceBlast`, sorted by organisations descending then id. */
export function referenceRanking(graph: KedjaGraph): ReferenceRankEntry[] {
  const entries: ReferenceRankEntry[] = [];
  graph.forEachNode((supplier, attributes) => {
    if (attributes.kind !== 'supplier') return;
    const blast = referenceBlast(graph, [supplier]);
    let population = 0;
    const affected: OrganisationAttributes[] = [];
    for (const organisation of blast.affected.keys()) {
      const value = graph.getNodeAttributes(organisation);
      if (value.kind !== 'organisation') continue;
      affected.push(value);
      if (value.population !== undefined) population += value.population;
    }
    const kinds = [...blast.failed.keys()].map((id) => graph.getNodeAttribute(id, 'kind'));
    entries.push({
      supplier,
      organisations: blast.affected.size,
      criticalOrganisations: [...blast.affected.values()].filter((o) => o.critical).length,
      services: kinds.filter((k) => k === 'service').length,
      suppliers: kinds.filter((k) => k === 'supplier').length - 1,
      population,
      residents: countResidents(affected),
    });
  });
  return entries.sort((a, b) => b.organisations - a.organisations || (a.supplier < b.supplier ? -1 : 1));
}
