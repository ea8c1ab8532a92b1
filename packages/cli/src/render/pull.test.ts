/** What pull says after writing a graph read back from Neo4j, on a hand-made graph (no database needed). */
import { addSupplier, createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { pullsToJson, renderPulled } from './pull.js';

const graph = createKedjaGraph();
addSupplier(graph, 'sup-a', { name: 'Alfa AB' });
const from = 'bolt://db:7687 (database kedja), dataset "default"';

describe('pullsToJson', () => {
  it('takes a .json file (any case) as graphology JSON, anything else as a CSV folder', () => {
    expect(pullsToJson('graph.json')).toBe(true);
    expect(pullsToJson('GRAPH.JSON')).toBe(true);
    expect(pullsToJson('folder')).toBe(false);
    expect(pullsToJson('graph.json.d')).toBe(false);
  });
});

describe('renderPulled', () => {
  it('says what was written where, and from which server and dataset', () => {
    expect(renderPulled(graph, { output: 'g.json', from })).toBe(`wrote g.json (1 nodes, 0 edges) from ${from}\n`);
    expect(renderPulled(graph, { output: 'out', from, dropped: [] })).toBe(
      `wrote out/ (1 nodes, 0 edges) from ${from}\n`,
    );
  });

  it('notes first which attributes the CSV folder could not hold, and how to keep them', () => {
    expect(renderPulled(graph, { output: 'out', from, dropped: ['supplier.lei'] })).toBe(
      'note: the CSV format has no column for supplier.lei; write a .json file to keep them\n' +
        `wrote out/ (1 nodes, 0 edges) from ${from}\n`,
    );
  });
});

describe('renderPulled in Swedish', () => {
  it('says what was written, and how to keep what CSV cannot hold, in Swedish', () => {
    expect(renderPulled(graph, { output: 'out', from, dropped: ['supplier.lei'] }, 'sv')).toBe(
      'obs: CSV-formatet har ingen kolumn för supplier.lei; skriv en .json-fil för att behålla dem\n' +
        `skrev out/ (1 nod, 0 kanter) från ${from}\n`,
    );
  });
});
