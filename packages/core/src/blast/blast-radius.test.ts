/**
 * Blast radius on hand-computed toy graphs: failed suppliers and services with their tiers, the
 * affected organisations with tier, lost list, critical and hidden flags, and the totals. Edges
 * point from the dependent to what it depends on; a node fails when one of its requirement units
 * (an ungrouped edge, or a whole alternatives group) has lost every member. Tier k = the round of
 * synchronous propagation in which a node fails; scenario members have tier 0.
 */
import { describe, expect, it } from 'vitest';

import { KedjaError } from '../errors.js';
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
  type OrganisationAttributes,
} from '../model/index.js';
import type { BlastTotals } from './index.js';
import { createEngine } from '../engine/index.js';

/** Totals with every count at zero, overridden by `counts`: tests compare the whole object. */
function totals(counts: Partial<BlastTotals> = {}): BlastTotals {
  return {
    organisations: 0,
    criticalOrganisations: 0,
    hiddenOrganisations: 0,
    population: 0,
    residents: 0,
    failedSuppliers: 0,
    failedServices: 0,
    byType: {},
    byCounty: {},
    bySector: {},
    ...counts,
  };
}

function suppliers(graph: KedjaGraph, ...ids: string[]): void {
  for (const id of ids) addSupplier(graph, id, { name: id });
}

function services(graph: KedjaGraph, ...ids: string[]): void {
  for (const id of ids) addService(graph, id, { name: id });
}

function organisation(graph: KedjaGraph, id: string, attributes: Omit<OrganisationAttributes, 'kind' | 'name'> = {}) {
  addOrganisation(graph, id, { name: id, ...attributes });
}

function thrown(run: () => unknown): KedjaError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KedjaError);
    return error as KedjaError;
  }
  throw new Error('expected a KedjaError, nothing was thrown');
}

describe('blast radius: empty graph', () => {
  it('an empty scenario on an empty graph fails nothing', () => {
    const engine = createEngine(createKedjaGraph());
    expect(engine.blast({})).toEqual({
      scenario: { description: 'nothing fails', members: [] },
      failedSuppliers: [],
      failedServices: [],
      affectedOrganisations: [],
      totals: totals(),
    });
  });

  it('a named supplier or service of an empty graph is an unknown id', () => {
    const engine = createEngine(createKedjaGraph());
    expect(thrown(() => engine.blast({ suppliers: ['hosting'] })).code).toBe('KEDJA_SCENARIO_UNKNOWN_ID');
    expect(thrown(() => engine.blast({ services: ['mail'] })).code).toBe('KEDJA_SCENARIO_UNKNOWN_ID');
    // An already expanded scenario is checked against the snapshot as well.
    const scenario = { spec: {}, members: ['hosting'], description: 'hosting fails' };
    expect(thrown(() => engine.blast(scenario)).code).toBe('KEDJA_SCENARIO_UNKNOWN_ID');
  });

  it('an organisation in an already expanded scenario is the wrong kind, and a node added later is named as such', () => {
    const graph = createKedjaGraph();
    organisation(graph, 'o', {});
    const engine = createEngine(graph);
    expect(thrown(() => engine.blast({ spec: {}, members: ['o'], description: 'o fails' })).code).toBe(
      'KEDJA_SCENARIO_WRONG_KIND',
    );
    suppliers(graph, 'late');
    const late = thrown(() => engine.blast({ suppliers: ['late'] }));
    expect(late.code).toBe('KEDJA_SCENARIO_UNKNOWN_ID');
    expect(late.message).toContain('after this engine was created');
  });
});

