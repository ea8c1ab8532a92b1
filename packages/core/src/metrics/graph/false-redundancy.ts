/**
 * False redundancy: alternatives groups whose members all fall to one common cause, so that the
 * declared redundancy is not real. A group (edges from one node with the same `alternatives` label,
 * at least two distinct members) is defeated by a cause when failing the cause alone fails every
 * member, with the engine's exact semantics, through any depth of subcontracting. Causes, in order:
 *
 * - one supplier (a shared subcontractor, or one member on which the others depend);
 * - one ownership group (`parent`), listed only when no single supplier defeats the group;
 * - one country of legal entity, listed only when no single supplier or group defeats it.
 *
 * Each finding names the group, the cause and the organisations exposed: those affected when the
 * group's owner fails (the owner itself when it is an organisation).
 *
 * One engine propagation per supplier, ownership group and country, checking only the groups that
 * have a failed member: O(sum of blast sizes + group members touched).
 */
import { Propagator } from '../../kernel/index.js';
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import type { Snapshot } from '../../kernel/index.js';
import type { KedjaGraph, NodeAttributes } from '../../model/index.js';
import { byString, checkGraph, checkOptions, resolveEngine, type EngineOptions } from '../utils.js';

const PATH = 'metrics/graph/false-redundancy';

export const FALSE_REDUNDANCY_CAUSES = ['supplier', 'parent', 'country'] as const;
export type FalseRedundancyCause = (typeof FALSE_REDUNDANCY_CAUSES)[number];

export interface FalseRedundancyOptions extends EngineOptions {
  /** Which causes to look for. Default: all three. */
  causes?: readonly FalseRedundancyCause[];
}

const DEFAULTS: Required<Omit<FalseRedundancyOptions, 'engine'>> = { causes: FALSE_REDUNDANCY_CAUSES };

export interface FalseRedundancyFinding {
  /** The node whose alternatives group this is: an organisation, a service or a supplier. */
  owner: string;
  /** The group's `alternatives` label. */
  group: string;
  /** The alternatives (targets of the group's edges), sorted. */
  members: string[];
  /** What defeats the group: a supplier id, a parent group name or a country code. */
  cause: { kind: FalseRedundancyCause; id: string };
  /** Organisations exposed: affected when the owner fails (the owner itself if an organisation), sorted. */
  organisations: string[];
}

/** An alternatives group: its owner, label and distinct members (ids sorted, and their snapshot indices). */
interface Group {
  owner: string;
  label: string;
  members: string[];
  memberIndices: number[];
}

export function falseRedundancy(graph: KedjaGraph, options: FalseRedundancyOptions = {}): FalseRedundancyFinding[] {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const causes = options.causes ?? DEFAULTS.causes;
  if (!Array.isArray(causes) || causes.some((c) => !FALSE_REDUNDANCY_CAUSES.includes(c))) {
    throw new KedjaError(
      CORE_ERROR_CODES.badOption,
      `${PATH}: causes must be a list of ${FALSE_REDUNDANCY_CAUSES.join(', ')}`,
    );
  }
  const groups = alternativesGroups(graph);
  if (groups.length === 0) return [];
  const { snapshot } = resolveEngine(graph, options, PATH);
  for (const group of groups) group.memberIndices = group.members.map((m) => snapshot.index.get(m)!);
  return defeatedGroups(snapshot, groups, (s) => graph.getNodeAttributes(snapshot.ids[s]!), causes);
}

/** An edge with an `alternatives` label, between snapshot indices. */
export interface LabelledEdge {
  source: number;
  target: number;
  label: string;
}

/**
 * False redundancy on a snapshot: the groups of the labelled edges, and each supplier's `parent`
 * and `country` read from `attributesOf` (by snapshot index). The findings `falseRedundancy` gives
 * for the graph they describe.
 */
export function snapshotFalseRedundancy(
  snapshot: Snapshot,
  alternatives: readonly LabelledEdge[],
  attributesOf: (supplier: number) => NodeAttributes,
  options: Omit<FalseRedundancyOptions, 'engine'> = {},
): FalseRedundancyFinding[] {
  return defeatedGroups(snapshot, labelledGroups(snapshot, alternatives), attributesOf, options.causes);
}

