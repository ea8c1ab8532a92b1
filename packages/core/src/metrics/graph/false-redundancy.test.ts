import { describe, expect, it } from 'vitest';

import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
} from '../../model/index.js';
import { cycleGraph, emptyGraph, toyGraph } from '../toy-graphs.fixture.js';
import { falseRedundancy } from './false-redundancy.js';

describe('falseRedundancy', () => {
  it('finds the shared subcontractors behind an alternatives group', () => {
    const finding = { owner: 's3', group: 'g', members: ['C', 'D'], organisations: ['a1', 'a2'] };
    expect(falseRedundancy(toyGraph())).toEqual([
      { ...finding, cause: { kind: 'supplier', id: 'H' } },
      { ...finding, cause: { kind: 'supplier', id: 'X' } },
    ]);
  });

  it('finds a member the others depend on, an ownership group and a country, minimal causes only', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'o', { name: 'O' });
    for (const s of ['s', 't', 'u']) addService(graph, s, { name: s });
    addSupplier(graph, 'a', { name: 'a', country: 'SE' });
    addSupplier(graph, 'b', { name: 'b', country: 'SE' });
    addSupplier(graph, 'c', { name: 'c', country: 'NO', parent: 'Group' });
    addSupplier(graph, 'd', { name: 'd', country: 'DK', parent: 'group' });
    addSupplier(graph, 'e', { name: 'e', country: 'FI' });
    addSupplier(graph, 'f', { name: 'f', country: 'FI' });
    // s: a or b, but b subcontracts a.  t: c or d, one owner.  u: e or f, both Finnish.
    addProvidedBy(graph, 's', 'a', { alternatives: 'k' });
    addProvidedBy(graph, 's', 'b', { alternatives: 'k' });
    addSubcontracts(graph, 'b', 'a');
    addProvidedBy(graph, 't', 'c', { alternatives: 'k' });
    addProvidedBy(graph, 't', 'd', { alternatives: 'k' });
    addProvidedBy(graph, 'u', 'e', { alternatives: 'k' });
    addProvidedBy(graph, 'u', 'f', { alternatives: 'k' });
    // the organisation's own group over two services: s and t never fail together by one cause
    addUses(graph, 'o', 's', { alternatives: 'either' });
    addUses(graph, 'o', 't', { alternatives: 'either' });
    addUses(graph, 'o', 'u');
    // s and t fail apart only (o may use either), so they expose nobody; u exposes o, so it comes first
    const found = falseRedundancy(graph).map((f) => [f.owner, f.group, f.cause.kind, f.cause.id, f.organisations]);
    expect(found).toEqual([
      ['u', 'k', 'country', 'FI', ['o']],
      ['s', 'k', 'supplier', 'a', []], // defeated by a, so Sweden is not listed again
      ['t', 'k', 'parent', 'Group', []],
    ]);
    expect(falseRedundancy(graph, { causes: ['country'] }).map((f) => f.cause.id)).toEqual(['FI', 'SE']);
  });

  it('names the organisation itself when the group is its own', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'o', { name: 'O' });
    addService(graph, 's', { name: 's' });
    addService(graph, 't', { name: 't' });
    addSupplier(graph, 'h', { name: 'h' });
    addUses(graph, 'o', 's', { alternatives: 'either', critical: false });
    addUses(graph, 'o', 't', { alternatives: 'either', critical: false });
    addProvidedBy(graph, 's', 'h');
    addProvidedBy(graph, 't', 'h');
    expect(falseRedundancy(graph)).toEqual([
      { owner: 'o', group: 'either', members: ['s', 't'], cause: { kind: 'supplier', id: 'h' }, organisations: ['o'] },
    ]);
  });

  it('finds nothing in the empty graph, a cycle, or real redundancy', () => {
    expect(falseRedundancy(emptyGraph())).toEqual([]);
    expect(falseRedundancy(cycleGraph())).toEqual([]);
    const graph = toyGraph();
    graph.dropEdge('subcontracts:D->H#hosting');
    expect(falseRedundancy(graph)).toEqual([]);
  });

  it('checks causes', () => {
    expect(() => falseRedundancy(toyGraph(), { causes: ['weather' as never] })).toThrow(
      expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }),
    );
  });
});
