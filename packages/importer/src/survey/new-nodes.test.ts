import { addService, createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { createNewNodes } from './new-nodes.js';

describe('createNewNodes', () => {
  it('makes one node per flag, kind and normalised key, named as first spelt', () => {
    const graph = createKedjaGraph();
    const nodes = createNewNodes(graph);
    const id = nodes.add('unresolved', 'service', 'Lärloggen', 'SaaS');
    expect(id).toBe('unresolved-service-larloggen');
    expect(nodes.add('unresolved', 'service', 'LÄRLOGGEN AB', 'PaaS')).toBe(id);
    expect(nodes.add('unresolved', 'service', 'Lärloggen', 'SaaS')).toBe(id);
    expect(nodes.add('unresolved', 'supplier', 'Lärloggen')).toBe('unresolved-supplier-larloggen');
    expect(nodes.add('ambiguous', 'service', 'Lärloggen')).toBe('ambiguous-service-larloggen');
    expect(graph.getNodeAttributes(id)).toEqual({ kind: 'service', name: 'Lärloggen', model: 'SaaS' });
    expect(graph.getNodeAttributes('unresolved-supplier-larloggen')).toEqual({ kind: 'supplier', name: 'Lärloggen' });
    expect(nodes.reports()[0]).toEqual({
      id,
      kind: 'service',
      name: 'Lärloggen',
      flag: 'unresolved',
      spellings: ['Lärloggen', 'LÄRLOGGEN AB'],
      organisations: 0,
    });
  });

  it('takes an id no node of the graph has', () => {
    const graph = createKedjaGraph();
    addService(graph, 'unresolved-service-zoom', { name: 'Zoom' });
    addService(graph, 'unresolved-service-zoom-2', { name: 'Zoom 2' });
    expect(createNewNodes(graph).add('unresolved', 'service', 'Zoom!')).toBe('unresolved-service-zoom-3');
  });

  it('counts the organisations that named each node once, and ignores other ids', () => {
    const nodes = createNewNodes(createKedjaGraph());
    const id = nodes.add('ambiguous', 'supplier', 'OD');
    for (const organisation of ['k1', 'k2', 'k1']) nodes.namedBy(id, organisation);
    nodes.namedBy('svc-catalogue', 'k1');
    expect(nodes.reports().map((n) => [n.id, n.organisations])).toEqual([['ambiguous-supplier-od', 2]]);
  });

  it('makes one node per cluster, named by it, with the id a reviewer gave', () => {
    const graph = createKedjaGraph();
    const nodes = createNewNodes(graph);
    const cluster = { key: 'cluster:vklass', name: 'Vklass', linkedBy: ['ngram'], size: 2 };
    expect(nodes.add('unresolved', 'service', 'V-klass', 'SaaS', cluster)).toBe('unresolved-service-vklass');
    expect(nodes.add('unresolved', 'service', 'Vklass', 'SaaS', cluster)).toBe('unresolved-service-vklass');
    expect(graph.getNodeAttribute('unresolved-service-vklass', 'name')).toBe('Vklass');
    const reviewed = { key: 'id:new-vklass', name: 'Vklass', id: 'new-vklass', linkedBy: [], size: 1 };
    expect(nodes.add('unresolved', 'supplier', 'Vklass AB', undefined, reviewed)).toBe('new-vklass');
    expect(nodes.reports()[0]).toMatchObject({ spellings: ['V-klass', 'Vklass'], linkedBy: ['ngram'] });
  });
});
