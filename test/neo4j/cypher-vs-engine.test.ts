/**
 * The Cypher engine against the in-memory engine, on a real Neo4j: the same blast radius (failed
 * nodes with tiers, affected organisations with tier, lost list, critical and hidden flags,
 * totals) and the same systemic ranking, on every shipped dataset (every supplier and every
 * service alone, and selector scenarios) and on hundreds of random graphs (test/support/random-graph.ts).
 * With possible dependencies (issue 13) both bounds: `blastBoundsInDatabase` against `engine.blastBounds`
 * and `rankBoundsInDatabase` against `engine.rankBounds`, on a hand-made graph (test/support/uncertain.ts)
 * and on random graphs with possible edges; the datasets and the graphs without them are checked in
 * both bounds too, where the bounds agree.
 */
import { join } from 'node:path';

import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createEngine,
  createKedjaGraph,
  type Engine,
  type KedjaGraph,
  type ScenarioSpec,
} from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import {
  blastBoundsInDatabase,
  blastInDatabase,
  hasPossibleEdgesInDatabase,
  pushGraph,
  rankBoundsInDatabase,
  rankInDatabase,
  type Neo4jConnection,
} from '@kedja/neo4j';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT } from '../support/cli.js';
import { DATASETS } from '../support/datasets.js';
import { writeFolder } from '../support/fixtures.js';
import { connect, neo4jServer } from '../support/neo4j.js';
import { MEDIUM, randomCase, SMALL } from '../support/random-graph.js';
import { UNCERTAIN } from '../support/uncertain.js';

const SMALL_RUNS = 250;
const MEDIUM_RUNS = 60;
const POSSIBLE_SMALL_RUNS = 200;
const POSSIBLE_MEDIUM_RUNS = 50;

const server = neo4jServer('the Cypher engine (test/neo4j/cypher-vs-engine.test.ts)');

