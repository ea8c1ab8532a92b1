import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { layeredLayout, layerOf } from './layered-layout.js';

function toy() {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'o1', { name: 'B kommun', orgType: 'municipality' });
  addOrganisation(graph, 'o2', { name: 'A kommun', orgType: 'municipality' });
  addService(graph, 's', { name: 'S' });
  addSupplier(graph, 'p', { name: 'P' });
  addSupplier(graph, 'c', { name: 'Contracted' });
  addSupplier(graph, 'h', { name: 'Hosting' });
  addSupplier(graph, 'dc', { name: 'Data centre' });
  addSupplier(graph, 'lonely', { name: 'Nobody uses it' });
  addUses(graph, 'o1', 's');
  addUses(graph, 'o2', 's');
  addContracts(graph, 'o2', 'c');
  addProvidedBy(graph, 's', 'p');
  addSubcontracts(graph, 'p', 'h');
  addSubcontracts(graph, 'h', 'dc');
  addSubcontracts(graph, 'dc', 'h'); // a cycle
  return graph;
}

describe('layered layout', () => {
  it('puts organisations, services, named suppliers and each subcontracting tier in their own band', () => {
    expect(Object.fromEntries(layerOf(toy()))).toEqual({ o1: 0, o2: 0, s: 1, p: 2, c: 2, h: 3, dc: 4, lonely: 2 });
  });

  it('places bands top to bottom, orders organisations by name and wraps long bands', () => {
    const positions = layeredLayout(toy(), { perRow: 1, spacing: 10 });
    expect(positions.o2!.y).toBe(0); // A kommun first
    expect(positions.o1!.y).toBeLessThan(positions.o2!.y); // wrapped onto a second row
    expect(positions.s!.y).toBeLessThan(positions.o1!.y);
    expect(positions.h!.y).toBeLessThan(positions.p!.y);
    expect(positions.dc!.y).toBeLessThan(positions.h!.y);
    expect(new Set(Object.values(positions).map((p) => `${p.x},${p.y}`)).size).toBe(8);
  });

  it('lays out an empty graph', () => {
    expect(layeredLayout(createKedjaGraph())).toEqual({});
  });
});
