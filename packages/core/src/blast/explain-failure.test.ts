/**
 * Why an organisation is affected: one shortest chain of lost dependencies from a scenario member
 * to it, on hand-computed toy graphs. Each step names the edge by which it depends on the step
 * before it.
 */
import { describe, expect, it } from 'vitest';

import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  type KedjaGraph,
} from '../model/index.js';
import { createEngine } from '../engine/index.js';

/**
 * o -uses-> v -providedBy-> s -subcontracts-> t -subcontracts-> x
 * p -contracts-> t
 * q -uses-> w -providedBy-> y (apart from the rest)
 */
function chain(): KedjaGraph {
  const graph = createKedjaGraph();
  for (const id of ['o', 'p', 'q']) addOrganisation(graph, id, { name: id });
  for (const id of ['v', 'w']) addService(graph, id, { name: id });
  for (const id of ['s', 't', 'x', 'y']) addSupplier(graph, id, { name: id });
  addUses(graph, 'o', 'v');
  addProvidedBy(graph, 'v', 's');
  addSubcontracts(graph, 's', 't');
  addSubcontracts(graph, 't', 'x');
  addContracts(graph, 'p', 't', { critical: false });
  addUses(graph, 'q', 'w');
  addProvidedBy(graph, 'w', 'y');
  return graph;
}

/**
 * o -uses-> v. v -providedBy-> m and p in group "primary", and s1 and s2 in group "backup";
 * s1 and s2 -subcontracts-> m.
 */
function twoGroups(): KedjaGraph {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'o', { name: 'o' });
  addService(graph, 'v', { name: 'v' });
  for (const id of ['m', 'p', 's1', 's2']) addSupplier(graph, id, { name: id });
  addUses(graph, 'o', 'v');
  addProvidedBy(graph, 'v', 'm', { alternatives: 'primary' });
  addProvidedBy(graph, 'v', 'p', { alternatives: 'primary' });
  addProvidedBy(graph, 'v', 's1', { alternatives: 'backup' });
  addProvidedBy(graph, 'v', 's2', { alternatives: 'backup' });
  addSubcontracts(graph, 's1', 'm');
  addSubcontracts(graph, 's2', 'm');
  return graph;
}

describe('explain failure', () => {
  it('gives the chain from the member to the organisation with kinds, tiers and edge kinds', () => {
    expect(createEngine(chain()).why('o', { suppliers: ['x'] })).toStrictEqual({
      organisation: 'o',
      affected: true,
      critical: true,
      hidden: true,
      tier: 4,
      lost: ['v'],
      chain: [
        { id: 'x', kind: 'supplier', tier: 0 },
        { id: 't', kind: 'supplier', tier: 1, edge: 'subcontracts' },
        { id: 's', kind: 'supplier', tier: 2, edge: 'subcontracts' },
        { id: 'v', kind: 'service', tier: 3, edge: 'providedBy' },
        { id: 'o', kind: 'organisation', tier: 4, edge: 'uses' },
      ],
    });
  });

  it('ends with a contracts edge, and reports a non-critical organisation', () => {
    expect(createEngine(chain()).why('p', { suppliers: ['x'] })).toStrictEqual({
      organisation: 'p',
      affected: true,
      critical: false,
      hidden: true,
      tier: 2,
      lost: ['t'],
      chain: [
        { id: 'x', kind: 'supplier', tier: 0 },
        { id: 't', kind: 'supplier', tier: 1, edge: 'subcontracts' },
        { id: 'p', kind: 'organisation', tier: 2, edge: 'contracts' },
      ],
    });
  });

  it('starts at a service when the member is a service', () => {
    expect(createEngine(chain()).why('o', { services: ['v'] })).toStrictEqual({
      organisation: 'o',
      affected: true,
      critical: true,
      hidden: false,
      tier: 1,
      lost: ['v'],
      chain: [
        { id: 'v', kind: 'service', tier: 0 },
        { id: 'o', kind: 'organisation', tier: 1, edge: 'uses' },
      ],
    });
  });

  it('an unaffected organisation has no chain', () => {
    expect(createEngine(chain()).why('q', { suppliers: ['x'] })).toStrictEqual({
      organisation: 'q',
      affected: false,
      critical: false,
      hidden: false,
      tier: null,
      lost: [],
      chain: [],
    });
  });
});

describe('explain failure with several chains', () => {
  it('takes the shortest chain when there are several', () => {
    // o2 -contracts-> x directly, and -uses-> v whose chain reaches x in four steps.
    const graph = chain();
    addOrganisation(graph, 'o2', { name: 'o2' });
    addUses(graph, 'o2', 'v');
    addContracts(graph, 'o2', 'x');
    const explanation = createEngine(graph).why('o2', { suppliers: ['x'] });
    expect(explanation.tier).toBe(1);
    expect(explanation.lost).toEqual(['v', 'x']);
    expect(explanation.chain).toStrictEqual([
      { id: 'x', kind: 'supplier', tier: 0 },
      { id: 'o2', kind: 'organisation', tier: 1, edge: 'contracts' },
    ]);
  });

  it('goes through the exhausted group, not through a failed member of a group that survived', () => {
    // Scenario: m. m (0); s1, s2 (1); v (2: group "backup" exhausted, "primary" still has p); o (3).
    // The path o -> v -> m has two steps, but m did not make v fail ("primary" survived), so the
    // only chains of reasons run through the exhausted group: m -> s1 -> v -> o.
    const engine = createEngine(twoGroups());
    expect(engine.why('o', { suppliers: ['m'] })).toStrictEqual({
      organisation: 'o',
      affected: true,
      critical: true,
      // m is a direct provider of v (through the surviving group): a known dependency.
      hidden: false,
      tier: 3,
      lost: ['v'],
      chain: [
        { id: 'm', kind: 'supplier', tier: 0 },
        { id: 's1', kind: 'supplier', tier: 1, edge: 'subcontracts' },
        // v lost the whole group "backup": s1, which the chain follows, and s2 beside it; not m or p
        // (the group "primary" survived).
        { id: 'v', kind: 'service', tier: 2, edge: 'providedBy', alternativesFailed: ['s2'] },
        { id: 'o', kind: 'organisation', tier: 3, edge: 'uses' },
      ],
    });
    // The blast agrees on the tiers that make the chain.
    expect(engine.blast({ suppliers: ['m'] }).failedServices).toEqual([{ id: 'v', tier: 2 }]);
  });
});

describe('explain failure of a wrong id', () => {
  it('an id that is not an organisation is a KedjaError with a stable code', () => {
    const engine = createEngine(chain());
    expect(() => engine.why('v', { suppliers: ['x'] })).toThrow(
      expect.objectContaining({ code: 'KEDJA_SCENARIO_WRONG_KIND' }),
    );
    expect(() => engine.why('nobody', { suppliers: ['x'] })).toThrow(
      expect.objectContaining({ code: 'KEDJA_SCENARIO_UNKNOWN_ID' }),
    );
  });
});