/** The answer's own small graph names every node the answer mentions, with the input's attributes. */
function expectNamed(named: KedjaGraph, graph: KedjaGraph, blast: ReturnType<Engine['blast']>) {
  for (const id of [
    ...blast.failedSuppliers.map((f) => f.id),
    ...blast.failedServices.map((f) => f.id),
    ...blast.affectedOrganisations.map((o) => o.id),
  ]) {
    expect(named.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
  }
}

/** The blast radius (the upper bound) and the blast radius with bounds, each as the in-memory engine gives it. */
async function checkBlast(connection: Neo4jConnection, graph: KedjaGraph, dataset: string, spec: ScenarioSpec) {
  const engine = createEngine(graph);
  const { blast, graph: named } = await blastInDatabase(connection, spec, { dataset });
  expect(blast).toEqual(engine.blast(spec));
  expectNamed(named, graph, blast);
  const { blast: bounds, graph: boundsNamed } = await blastBoundsInDatabase(connection, spec, { dataset });
  const memory = engine.blastBounds(spec);
  expect(bounds).toEqual(memory);
  expect(Object.keys(bounds)).toEqual(Object.keys(memory)); // the CLI prints them in this order
  expectNamed(boundsNamed, graph, bounds);
  return memory;
}

async function checkRank(connection: Neo4jConnection, graph: KedjaGraph, dataset: string, batchSize?: number) {
  const engine = createEngine(graph);
  const options = { dataset, ...(batchSize ? { batchSize } : {}) };
  expect((await rankInDatabase(connection, options)).entries).toEqual(engine.rank());
  const memory = engine.rankBounds();
  const { entries } = await rankBoundsInDatabase(connection, options);
  expect(entries).toEqual(memory);
  expect(entries.map((entry) => Object.keys(entry.upper))).toEqual(memory.map((entry) => Object.keys(entry.upper)));
  expect(await hasPossibleEdgesInDatabase(connection, { dataset })).toBe(engine.possibleEdges > 0);
  return memory;
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

  describe('a graph with possible dependencies (test/support/uncertain.ts)', () => {
    const dataset = 'cypher-uncertain';
    let graph: KedjaGraph;
    beforeAll(async () => {
      graph = (await loadGraph(writeFolder(UNCERTAIN))).graph!;
      await pushGraph(connection, graph, { dataset });
    });

    it('gives the bounds of the in-memory engine, and the hand-counted ones', async () => {
      expect(await hasPossibleEdgesInDatabase(connection, { dataset })).toBe(true);
      // Hosting 3 affects nobody for certain (every path to it is possible) and both organisations at most.
      const hosting = await checkBlast(connection, graph, dataset, { suppliers: ['sup-3'] });
      expect(hosting.affectedOrganisations.map((o) => [o.id, o.certainty])).toEqual([
        ['org-a', 'possible'],
        ['org-b', 'possible'],
      ]);
      expect([hosting.totals.organisations, hosting.totalsUpper.organisations]).toEqual([0, 2]);
      expect((await checkBlast(connection, graph, dataset, { suppliers: ['sup-1'] })).totals.organisations).toBe(1);
      for (const id of graph.filterNodes((_id, a) => a.kind !== 'organisation')) {
        const kind = graph.getNodeAttribute(id, 'kind');
        await checkBlast(connection, graph, dataset, kind === 'supplier' ? { suppliers: [id] } : { services: [id] });
      }
      const ranking = await checkRank(connection, graph, dataset);
      expect(ranking.find((entry) => entry.supplier === 'sup-3')).toMatchObject({
        organisations: 0,
        upper: { organisations: 2 },
      });
      await checkRank(connection, graph, dataset, 1);
    });
  });

  it('counts hidden dependencies in the lower bound by confirmed dependencies only', async () => {
    // Every organisation loses svc-x (root -> mid -> svc-x, all confirmed), so all three are affected
    // in both bounds; each also has a possible dependency on the root: direct (x), through a possible
    // use (y), or through a possible provider (z). Hidden in the lower bound, named in the upper.
    const graph = createKedjaGraph();
    for (const id of ['root', 'mid', 'other']) addSupplier(graph, id, { name: id });
    for (const id of ['svc-x', 'svc-y', 'svc-z']) addService(graph, id, { name: id });
    addSubcontracts(graph, 'mid', 'root');
    addProvidedBy(graph, 'svc-x', 'mid');
    addProvidedBy(graph, 'svc-y', 'root');
    addProvidedBy(graph, 'svc-z', 'root', { certainty: 'possible' });
    addProvidedBy(graph, 'svc-z', 'other');
    for (const id of ['org-x', 'org-y', 'org-z']) {
      addOrganisation(graph, id, { name: id });
      addUses(graph, id, 'svc-x');
    }
    addContracts(graph, 'org-x', 'root', { certainty: 'possible' });
    addUses(graph, 'org-y', 'svc-y', { certainty: 'possible' });
    addUses(graph, 'org-z', 'svc-z');
    await pushGraph(connection, graph, { dataset: 'cypher-hidden' });
    const bounds = await checkBlast(connection, graph, 'cypher-hidden', { suppliers: ['root'] });
    expect([bounds.totals.organisations, bounds.totals.hiddenOrganisations]).toEqual([3, 3]);
    expect([bounds.totalsUpper.organisations, bounds.totalsUpper.hiddenOrganisations]).toEqual([3, 0]);
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

  // Graphs with possible edges: both bounds. The counts say the lower bound was put to the test:
  // graphs whose bounds differ in the blast radius and in the ranking.
  const possible = { graphs: 0, blastsApart: 0, rankingsApart: 0 };
  afterAll(() =>
    console.log(
      `Bounds in Cypher and in memory compared on random graphs with possible edges: ${JSON.stringify(possible)}`,
    ),
  );
  const boundsProperty = (sizes: typeof SMALL) =>
    fc.asyncProperty(randomCase(sizes, { possible: true }), async ({ graph, scenario }) => {
      await pushGraph(connection, graph, { dataset: 'random-possible' });
      const blast = await checkBlast(connection, graph, 'random-possible', {
        suppliers: scenario.filter((id) => id.startsWith('s')),
        services: scenario.filter((id) => id.startsWith('v')),
      });
      const ranking = await checkRank(connection, graph, 'random-possible', 3);
      possible.graphs++;
      if (blast.affectedOrganisations.some((o) => o.certainty === 'possible')) possible.blastsApart++;
      if (ranking.some((entry) => entry.organisations !== entry.upper.organisations)) possible.rankingsApart++;
    });

  it(`agrees in both bounds on ${POSSIBLE_SMALL_RUNS} small random graphs with possible edges`, async () => {
    await fc.assert(boundsProperty(SMALL), { numRuns: POSSIBLE_SMALL_RUNS });
    expect(possible.graphs).toBeGreaterThanOrEqual(POSSIBLE_SMALL_RUNS);
    expect(possible.blastsApart).toBeGreaterThan(POSSIBLE_SMALL_RUNS / 20);
    expect(possible.rankingsApart).toBeGreaterThan(POSSIBLE_SMALL_RUNS / 10);
  });

  it(`agrees in both bounds on ${POSSIBLE_MEDIUM_RUNS} medium random graphs with possible edges`, async () => {
    await fc.assert(boundsProperty(MEDIUM), { numRuns: POSSIBLE_MEDIUM_RUNS });
  });
});
