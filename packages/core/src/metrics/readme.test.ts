/** The metrics example of packages/core/README.md gives what the README says. */
import { describe, expect, it } from 'vitest';

import { createEngine } from '../engine/index.js';
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
} from '../model/index.js';
import { effectiveSharing, falseRedundancy } from './index.js';

describe('packages/core/README.md metrics example', () => {
  it('gives the values the README shows', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'kommun', { name: 'Exempels kommun', orgType: 'municipality', population: 20000 });
    addService(graph, 'journal', { name: 'Journal', model: 'SaaS' });
    addSupplier(graph, 'a', { name: 'A AB', country: 'SE' });
    addSupplier(graph, 'b', { name: 'B AB', country: 'SE' });
    addSupplier(graph, 'hosting', { name: 'Hosting AB', country: 'SE' });
    addUses(graph, 'kommun', 'journal', { critical: true });
    addProvidedBy(graph, 'journal', 'a', { alternatives: 'g' });
    addProvidedBy(graph, 'journal', 'b', { alternatives: 'g' });
    addSubcontracts(graph, 'a', 'hosting');
    addSubcontracts(graph, 'b', 'hosting');
    const engine = createEngine(graph);
    expect(effectiveSharing(graph, { engine })).toEqual({ a: 0, b: 0, hosting: 1 });
    expect(falseRedundancy(graph, { engine })).toEqual([
      {
        owner: 'journal',
        group: 'g',
        members: ['a', 'b'],
        cause: { kind: 'supplier', id: 'hosting' },
        organisations: ['kommun'],
      },
    ]);
  });
});