describe('blast radius: a chain organisation -> service -> supplier -> subcontractor -> sub-subcontractor', () => {
  // o -uses-> v -providedBy-> s -subcontracts-> t -subcontracts-> x
  function chain(): KedjaGraph {
    const graph = createKedjaGraph();
    organisation(graph, 'o', { orgType: 'municipality', county: 'Uppsala län', population: 1000, sectors: ['water'] });
    services(graph, 'v');
    suppliers(graph, 's', 't', 'x');
    addUses(graph, 'o', 'v');
    addProvidedBy(graph, 'v', 's');
    addSubcontracts(graph, 's', 't');
    addSubcontracts(graph, 't', 'x');
    return graph;
  }

  it('the sub-subcontractor failing gives tiers 0..4 and a hidden organisation', () => {
    // Round 0: x. Round 1: t (needs x). Round 2: s (needs t). Round 3: v (needs s). Round 4: o.
    // Hidden: o's known dependencies are v (uses) and s (provider of v); x is neither.
    expect(createEngine(chain()).blast({ suppliers: ['x'] })).toEqual({
      scenario: { description: 'supplier x (x) fails', members: ['x'] },
      failedSuppliers: [
        { id: 'x', tier: 0 },
        { id: 't', tier: 1 },
        { id: 's', tier: 2 },
      ],
      failedServices: [{ id: 'v', tier: 3 }],
      affectedOrganisations: [{ id: 'o', tier: 4, lost: ['v'], critical: true, hidden: true }],
      totals: totals({
        organisations: 1,
        criticalOrganisations: 1,
        hiddenOrganisations: 1,
        population: 1000,
        residents: 1000,
        failedSuppliers: 3,
        failedServices: 1,
        byType: { municipality: 1 },
        byCounty: { 'Uppsala län': 1 },
        bySector: { water: 1 },
      }),
    });
  });

  it('the subcontractor failing leaves the sub-subcontractor up', () => {
    const result = createEngine(chain()).blast({ suppliers: ['t'] });
    expect(result.failedSuppliers).toEqual([
      { id: 't', tier: 0 },
      { id: 's', tier: 1 },
    ]);
    expect(result.failedServices).toEqual([{ id: 'v', tier: 2 }]);
    expect(result.affectedOrganisations).toEqual([{ id: 'o', tier: 3, lost: ['v'], critical: true, hidden: true }]);
  });

  it('the direct provider failing is not hidden', () => {
    const result = createEngine(chain()).blast({ suppliers: ['s'] });
    expect(result.failedSuppliers).toEqual([{ id: 's', tier: 0 }]);
    expect(result.failedServices).toEqual([{ id: 'v', tier: 1 }]);
    expect(result.affectedOrganisations).toEqual([{ id: 'o', tier: 2, lost: ['v'], critical: true, hidden: false }]);
    expect(result.totals.hiddenOrganisations).toBe(0);
  });

  it('a service as the scenario member fails at tier 0 and takes nothing below it', () => {
    expect(createEngine(chain()).blast({ services: ['v'] })).toEqual({
      scenario: { description: 'service v (v) fails', members: ['v'] },
      failedSuppliers: [],
      failedServices: [{ id: 'v', tier: 0 }],
      // v is a target of o's own uses edge: a known dependency, so not hidden.
      affectedOrganisations: [{ id: 'o', tier: 1, lost: ['v'], critical: true, hidden: false }],
      totals: totals({
        organisations: 1,
        criticalOrganisations: 1,
        population: 1000,
        residents: 1000,
        failedServices: 1,
        byType: { municipality: 1 },
        byCounty: { 'Uppsala län': 1 },
        bySector: { water: 1 },
      }),
    });
  });
});

