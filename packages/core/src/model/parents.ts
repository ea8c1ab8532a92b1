/**
 * Ownership chains and jurisdiction. A supplier's `parent` names its ownership group; the graph's
 * `parents` table (parents.csv) gives each group its country and the group that owns it. Following
 * `parent` up ends in the supplier's ultimate parent, and the supplier's jurisdiction is the
 * ultimate parent's country when the table gives one, else the supplier's own country. A supplier
 * with no parent, or whose parent the table lacks, is its own ultimate owner. So an Irish
 * subsidiary of a United States group falls under United States jurisdiction, which its own
 * country hides.
 *
 * Groups are matched as `--parent` matches them: without regard to case or surrounding space. A
 * table is sound when no group is listed twice, every `parent` is a group of the table, and no
 * chain returns to where it started (checkParents). O(groups) to check and to resolve; O(1) per
 * supplier after that.
 */
import type { ParentGroup } from './types.js';

/** The key a group is matched by: trimmed, in lower case. */
export const groupKey = (name: string): string => name.trim().toLocaleLowerCase('en');

/** What can be wrong with a parents table, each reported at one row and field. */
export const PARENT_PROBLEM_KINDS = ['duplicateGroup', 'unknownParent', 'cycle'] as const;
export type ParentProblemKind = (typeof PARENT_PROBLEM_KINDS)[number];

export interface ParentProblem {
  kind: ParentProblemKind;
  /** The index of the row it is reported at. */
  index: number;
  field: 'group' | 'parent';
  message: string;
}

/** What the checks read of a row: its group and its parent. */
export type ParentLink = Pick<ParentGroup, 'group' | 'parent'>;

const quoted = (text: string) => JSON.stringify(text);
const hasParent = (row: ParentLink): row is ParentLink & { parent: string } =>
  row.parent !== undefined && row.parent.trim() !== '';

/**
 * Every problem of a parents table: a group listed twice (at the later row), a parent that is no
 * group of the table (at that row; left out when `complete` is false, since the table could not
 * be read whole), and each cycle once (at its member listed first, naming the whole circle).
 * `where(index)` names a row in messages ("line 4"). O(rows).
 */
export function checkParents(
  rows: readonly ParentLink[],
  where: (index: number) => string = (index) => `row ${index + 1}`,
  options: { complete?: boolean } = {},
): ParentProblem[] {
  const problems: ParentProblem[] = [];
  const first = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = groupKey(row.group);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else {
      problems.push({
        kind: 'duplicateGroup',
        index,
        field: 'group',
        message: `group ${quoted(row.group)} is already listed on ${where(earlier)} (groups are matched without regard to case); give each group one row`,
      });
    }
  });
  if (options.complete !== false) {
    rows.forEach((row, index) => {
      if (hasParent(row) && !first.has(groupKey(row.parent))) {
        problems.push({
          kind: 'unknownParent',
          index,
          field: 'parent',
          message: `parent ${quoted(row.parent)} is not a group of this table; add a row for it (with its country) or correct the name`,
        });
      }
    });
  }
  for (const cycle of findCycles(rows, first)) {
    const index = cycle.reduce((a, b) => Math.min(a, b));
    const names = [...cycle, cycle[0]!].map((i) => rows[i]!.group);
    problems.push({
      kind: 'cycle',
      index,
      field: 'parent',
      message: `the groups own each other in a circle (${names.join(' → ')}), so none is the ultimate parent; remove the parent of the one that owns the others (an ultimate parent has none)`,
    });
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** The cycles of the parent links, each as row indices in chain order. O(rows). */
function findCycles(rows: readonly ParentLink[], first: ReadonlyMap<string, number>): number[][] {
  const next = (index: number): number | undefined => {
    const row = rows[index]!;
    return hasParent(row) ? first.get(groupKey(row.parent)) : undefined;
  };
  // 0: not seen; 1: on the walk under way; 2: done.
  const state = new Uint8Array(rows.length);
  const cycles: number[][] = [];
  for (const start of first.values()) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = next(at);
    }
    if (at !== undefined && state[at] === 1) cycles.push(walk.slice(walk.indexOf(at)));
    for (const index of walk) state[index] = 2;
  }
  return cycles;
}

/** A parents table resolved: the top of the chain above each group. */
export interface OwnershipChains {
  /** The ultimate parent above group `name` (the group itself when it has no parent); undefined when the table lacks the group. */
  ultimate(name: string): ParentGroup | undefined;
}

/**
 * Resolves every chain once (memoised; O(groups)). A table that checkParents refuses still
 * resolves, without looping: a group on or above a cycle, or below an unknown parent, has no
 * ultimate parent.
 */
export function resolveParents(groups: readonly ParentGroup[] | undefined): OwnershipChains {
  const byKey = new Map<string, ParentGroup>();
  for (const group of groups ?? []) if (!byKey.has(groupKey(group.group))) byKey.set(groupKey(group.group), group);
  const top = new Map<string, ParentGroup | null>();
  const resolve = (key: string): ParentGroup | null => {
    const known = top.get(key);
    if (known !== undefined) return known;
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let at = key;
    let answer: ParentGroup | null = null;
    for (;;) {
      const done = top.get(at);
      if (done !== undefined) {
        answer = done;
        break;
      }
      const group = byKey.get(at);
      if (group === undefined || onWalk.has(at)) break; // unknown, or a cycle: no ultimate parent
      walk.push(at);
      onWalk.add(at);
      if (!hasParent(group)) {
        answer = group;
        break;
      }
      at = groupKey(group.parent);
    }
    for (const step of walk) top.set(step, answer);
    return answer;
  };
  return { ultimate: (name) => resolve(groupKey(name)) ?? undefined };
}

/** A supplier's place in the ownership chains. */
export interface SupplierOwnership {
  /** The group at the top of its chain; undefined when it is its own ultimate owner (no parent, or one the table lacks). */
  ultimateParent: string | undefined;
  /** The ultimate parent's country when the table gives one, else the supplier's own country (ISO 3166-1 alpha-2). */
  jurisdiction: string | undefined;
}

/** Where a supplier of `country` and ownership group `parent` ends up. O(1) after resolveParents. */
export function supplierOwnership(
  chains: OwnershipChains,
  supplier: { country?: string | undefined; parent?: string | undefined },
): SupplierOwnership {
  const top =
    supplier.parent !== undefined && supplier.parent.trim() !== '' ? chains.ultimate(supplier.parent) : undefined;
  return { ultimateParent: top?.group, jurisdiction: top?.country ?? supplier.country };
}
