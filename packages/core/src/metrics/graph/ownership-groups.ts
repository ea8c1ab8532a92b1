/**
 * Ownership concentration: suppliers grouped by `parent` (the ownership group; suppliers get bought
 * up, as the study noted). Per group: its suppliers, the organisations that declare a dependency on
 * any of them (contract or direct service), and the organisations affected when the whole group
 * fails (the engine's `parents` scenario, subcontracting included, counted by the propagation). Parent names are matched
 * without regard to case or surrounding space, as scenarios match them. O(V + E) plus one blast
 * per group.
 */
import type { KedjaGraph } from '../../model/index.js';
import { declaredDependents } from '../node/index.js';
import { byString, checkGraph, checkOptions, nodesOfKind, resolveEngine, type EngineOptions } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/graph/ownership-groups';

export interface OwnershipGroup {
  suppliers: string[];
  declared: number;
  effective: number;
}

/** parent group (first spelling seen) → its suppliers and reach; groups sorted by name. */
export function ownershipGroups(graph: KedjaGraph, options: EngineOptions = {}): Record<string, OwnershipGroup> {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const groups = new Map<string, { name: string; suppliers: string[] }>();
  for (const supplier of nodesOfKind(graph, 'supplier')) {
    const attributes = graph.getNodeAttributes(supplier);
    const parent = attributes.kind === 'supplier' ? attributes.parent?.trim() : undefined;
    if (!parent) continue;
    const key = parent.toLocaleLowerCase('en');
    const group = groups.get(key) ?? { name: parent, suppliers: [] };
    groups.set(key, group);
    group.suppliers.push(supplier);
  }
  if (groups.size === 0) return {};
  const engine = resolveEngine(graph, options, PATH);
  const result: Record<string, OwnershipGroup> = dataRecord();
  for (const { name, suppliers } of [...groups.values()].sort((a, b) => byString(a.name, b.name))) {
    const declared = new Set<string>();
    for (const supplier of suppliers)
      for (const organisation of declaredDependents(graph, supplier)) declared.add(organisation);
    result[name] = {
      suppliers: suppliers.sort(byString),
      declared: declared.size,
      // The engine's `parents` scenario fails exactly these suppliers (parents matched alike), so
      // the group is given as the scenario itself: counted, without a search of every node or a
      // full report per group.
      effective: engine.summary({ spec: { parents: [name] }, members: suppliers, description: name }).organisations,
    };
  }
  return result;
}
