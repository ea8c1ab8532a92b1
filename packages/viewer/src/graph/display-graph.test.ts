import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSupplier,
  addUses,
  createKedjaGraph,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { createDisplayGraph } from './display-graph.js';

describe('the display graph', () => {
  it('draws a possible dependency curved and marked possible, a confirmed one as before', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'org', { name: 'Org' });
    addService(graph, 'svc', { name: 'Journal' });
    addSupplier(graph, 'sup', { name: 'Host' });
    addSupplier(graph, 'dc', { name: 'Data centre' });
    addUses(graph, 'org', 'svc', { certainty: 'possible', probability: 0.3 });
    addProvidedBy(graph, 'svc', 'sup');
    addProvidedBy(graph, 'svc', 'dc', { certainty: 'possible' });
    addContracts(graph, 'org', 'dc', { certainty: 'possible' });
    addContracts(graph, 'org', 'sup');
    const display = createDisplayGraph(graph, {});
    const edge = (source: string, target: string) => display.getEdgeAttributes(display.edge(source, target)!);
    expect(edge('org', 'svc')).toEqual({ color: expect.any(String), size: 0.5, type: 'curved', possible: true });
    expect(edge('svc', 'dc')).toMatchObject({ type: 'curved', possible: true });
    expect(edge('svc', 'sup')).toEqual({ color: expect.any(String), size: 0.5 });
    expect(edge('org', 'sup')).toEqual({ color: expect.any(String), size: 0.5 });
  });
});
