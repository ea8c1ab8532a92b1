/**
 * A seeded synthetic graph of a given size for the viewer's benchmark: 75 % organisations, 15 %
 * services, 10 % suppliers; each organisation uses three services, each service has one provider
 * (every fifth has two alternatives), every tenth supplier subcontracts to a hosting supplier.
 * Deterministic (a linear congruential generator), O(n).
 */
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  type KedjaGraph,
} from '@kedja/core';

export function generatedGraph(nodes: number, seed = 1): KedjaGraph {
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const organisations = Math.floor(nodes * 0.75);
  const services = Math.floor(nodes * 0.15);
  const suppliers = nodes - organisations - services;
  const graph = createKedjaGraph({ name: `generated-${nodes}` });
  for (let i = 0; i < suppliers; i++) addSupplier(graph, `sup-${i}`, { name: `Leverantör ${i}`, country: 'SE' });
  for (let i = 0; i < services; i++) {
    addService(graph, `svc-${i}`, { name: `Tjänst ${i}`, model: 'SaaS' });
    if (i % 5 === 0) {
      const first = next(suppliers);
      addProvidedBy(graph, `svc-${i}`, `sup-${first}`, { alternatives: 'g' });
      addProvidedBy(graph, `svc-${i}`, `sup-${(first + 1 + next(suppliers - 1)) % suppliers}`, { alternatives: 'g' });
    } else {
      addProvidedBy(graph, `svc-${i}`, `sup-${next(suppliers)}`);
    }
  }
  for (let i = 0; i < suppliers; i += 10) {
    const host = `sup-${(i + 1 + next(suppliers - 1)) % suppliers}`;
    if (host !== `sup-${i}`) addSubcontracts(graph, `sup-${i}`, host);
  }
  for (let i = 0; i < organisations; i++) {
    addOrganisation(graph, `org-${i}`, {
      name: `Organisation ${i}`,
      orgType: 'municipality',
      population: 1000 + next(50_000),
    });
    const used = new Set<number>();
    while (used.size < 3) used.add(next(services));
    for (const s of used) addUses(graph, `org-${i}`, `svc-${s}`, { critical: next(2) === 0 });
  }
  return graph;
}