describe('blast radius: alternatives groups', () => {
  // o -uses-> m1, m2, m3, all in group "mail"; each mi -providedBy-> pi.
  function mail(): KedjaGraph {
    const graph = createKedjaGraph();
    organisation(graph, 'o');
    services(graph, 'm1', 'm2', 'm3');
    suppliers(graph, 'p1', 'p2', 'p3');
    for (const i of [1, 2, 3]) {
      addUses(graph, 'o', `m${i}`, { alternatives: 'mail' });
      addProvidedBy(graph, `m${i}`, `p${i}`);
    }
    return graph;
  }

  it('one surviving member saves the organisation', () => {
    const result = createEngine(mail()).blast({ suppliers: ['p1', 'p2'] });
    expect(result.failedServices).toEqual([
      { id: 'm1', tier: 1 },
      { id: 'm2', tier: 1 },
    ]);
    expect(result.affectedOrganisations).toEqual([]);
    expect(result.totals).toEqual(totals({ failedSuppliers: 2, failedServices: 2 }));
  });

  it('the organisation fails when every member fails, and lost lists every member', () => {
    const result = createEngine(mail()).blast({ suppliers: ['p3', 'p1', 'p2'] });
    expect(result.failedServices).toEqual([
      { id: 'm1', tier: 1 },
      { id: 'm2', tier: 1 },
      { id: 'm3', tier: 1 },
    ]);
    // Hidden: false, the providers p1..p3 of its used services are members.
    expect(result.affectedOrganisations).toEqual([
      { id: 'o', tier: 2, lost: ['m1', 'm2', 'm3'], critical: true, hidden: false },
    ]);
  });

  it('a group of providers saves a service', () => {
    // o -uses-> v; v -providedBy-> a, b in group "hosting".
    const graph = createKedjaGraph();
    organisation(graph, 'o');
    services(graph, 'v');
    suppliers(graph, 'a', 'b');
    addUses(graph, 'o', 'v');
    addProvidedBy(graph, 'v', 'a', { alternatives: 'hosting' });
    addProvidedBy(graph, 'v', 'b', { alternatives: 'hosting' });
    const engine = createEngine(graph);

    const one = engine.blast({ suppliers: ['a'] });
    expect(one.failedSuppliers).toEqual([{ id: 'a', tier: 0 }]);
    expect(one.failedServices).toEqual([]);
    expect(one.affectedOrganisations).toEqual([]);

    const both = engine.blast({ suppliers: ['a', 'b'] });
    expect(both.failedServices).toEqual([{ id: 'v', tier: 1 }]);
    // The organisation's own lost dependency is v, not the providers behind it.
    expect(both.affectedOrganisations).toEqual([{ id: 'o', tier: 2, lost: ['v'], critical: true, hidden: false }]);
  });

  it('two groups on one node: each needs one survivor, and lost names only the exhausted group', () => {
    // o -contracts-> a, b in group "g1" and c, d in group "g2".
    const graph = createKedjaGraph();
    organisation(graph, 'o');
    suppliers(graph, 'a', 'b', 'c', 'd');
    addContracts(graph, 'o', 'a', { alternatives: 'g1' });
    addContracts(graph, 'o', 'b', { alternatives: 'g1' });
    addContracts(graph, 'o', 'c', { alternatives: 'g2' });
    addContracts(graph, 'o', 'd', { alternatives: 'g2' });
    const engine = createEngine(graph);

    // One member of each group down: both groups still have a survivor.
    expect(engine.blast({ suppliers: ['a', 'c'] }).affectedOrganisations).toEqual([]);
    // g1 exhausted; c is down too, but g2 still has d, so c did not make o fail.
    expect(engine.blast({ suppliers: ['a', 'b', 'c'] }).affectedOrganisations).toEqual([
      { id: 'o', tier: 1, lost: ['a', 'b'], critical: true, hidden: false },
    ]);
    expect(engine.blast({ suppliers: ['c', 'd'] }).affectedOrganisations).toEqual([
      { id: 'o', tier: 1, lost: ['c', 'd'], critical: true, hidden: false },
    ]);
  });

  it('a group spanning a uses edge and a contracts edge of one organisation', () => {
    // o -uses-> v (group "office"), o -contracts-> s (group "office"); v -providedBy-> p.
    const graph = createKedjaGraph();
    organisation(graph, 'o');
    services(graph, 'v');
    suppliers(graph, 'p', 's');
    addUses(graph, 'o', 'v', { alternatives: 'office' });
    addContracts(graph, 'o', 's', { alternatives: 'office' });
    addProvidedBy(graph, 'v', 'p');
    const engine = createEngine(graph);

    const onlyService = engine.blast({ suppliers: ['p'] });
    expect(onlyService.failedServices).toEqual([{ id: 'v', tier: 1 }]);
    expect(onlyService.affectedOrganisations).toEqual([]);
    expect(engine.blast({ suppliers: ['s'] }).affectedOrganisations).toEqual([]);

    // s fails in round 0, v in round 1: the group is exhausted after round 1, so o has tier 2.
    const both = engine.blast({ suppliers: ['s', 'p'] });
    expect(both.affectedOrganisations).toEqual([{ id: 'o', tier: 2, lost: ['v', 's'], critical: true, hidden: false }]);
  });
});

