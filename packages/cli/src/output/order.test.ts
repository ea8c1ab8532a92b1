/** Organisations in sentences: the most residents first, those without a figure last, then by Swedish name order. */
import { addOrganisation, addSupplier, createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { largestFirst } from './order.js';

describe('largestFirst', () => {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'small', { name: 'Lillby kommun', population: 900 });
  addOrganisation(graph, 'large', { name: 'Storstad kommun', population: 250_000 });
  addOrganisation(graph, 'agency-o', { name: 'Östra verket' });
  addOrganisation(graph, 'agency-a', { name: 'Ängsverket' });
  addOrganisation(graph, 'agency-b', { name: 'Byverket' });
  addSupplier(graph, 'sup', { name: 'Aaa Leverantör AB' });

  it('orders by population, largest first, then by name with å, ä, ö last', () => {
    const ids = ['agency-o', 'small', 'agency-a', 'large', 'agency-b'];
    expect(ids.sort(largestFirst(graph))).toEqual(['large', 'small', 'agency-b', 'agency-a', 'agency-o']);
  });

  it('puts non-organisations with those without a population', () => {
    expect(['sup', 'small'].sort(largestFirst(graph))).toEqual(['small', 'sup']);
  });
});