/** The findings of the given groups (see the banner). */
function defeatedGroups(
  snapshot: Snapshot,
  groups: readonly Group[],
  attributesOf: (supplier: number) => NodeAttributes,
  causes: readonly FalseRedundancyCause[] = DEFAULTS.causes,
): FalseRedundancyFinding[] {
  if (groups.length === 0) return [];
  const groupsOfMember = new Map<number, number[]>();
  groups.forEach((group, g) => {
    for (const m of group.memberIndices) {
      const list = groupsOfMember.get(m);
      if (list === undefined) groupsOfMember.set(m, [g]);
      else list.push(g);
    }
  });

  const propagator = new Propagator(snapshot);
  const defeated = new Map<number, FalseRedundancyFinding['cause'][]>(); // group → causes
  const seen = new Uint32Array(groups.length);
  let stamp = 0;
  /** Runs one cause and records every group it defeats, except those in `skip`. */
  const tryCause = (members: number[], cause: FalseRedundancyFinding['cause'], skip: ReadonlySet<number>) => {
    propagator.run(members);
    stamp++;
    for (let i = 0; i < propagator.failedCount; i++) {
      const groupsOf = groupsOfMember.get(propagator.failed[i]!);
      if (groupsOf === undefined) continue;
      for (const g of groupsOf) {
        if (seen[g] === stamp || skip.has(g)) continue;
        seen[g] = stamp;
        if (groups[g]!.memberIndices.every((m) => propagator.isDown(m)))
          defeated.set(g, [...(defeated.get(g) ?? []), cause]);
      }
    }
  };

  const { ids, supplierCount } = snapshot;
  if (causes.includes('supplier')) {
    const none = new Set<number>();
    const member = [0];
    for (let s = 0; s < supplierCount; s++) {
      member[0] = s;
      tryCause(member, { kind: 'supplier', id: ids[s]! }, none);
    }
  }
  for (const kind of ['parent', 'country'] as const) {
    if (!causes.includes(kind)) continue;
    // Suppliers per parent group (matched without regard to case) or per country.
    const selected = new Map<string, { id: string; members: number[] }>();
    for (let s = 0; s < supplierCount; s++) {
      const value = supplierAttribute(attributesOf(s), kind);
      if (value === undefined) continue;
      const key = value.toLocaleLowerCase('en');
      const entry = selected.get(key) ?? { id: value, members: [] };
      selected.set(key, entry);
      entry.members.push(s);
    }
    const skip = new Set(defeated.keys()); // only groups that no earlier kind of cause defeats
    for (const { id, members } of [...selected.values()].sort((a, b) => byString(a.id, b.id))) {
      if (members.length >= 2) tryCause(members, { kind, id }, skip); // one supplier alone is a supplier cause
    }
  }

  const exposedCache = new Map<string, string[]>();
  const exposed = (owner: string): string[] => {
    let list = exposedCache.get(owner);
    if (list === undefined) {
      const index = snapshot.index.get(owner)!;
      if (index >= snapshot.assetCount) list = [owner];
      else {
        propagator.run([index]);
        list = Array.from(propagator.affected.subarray(0, propagator.affectedCount), (o) => ids[o]!).sort(byString);
      }
      exposedCache.set(owner, list);
    }
    return list;
  };

  const order = { supplier: 0, parent: 1, country: 2 } as const;
  const findings: FalseRedundancyFinding[] = [];
  for (const [g, groupCauses] of defeated) {
    const group = groups[g]!;
    for (const cause of groupCauses) {
      findings.push({
        owner: group.owner,
        group: group.label,
        members: group.members,
        cause,
        organisations: exposed(group.owner),
      });
    }
  }
  return findings.sort(
    (a, b) =>
      b.organisations.length - a.organisations.length ||
      byString(a.owner, b.owner) ||
      byString(a.group, b.group) ||
      order[a.cause.kind] - order[b.cause.kind] ||
      byString(a.cause.id, b.cause.id),
  );
}

/** Every alternatives group with at least two distinct members, in graph order. */
function alternativesGroups(graph: KedjaGraph): Group[] {
  const groups: Group[] = [];
  graph.forEachNode((owner) => {
    const byLabel = new Map<string, Set<string>>();
    graph.forEachOutEdge(owner, (_edge, attributes, _source, target) => {
      const label = attributes.alternatives;
      if (label === undefined || label === '') return;
      const members = byLabel.get(label) ?? new Set<string>();
      byLabel.set(label, members);
      members.add(target);
    });
    for (const [label, members] of byLabel) {
      if (members.size >= 2) groups.push({ owner, label, members: [...members].sort(byString), memberIndices: [] });
    }
  });
  return groups;
}

/**
 * The alternatives groups of labelled edges (see metrics/snapshot/facts.ts), with at least two
 * distinct members, in no particular order (findings are sorted).
 */
function labelledGroups(snapshot: Snapshot, edges: readonly LabelledEdge[]): Group[] {
  const byOwner = new Map<number, Map<string, Set<number>>>();
  for (const { source, target, label } of edges) {
    let labels = byOwner.get(source);
    if (labels === undefined) byOwner.set(source, (labels = new Map()));
    let members = labels.get(label);
    if (members === undefined) labels.set(label, (members = new Set()));
    members.add(target);
  }
  const groups: Group[] = [];
  for (const [owner, labels] of byOwner) {
    for (const [label, members] of labels) {
      if (members.size < 2) continue;
      const ids = [...members].map((m) => snapshot.ids[m]!).sort(byString);
      groups.push({
        owner: snapshot.ids[owner]!,
        label,
        members: ids,
        memberIndices: ids.map((m) => snapshot.index.get(m)!),
      });
    }
  }
  return groups;
}

function supplierAttribute(attributes: NodeAttributes, name: 'parent' | 'country'): string | undefined {
  if (attributes.kind !== 'supplier') return undefined;
  const value = attributes[name]?.trim();
  return value ? (name === 'parent' ? value : value.toUpperCase()) : undefined;
}
