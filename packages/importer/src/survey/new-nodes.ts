/**
 * The new nodes of a survey import: a name that no catalogue entry fits becomes a node flagged
 * unresolved, a name that several fit a node flagged ambiguous, never a guess. One node per flag,
 * kind and group: for unresolved names the proposed entry their spellings were clustered into
 * (cluster-unresolved.ts), named by its most written spelling, or the id a reviewer gave it;
 * otherwise the normalised key, however it was spelt, named as first spelt. Its id is one no node
 * of the graph has (`unresolved-service-larloggen`, else `...-2`, `...-3`), or the reviewer's.
 * Each remembers its spellings and the organisations that named it. O(spellings of the node) per
 * name; O(taken ids) per new id.
 */
import type { KedjaGraph, NodeAttributes, ServiceModel } from '@kedja/core';

import type { Cluster } from './cluster-unresolved.js';
import type { NameKind } from './matcher-types.js';
import { nameKey, slug } from './normalise-name.js';
import type { NewNodeReport } from './report-types.js';

export type NewNodeFlag = NewNodeReport['flag'];

export interface NewNodes {
  /** The id of the new node for this name (of `group` when given), added to the graph on first sight. */
  add(flag: NewNodeFlag, kind: NameKind, raw: string, model?: ServiceModel, group?: Cluster): string;
  /** Notes that an organisation named the node `id`; ids of other nodes are ignored. */
  namedBy(id: string, organisation: string): void;
  /** The new nodes in order of creation, with the number of organisations that named each. */
  reports(): NewNodeReport[];
}

interface NewNode extends NewNodeReport {
  organisationIds: Set<string>;
}

/** `base`, or `base-2`, `base-3`, ... : the first id the graph does not have. */
function freeId(graph: KedjaGraph, base: string): string {
  let id = base;
  for (let n = 2; graph.hasNode(id); n++) id = `${base}-${n}`;
  return id;
}

export function createNewNodes(graph: KedjaGraph): NewNodes {
  const byKey = new Map<string, NewNode>();
  const byId = new Map<string, NewNode>();
  return {
    add(flag, kind, raw, model, group) {
      const key = `${flag}\u0000${kind}\u0000${group ? group.key : nameKey(raw)}`;
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.spellings.includes(raw)) existing.spellings.push(raw);
        return existing.id;
      }
      const name = group?.name ?? raw;
      const id = freeId(graph, group?.id ?? `${flag}-${kind}-${slug(name)}`);
      graph.addNode(id, { kind, name, ...(kind === 'service' && model ? { model } : {}) } as NodeAttributes);
      const node: NewNode = {
        id,
        kind,
        name,
        flag,
        spellings: [raw],
        organisations: 0,
        ...(group ? { linkedBy: group.linkedBy } : {}),
        organisationIds: new Set<string>(),
      };
      byKey.set(key, node);
      byId.set(id, node);
      return id;
    },
    namedBy(id, organisation) {
      byId.get(id)?.organisationIds.add(organisation);
    },
    reports: () =>
      [...byKey.values()].map(({ organisationIds, ...node }) => ({ ...node, organisations: organisationIds.size })),
  };
}
