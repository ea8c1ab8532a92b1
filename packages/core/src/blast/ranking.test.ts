/**
 * Systemic ranking on a hand-computed toy graph: every supplier failing alone, counted and sorted
 * by organisations descending, then supplier id ascending.
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
import type { RankEntry } from './index.js';

/**
 * Suppliers (added out of id order): mail and crm subcontract hosting; dns-a and dns-b are a
 * "dns" group of v-mail; idle has no dependents. v-mail -providedBy-> mail and the dns group;
 * v-crm -providedBy-> crm.
 *   o1 (population 1000) -uses-> v-mail
 *   o2 (population 200)  -uses-> v-crm, -contracts-> backup
 *   o3 (no population)   -uses-> v-mail
 *   o4 (population 50)   -contracts(critical false)-> backup
 */
function toy(): KedjaGraph {
  const graph = createKedjaGraph();
  for (const id of ['mail', 'idle', 'hosting', 'dns-b', 'crm', 'backup', 'dns-a']) addSupplier(graph, id, { name: id });
  addService(graph, 'v-mail', { name: 'Mail' });
  addService(graph, 'v-crm', { name: 'CRM' });
  addOrganisation(graph, 'o1', { name: 'O1', orgType: 'region', county: 'A län', population: 1000 });
  addOrganisation(graph, 'o2', { name: 'O2', orgType: 'municipality', county: 'A län', population: 200 });
  addOrganisation(graph, 'o3', { name: 'O3' });
  addOrganisation(graph, 'o4', { name: 'O4', orgType: 'municipality', county: 'B län', population: 50 });
  addSubcontracts(graph, 'mail', 'hosting');
  addSubcontracts(graph, 'crm', 'hosting');
  addProvidedBy(graph, 'v-mail', 'mail');
  addProvidedBy(graph, 'v-mail', 'dns-a', { alternatives: 'dns' });
  addProvidedBy(graph, 'v-mail', 'dns-b', { alternatives: 'dns' });
  addProvidedBy(graph, 'v-crm', 'crm');
  addUses(graph, 'o1', 'v-mail');
  addUses(graph, 'o2', 'v-crm');
  addContracts(graph, 'o2', 'backup');
  addUses(graph, 'o3', 'v-mail');
  addContracts(graph, 'o4', 'backup', { critical: false });
  return graph;
}

const nobody = (supplier: string): RankEntry => ({
  supplier,
  organisations: 0,
  criticalOrganisations: 0,
  services: 0,
  suppliers: 0,
  population: 0,
  residents: 0,
});

describe('systemic ranking', () => {
  it('ranks every supplier alone, ties by supplier id', () => {
    expect(createEngine(toy()).rank()).toEqual([
      // hosting: mail, crm (suppliers 2); v-mail, v-crm (services 2); o1, o2, o3, all critical;
      // population 1000 + 200 + (none); residents 1000: o2 lies in the county of the region o1.
      {
        supplier: 'hosting',
        organisations: 3,
        criticalOrganisations: 3,
        services: 2,
        suppliers: 2,
        population: 1200,
        residents: 1000,
      },
      // backup and mail both affect 2 organisations: backup first by id, although mail has more
      // critical organisations, more services and more population.
      // backup: o2 (critical) and o4 (its only edge is non-critical); 200 + 50, in two counties.
      {
        supplier: 'backup',
        organisations: 2,
        criticalOrganisations: 1,
        services: 0,
        suppliers: 0,
        population: 250,
        residents: 250,
      },
      // mail: v-mail; o1 and o3, both critical; 1000 + (none).
      {
        supplier: 'mail',
        organisations: 2,
        criticalOrganisations: 2,
        services: 1,
        suppliers: 0,
        population: 1000,
        residents: 1000,
      },
      // crm: v-crm; o2.
      {
        supplier: 'crm',
        organisations: 1,
        criticalOrganisations: 1,
        services: 1,
        suppliers: 0,
        population: 200,
        residents: 200,
      },
      // dns-a, dns-b: the other member of the group keeps v-mail up. idle: nothing depends on it.
      nobody('dns-a'),
      nobody('dns-b'),
      nobody('idle'),
    ]);
  });

  it('ranking does not disturb a later blast on the same engine', () => {
    const engine = createEngine(toy());
    engine.rank();
    const result = engine.blast({ suppliers: ['crm'] });
    expect(result.failedSuppliers).toEqual([{ id: 'crm', tier: 0 }]);
    expect(result.failedServices).toEqual([{ id: 'v-crm', tier: 1 }]);
    expect(result.affectedOrganisations.map((o) => o.id)).toEqual(['o2']);
  });

  it('a graph without suppliers ranks nothing', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'o', { name: 'O' });
    expect(createEngine(graph).rank()).toEqual([]);
    expect(createEngine(createKedjaGraph()).rank()).toEqual([]);
  });
});
