/** Display names from a node table: the node's name, or the id itself when the table does not know it. */
import { addSupplier, createKedjaGraph } from '@kedja/core';
import { graphNodeTable } from '@kedja/core/kernel';
import { describe, expect, it } from 'vitest';

import { nameOf } from './names.js';

describe('nameOf', () => {
  const graph = createKedjaGraph();
  addSupplier(graph, 'sup-a', { name: 'Alfa Moln AB' });
  addSupplier(graph, 'sup-b', { name: '' });
  const table = graphNodeTable(graph);

  it('gives the name of a known node', () => {
    expect(nameOf(table, 'sup-a')).toBe('Alfa Moln AB');
  });

  it('falls back to the id for an unknown node or an empty name', () => {
    expect(nameOf(table, 'sup-nowhere')).toBe('sup-nowhere');
    expect(nameOf(table, 'sup-b')).toBe('sup-b');
  });
});
