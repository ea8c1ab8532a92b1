/**
 * The Cypher engine against the in-memory engine, on a real Neo4j: the same blast radius (failed
 * nodes with tiers, affected organisations with tier, lost list, critical and hidden flags,
 * totals) and the same systemic ranking, on every shipped dataset (every supplier and every
 * service alone, and selector scenarios) and on hundreds of random graphs (test/support/random-graph.ts).
 */
import { join } from 'node:path';

import { createEngine, type KedjaGraph, type ScenarioSpec } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import { blastInDatabase, pushGraph, rankInDatabase, type Neo4jConnection } from '@kedja/neo4j';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT } from '../support/cli.js';
import { DATASETS } from '../support/datasets.js';
import { connect, neo4jServer } from '../support/neo4j.js';
import { MEDIUM, randomCase, SMALL } from '../support/random-graph.js';

const SMALL_RUNS = 250;
const MEDIUM_RUNS = 60;

const server = neo4jServer('the Cypher engine (test/neo4j/cypher-vs-engine.test.ts)');

async function checkBlast(connection: Neo4jConnection, graph: KedjaGraph, dataset: string, spec: ScenarioSpec) {
  const memory = createEngine(graph).blast(spec);
  const { blast, graph: named } = await blastInDatabase(connection, spec, { dataset });
  expect(blast).toEqual(memory);
  // The answer's own small graph names every node the answer mentions, with the input's attributes.
  for (const id of [
    ...blast.failedSuppliers.map((f) => f.id),
    ...blast.failedServices.map((f) => f.id),
    ...blast.affectedOrganisations.map((o) => o.id),
  ]) {
    expect(named.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
  }
}

async function checkRank(connection: Neo4jConnection, graph: KedjaGraph, dataset: string, batchSize?: number) {
  const { entries } = await rankInDatabase(connection, { dataset, ...(batchSize ? { batchSize } : {}) });
  expect(entries).toEqual(createEngine(graph).rank());
}

describe.skipIf(!server)('Cypher in Neo4j against the in-memory engine', () => {
  let connection: Neo4jConnection;
  beforeAll(async () => {
    connection = await connect(server!);
  });
  afterAll(async () => {
    await connection?.close();
  });

  describe.each(DATASETS)('%s', (folder) => {
    const dataset = `cypher-${folder.replace(/\W+/g, '-')}`;
    let graph: KedjaGraph;
    beforeAll(async () => {
      const loaded = await loadGraph(join(ROOT, folder));
      graph = loaded.graph!;
      await pushGraph(connection, graph, { dataset });
    });

    it('gives the same blast radius for every supplier and every service alone', async () => {
      const ids = graph.filterNodes((_id, a) => a.kind !== 'organisation');
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const kind = graph.getNodeAttribute(id, 'kind');
        await checkBlast(connection, graph, dataset, kind === 'supplier' ? { suppliers: [id] } : { services: [id] });
      }
    });

    it('gives the same blast radius for selector scenarios', async () => {
      const countries = [...new Set(graph.mapNodes((_id, a) => (a.kind === 'supplier' ? a.country : undefined)))];
      const parents = [...new Set(graph.mapNodes((_id, a) => (a.kind === 'supplier' ? a.parent : undefined)))];
      const specs: ScenarioSpec[] = [
        { outsideEea: true },
        ...countries.filter((c): c is string => c !== undefined).map((c) => ({ countries: [c] })),
        ...parents.filter((p): p is string => p !== undefined).map((p) => ({ parents: [p.toUpperCase()] })),
        { serviceCountries: ['SE'] },
        // By jurisdiction: the ownership groups come from the dataset marker (sweden-2018 has them).
        { outsideEeaJurisdiction: true },
        ...countries.filter((c): c is string => c !== undefined).map((c) => ({ jurisdictions: [c] })),
      ];
      for (const spec of specs) await checkBlast(connection, graph, dataset, spec);
    });

    it('gives the same systemic ranking, also in small batches of scenarios', async () => {
      await checkRank(connection, graph, dataset);
      await checkRank(connection, graph, dataset, 2);
    });

    it('refuses unknown ids with the in-memory engine error code', async () => {
      await expect(blastInDatabase(connection, { suppliers: ['no-such-id'] }, { dataset })).rejects.toMatchObject({
        code: 'KEDJA_SCENARIO_UNKNOWN_ID',
      });
      const organisation = graph.filterNodes((_id, a) => a.kind === 'organisation')[0]!;
      await expect(blastInDatabase(connection, { suppliers: [organisation] }, { dataset })).rejects.toMatchObject({
        code: 'KEDJA_SCENARIO_WRONG_KIND',
      });
    });
  });

  let graphsChecked = 0;
  afterAll(() => console.log(`Cypher and in-memory engine compared on ${graphsChecked} random graphs`));

  // One dataset tag for all random graphs: each push replaces the last graph, which exercises the
  // removal of what is gone on every run too.
  const property = (sizes: typeof SMALL) =>
    fc.asyncProperty(randomCase(sizes), async ({ graph, scenario }) => {
      await pushGraph(connection, graph, { dataset: 'random' });
      await checkBlast(connection, graph, 'random', {
        suppliers: scenario.filter((id) => id.startsWith('s')),
        services: scenario.filter((id) => id.startsWith('v')),
      });
      await checkRank(connection, graph, 'random', 3);
      graphsChecked++;
    });

  it(`agrees on ${SMALL_RUNS} small random graphs`, async () => {
    await fc.assert(property(SMALL), { numRuns: SMALL_RUNS });
    expect(graphsChecked).toBeGreaterThanOrEqual(SMALL_RUNS);
  });

  it(`agrees on ${MEDIUM_RUNS} medium random graphs`, async () => {
    await fc.assert(property(MEDIUM), { numRuns: MEDIUM_RUNS });
  });
});
