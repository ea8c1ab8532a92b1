/**
 * Toy graphs for the metrics' hand-computed tests (not part of the built package). Every expected
 * value in the tests follows from the pictures below by hand.
 *
 * toyGraph():
 *
 *   m1 (municipality) ─uses→ s1, s2      ─contracts→ A
 *   m2 (municipality) ─uses→ s1, p1 (not critical)
 *   a1 (agency)       ─uses→ s1, s3
 *   a2 (agency)       ─uses→ s3          ─contracts→ C
 *   s1 SaaS "x" [SE] ─→ A        s2 SaaS "x" [SE, IE] ─→ B
 *   s3 SaaS "y" [US] ─→ C | D (alternatives "g")     s4 SaaS "y", no users, no provider
 *   p1 PaaS [IE] ─→ P
 *   A, B (SE, parent G), C (US), D (IE) ─subcontracts→ H (SE) ─subcontracts→ X (SE);  P (IE)
 *
 * cycleGraph(): o ─uses→ s ─→ A;  A ⇄ B (subcontract each other);  B ─→ X.
 */
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

export function toyGraph(): KedjaGraph {
  const graph = createKedjaGraph({ name: 'toy' });
  addOrganisation(graph, 'm1', { name: 'M1', orgType: 'municipality', population: 1000 });
  addOrganisation(graph, 'm2', { name: 'M2', orgType: 'municipality', population: 2000 });
  addOrganisation(graph, 'a1', { name: 'A1', orgType: 'agency' });
  addOrganisation(graph, 'a2', { name: 'A2', orgType: 'agency' });
  addService(graph, 's1', { name: 'S1', model: 'SaaS', category: 'x', countries: ['SE'] });
  addService(graph, 's2', { name: 'S2', model: 'SaaS', category: 'x', countries: ['SE', 'IE'] });
  addService(graph, 's3', { name: 'S3', model: 'SaaS', category: 'y', countries: ['US'] });
  addService(graph, 's4', { name: 'S4', model: 'SaaS', category: 'y', countries: ['DE'] });
  addService(graph, 'p1', { name: 'P1', model: 'PaaS', countries: ['IE'] });
  addSupplier(graph, 'A', { name: 'A AB', country: 'SE', parent: 'G' });
  addSupplier(graph, 'B', { name: 'B AB', country: 'SE', parent: 'G' });
  addSupplier(graph, 'C', { name: 'C Inc', country: 'US' });
  addSupplier(graph, 'D', { name: 'D Ltd', country: 'IE' });
  addSupplier(graph, 'H', { name: 'Hosting AB', country: 'SE' });
  addSupplier(graph, 'X', { name: 'Datahall AB', country: 'SE' });
  addSupplier(graph, 'P', { name: 'Platform Ltd', country: 'IE' });
  addUses(graph, 'm1', 's1');
  addUses(graph, 'm1', 's2');
  addUses(graph, 'm2', 's1');
  addUses(graph, 'm2', 'p1', { critical: false });
  addUses(graph, 'a1', 's1');
  addUses(graph, 'a1', 's3');
  addUses(graph, 'a2', 's3');
  addContracts(graph, 'm1', 'A');
  addContracts(graph, 'a2', 'C');
  addProvidedBy(graph, 's1', 'A');
  addProvidedBy(graph, 's2', 'B');
  addProvidedBy(graph, 's3', 'C', { alternatives: 'g' });
  addProvidedBy(graph, 's3', 'D', { alternatives: 'g' });
  addProvidedBy(graph, 'p1', 'P');
  for (const supplier of ['A', 'B', 'C', 'D']) addSubcontracts(graph, supplier, 'H', { service: 'hosting' });
  addSubcontracts(graph, 'H', 'X', { service: 'data centre' });
  return graph;
}

export function cycleGraph(): KedjaGraph {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'o', { name: 'O', orgType: 'municipality' });
  addService(graph, 's', { name: 'S', model: 'SaaS', category: 'x', countries: ['SE'] });
  addSupplier(graph, 'A', { name: 'A', country: 'SE' });
  addSupplier(graph, 'B', { name: 'B', country: 'SE' });
  addSupplier(graph, 'X', { name: 'X', country: 'SE' });
  addUses(graph, 'o', 's');
  addProvidedBy(graph, 's', 'A');
  addSubcontracts(graph, 'A', 'B');
  addSubcontracts(graph, 'B', 'A');
  addSubcontracts(graph, 'B', 'X');
  return graph;
}

export const emptyGraph = (): KedjaGraph => createKedjaGraph();
