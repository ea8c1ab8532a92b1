import { addService, createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { createCountryTally, createServiceCountries } from './answered-countries.js';

describe('createCountryTally', () => {
  it('counts each country read and each piece that names none, with their lines', () => {
    const tally = createCountryTally();
    tally.record({ codes: ['SE', 'IE'], unread: ['EU'] }, 2);
    tally.record({ codes: ['SE'], unread: [] }, 4);
    tally.record({ codes: [], unread: ['EU'] }, 5);
    expect(tally.reports()).toEqual([
      { raw: 'SE', code: 'SE', occurrences: 2, lines: [2, 4] },
      { raw: 'IE', code: 'IE', occurrences: 1, lines: [2] },
      { raw: 'EU', code: null, occurrences: 2, lines: [2, 5] },
    ]);
  });
});

describe('createServiceCountries', () => {
  it("adds an organisation's countries to the services it uses, and who named them", () => {
    const graph = createKedjaGraph();
    addService(graph, 'svc-a', { name: 'A', countries: ['IE'] });
    addService(graph, 'svc-b', { name: 'B' });
    const services = createServiceCountries();
    services.add(graph, 'k2', ['svc-a', 'svc-b'], ['SE', 'IE']);
    services.add(graph, 'k1', ['svc-a'], ['US']);
    services.add(graph, 'k3', ['svc-a', 'svc-b'], []);
    services.add(graph, 'k4', ['svc-b'], ['SE']);
    expect(graph.getNodeAttribute('svc-a', 'countries' as 'name')).toEqual(['IE', 'SE', 'US']);
    expect(graph.getNodeAttribute('svc-b', 'countries' as 'name')).toEqual(['SE', 'IE']);
    expect(services.reports()).toEqual([
      { service: 'svc-a', added: ['SE', 'US'], organisations: ['k1', 'k2'] },
      { service: 'svc-b', added: ['IE', 'SE'], organisations: ['k2', 'k4'] },
    ]);
  });

  it('reports no service that gained nothing', () => {
    const graph = createKedjaGraph();
    addService(graph, 'svc-a', { name: 'A', countries: ['SE'] });
    const services = createServiceCountries();
    services.add(graph, 'k1', ['svc-a'], ['SE']);
    expect(services.reports()).toEqual([]);
    expect(graph.getNodeAttribute('svc-a', 'countries' as 'name')).toEqual(['SE']);
  });
});