describe('blast radius: dependency cycles', () => {
  // Suppliers a -> b -> c -> a (subcontracts) and a -> x; v -providedBy-> a; o -uses-> v.
  // Apart from it: w -providedBy-> y; p -uses-> w.
  function cycle(): KedjaGraph {
    const graph = createKedjaGraph();
    organisation(graph, 'o');
    organisation(graph, 'p');
    services(graph, 'v', 'w');
    suppliers(graph, 'a', 'b', 'c', 'x', 'y');
    addSubcontracts(graph, 'a', 'b');
    addSubcontracts(graph, 'b', 'c');
    addSubcontracts(graph, 'c', 'a');
    addSubcontracts(graph, 'a', 'x');
    addProvidedBy(graph, 'v', 'a');
    addProvidedBy(graph, 'w', 'y');
    addUses(graph, 'o', 'v');
    addUses(graph, 'p', 'w');
    return graph;
  }

  it('a cycle with no failure entering it stays up', () => {
    const engine = createEngine(cycle());
    expect(engine.blast({}).failedSuppliers).toEqual([]);
    const result = engine.blast({ suppliers: ['y'] });
    expect(result.failedSuppliers).toEqual([{ id: 'y', tier: 0 }]);
    expect(result.failedServices).toEqual([{ id: 'w', tier: 1 }]);
    expect(result.affectedOrganisations).toEqual([{ id: 'p', tier: 2, lost: ['w'], critical: true, hidden: false }]);
  });

  it('the whole cycle fails when a supplier outside it that a member needs fails', () => {
    // x (0); a needs x (1); c needs a (2); b needs c (3); v needs a (2); o needs v (3).
    const result = createEngine(cycle()).blast({ suppliers: ['x'] });
    expect(result.failedSuppliers).toEqual([
      { id: 'x', tier: 0 },
      { id: 'a', tier: 1 },
      { id: 'c', tier: 2 },
      { id: 'b', tier: 3 },
    ]);
    expect(result.failedServices).toEqual([{ id: 'v', tier: 2 }]);
    expect(result.affectedOrganisations).toEqual([{ id: 'o', tier: 3, lost: ['v'], critical: true, hidden: true }]);
  });

  it('a cycle entered from one of its members fails around the cycle', () => {
    // b (0); a needs b (1); c needs a (2); b is already down. x does not depend on anything.
    const result = createEngine(cycle()).blast({ suppliers: ['b'] });
    expect(result.failedSuppliers).toEqual([
      { id: 'b', tier: 0 },
      { id: 'a', tier: 1 },
      { id: 'c', tier: 2 },
    ]);
    expect(result.failedServices).toEqual([{ id: 'v', tier: 2 }]);
    // o knows v and a (provider of v), not b: hidden.
    expect(result.affectedOrganisations).toEqual([{ id: 'o', tier: 3, lost: ['v'], critical: true, hidden: true }]);
  });
});

