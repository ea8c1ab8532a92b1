/** What push says after a push, on a hand-made summary (no database needed). */
import type { PushSummary } from '@kedja/neo4j';
import { describe, expect, it } from 'vitest';

import { renderPush } from './push.js';

describe('renderPush', () => {
  it('tells what the dataset holds and what the push created, updated and removed', () => {
    const summary: PushSummary = {
      dataset: 'demo',
      nodes: 15,
      edges: 21,
      nodesCreated: 15,
      relationshipsCreated: 1200,
      nodesUpdated: 0,
      relationshipsUpdated: 3,
      nodesRemoved: 2,
      relationshipsRemoved: 0,
      batches: 4,
    };
    expect(renderPush('datasets/demo', 'bolt://localhost:7687, dataset "demo"', summary)).toBe(
      'Pushed datasets/demo to bolt://localhost:7687, dataset "demo": 15 nodes, 21 edges.\n' +
        'Created 15 nodes and 1,200 relationships, updated 0 and 3, removed 2 and 0.\n',
    );
  });
});

describe('renderPush in Swedish', () => {
  it('tells the push in Swedish', () => {
    const summary: PushSummary = {
      dataset: 'demo',
      nodes: 15,
      edges: 21,
      nodesCreated: 15,
      relationshipsCreated: 1200,
      nodesUpdated: 0,
      relationshipsUpdated: 3,
      nodesRemoved: 2,
      relationshipsRemoved: 0,
      batches: 4,
    };
    expect(renderPush('demo', 'bolt://x', summary, 'sv').replaceAll('\u00a0', ' ')).toBe(
      'Skickade demo till bolt://x: 15 noder, 21 kanter.\n' +
        'Skapade 15 noder och 1 200 relationer, uppdaterade 0 och 3, tog bort 2 och 0.\n',
    );
  });
});