describe('blast radius: critical and non-critical edges', () => {
  it('an organisation that loses only a non-critical edge is affected but not critical', () => {
    // v -providedBy-> s; o1 -uses(critical false)-> v; o2 -uses-> v (default critical);
    // o3 -contracts(critical false)-> s; o4 -contracts(critical true)-> s.
    const graph = createKedjaGraph();
    for (const id of ['o1', 'o2', 'o3', 'o4']) organisation(graph, id);
    services(graph, 'v');
    suppliers(graph, 's');
    addProvidedBy(graph, 'v', 's');
    addUses(graph, 'o1', 'v', { critical: false });
    addUses(graph, 'o2', 'v');
    addContracts(graph, 'o3', 's', { critical: false });
    addContracts(graph, 'o4', 's', { critical: true });

    const result = createEngine(graph).blast({ suppliers: ['s'] });
    expect(result.affectedOrganisations).toEqual([
      { id: 'o3', tier: 1, lost: ['s'], critical: false, hidden: false },
      { id: 'o4', tier: 1, lost: ['s'], critical: true, hidden: false },
      { id: 'o1', tier: 2, lost: ['v'], critical: false, hidden: false },
      { id: 'o2', tier: 2, lost: ['v'], critical: true, hidden: false },
    ]);
    expect(result.totals).toEqual(
      totals({
        organisations: 4,
        criticalOrganisations: 2,
        failedSuppliers: 1,
        failedServices: 1,
        byType: { unspecified: 4 },
        byCounty: { unspecified: 4 },
      }),
    );
  });

  it('critical edges in a group whose only survivor is a non-critical member', () => {
    // o -uses-> v1 (critical, group "g") and v2 (critical false, group "g"); o -uses-> v3
    // (critical false, ungrouped). vi -providedBy-> pi.
    const graph = createKedjaGraph();
    organisation(graph, 'o');
    services(graph, 'v1', 'v2', 'v3');
    suppliers(graph, 'p1', 'p2', 'p3');
    addUses(graph, 'o', 'v1', { alternatives: 'g' });
    addUses(graph, 'o', 'v2', { alternatives: 'g', critical: false });
    addUses(graph, 'o', 'v3', { critical: false });
    for (const i of [1, 2, 3]) addProvidedBy(graph, `v${i}`, `p${i}`);
    const engine = createEngine(graph);

    // p1 down: over its critical edges alone ({v1}, group g reduced to v1) o fails, but over all
    // its edges group g still has v2, so o is not affected. The documented rule is critical =
    // affected AND fails by its critical edges alone, so o appears nowhere and counts as nothing.
    const alone = engine.blast({ suppliers: ['p1'] });
    expect(alone.failedServices).toEqual([{ id: 'v1', tier: 1 }]);
    expect(alone.affectedOrganisations).toEqual([]);
    expect(alone.totals.criticalOrganisations).toBe(0);

    // p1 and p3 down: o is affected through the non-critical v3 alone (lost: v3; group g still
    // has v2). By its critical edges alone it fails (v1 is the only critical member of g), so the
    // code reports it critical although the function on v1 still runs on its alternative v2.
    const withV3 = engine.blast({ suppliers: ['p1', 'p3'] });
    expect(withV3.affectedOrganisations).toEqual([{ id: 'o', tier: 2, lost: ['v3'], critical: true, hidden: false }]);
    expect(withV3.totals.criticalOrganisations).toBe(1);
  });
});

describe('blast radius: hidden dependencies', () => {
  // v -providedBy-> s; s -subcontracts-> t; k -subcontracts-> t;
  // org-uses -uses-> v; org-contracts -contracts-> k.
  function hidden(): KedjaGraph {
    const graph = createKedjaGraph();
    organisation(graph, 'org-uses');
    organisation(graph, 'org-contracts');
    services(graph, 'v');
    suppliers(graph, 's', 't', 'k');
    addProvidedBy(graph, 'v', 's');
    addSubcontracts(graph, 's', 't');
    addSubcontracts(graph, 'k', 't');
    addUses(graph, 'org-uses', 'v');
    addContracts(graph, 'org-contracts', 'k');
    return graph;
  }

  it('reached only through a subcontractor: hidden', () => {
    // t (0); s and k (1); v (2); org-contracts loses k (2); org-uses loses v (3).
    const result = createEngine(hidden()).blast({ suppliers: ['t'] });
    expect(result.failedSuppliers).toEqual([
      { id: 't', tier: 0 },
      { id: 'k', tier: 1 },
      { id: 's', tier: 1 },
    ]);
    expect(result.affectedOrganisations).toEqual([
      { id: 'org-contracts', tier: 2, lost: ['k'], critical: true, hidden: true },
      { id: 'org-uses', tier: 3, lost: ['v'], critical: true, hidden: true },
    ]);
    expect(result.totals.hiddenOrganisations).toBe(2);
  });

  it('a directly contracted supplier or the direct provider of a used service: not hidden', () => {
    const engine = createEngine(hidden());
    expect(engine.blast({ suppliers: ['k'] }).affectedOrganisations).toEqual([
      { id: 'org-contracts', tier: 1, lost: ['k'], critical: true, hidden: false },
    ]);
    expect(engine.blast({ suppliers: ['s'] }).affectedOrganisations).toEqual([
      { id: 'org-uses', tier: 2, lost: ['v'], critical: true, hidden: false },
    ]);
  });

  it('hidden is decided per organisation in one scenario', () => {
    // Members s and t: org-uses knows s (provider of v): not hidden. org-contracts knows only k,
    // which fails through t: hidden.
    const result = createEngine(hidden()).blast({ suppliers: ['t', 's'] });
    expect(result.affectedOrganisations).toEqual([
      { id: 'org-contracts', tier: 2, lost: ['k'], critical: true, hidden: true },
      { id: 'org-uses', tier: 2, lost: ['v'], critical: true, hidden: false },
    ]);
    expect(result.totals.hiddenOrganisations).toBe(1);
  });
});

describe('blast radius: several members and totals', () => {
  // v -providedBy-> s; w -providedBy-> y. a-kommun, b-region, c-bolag use v; d-kommun uses w.
  function counties(): KedjaGraph {
    const graph = createKedjaGraph();
    const vg = 'Västra Götalands län';
    organisation(graph, 'a-kommun', {
      orgType: 'municipality',
      county: vg,
      population: 1200,
      sectors: ['water', 'social-care'],
    });
    organisation(graph, 'b-region', { orgType: 'region', county: vg, sectors: ['health-care', 'water'] });
    organisation(graph, 'c-bolag', { population: 0 });
    organisation(graph, 'd-kommun', { orgType: 'municipality', county: 'Skåne län', population: 5000 });
    services(graph, 'v', 'w');
    suppliers(graph, 's', 'y');
    addProvidedBy(graph, 'v', 's');
    addProvidedBy(graph, 'w', 'y');
    for (const id of ['a-kommun', 'b-region', 'c-bolag']) addUses(graph, id, 'v');
    addUses(graph, 'd-kommun', 'w');
    return graph;
  }

  it('population counts only the organisations that have one; types, counties and sectors are tallied', () => {
    const result = createEngine(counties()).blast({ suppliers: ['s'] });
    expect(result.affectedOrganisations.map((o) => o.id)).toEqual(['a-kommun', 'b-region', 'c-bolag']);
    // 1200 + (none) + 0; d-kommun (5000) is not affected. Residents: b-region covers its county but
    // gives no population, so a-kommun's 1200 stand.
    expect(result.totals).toEqual(
      totals({
        organisations: 3,
        criticalOrganisations: 3,
        population: 1200,
        residents: 1200,
        failedSuppliers: 1,
        failedServices: 1,
        byType: { municipality: 1, region: 1, unspecified: 1 },
        byCounty: { 'Västra Götalands län': 2, unspecified: 1 },
        bySector: { water: 2, 'social-care': 1, 'health-care': 1 },
      }),
    );
  });

  it('a scenario of several suppliers and a service', () => {
    const result = createEngine(counties()).blast({ suppliers: ['y'], services: ['v'] });
    expect(result.scenario).toEqual({ description: 'supplier y (y) and service v (v) fail', members: ['v', 'y'] });
    expect(result.failedSuppliers).toEqual([{ id: 'y', tier: 0 }]);
    expect(result.failedServices).toEqual([
      { id: 'v', tier: 0 },
      { id: 'w', tier: 1 },
    ]);
    // a, b, c use the member v directly: tier 1, not hidden. d loses w, whose provider y is a member.
    expect(result.affectedOrganisations).toEqual([
      { id: 'a-kommun', tier: 1, lost: ['v'], critical: true, hidden: false },
      { id: 'b-region', tier: 1, lost: ['v'], critical: true, hidden: false },
      { id: 'c-bolag', tier: 1, lost: ['v'], critical: true, hidden: false },
      { id: 'd-kommun', tier: 2, lost: ['w'], critical: true, hidden: false },
    ]);
    expect(result.totals).toEqual(
      totals({
        organisations: 4,
        criticalOrganisations: 4,
        population: 6200,
        residents: 6200,
        failedSuppliers: 1,
        failedServices: 2,
        byType: { municipality: 2, region: 1, unspecified: 1 },
        byCounty: { 'Västra Götalands län': 2, 'Skåne län': 1, unspecified: 1 },
        bySector: { water: 2, 'social-care': 1, 'health-care': 1 },
      }),
    );
  });

  it('a member named twice counts once', () => {
    const result = createEngine(counties()).blast({ suppliers: ['s', 's'] });
    expect(result.scenario.members).toEqual(['s']);
    expect(result.failedSuppliers).toEqual([{ id: 's', tier: 0 }]);
    expect(result.totals.organisations).toBe(3);
  });
});
