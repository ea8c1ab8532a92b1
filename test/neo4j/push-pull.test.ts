/**
 * Push and pull against a real Neo4j (started by the neo4j project's global setup): pull after
 * push gives the same graph byte for byte, a second push changes nothing in the database, a push
 * of a changed graph removes what is gone within its dataset tag and leaves other tags alone, an
 * interrupted push (stopped between batches, or its process killed) converges when run again, and
 * integers stay integers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { validateGraph, type KedjaGraph, type OrganisationAttributes } from '@kedja/core';
import { graphToJson, loadGraph, readGraphJson } from '@kedja/importer';
import { NEO4J_CODES, pullGraph, pushGraph, type Neo4jConnection } from '@kedja/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT } from '../support/cli.js';
import { DATASETS } from '../support/datasets.js';
import { generateGraph } from '../support/generate-graph.js';
import { cliEnv, connect, dropDataset, dumpDataset, neo4jServer } from '../support/neo4j.js';

const server = neo4jServer('push and pull (test/neo4j/push-pull.test.ts)');

async function load(path: string): Promise<KedjaGraph> {
  const { graph, diagnostics } = await loadGraph(join(ROOT, path));
  if (!graph) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return graph;
}

async function pulledJson(connection: Neo4jConnection, dataset: string): Promise<string> {
  const { graph, diagnostics } = await pullGraph(connection, { dataset });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return graphToJson(graph!);
}

/** The demo with nodes, edges and attributes removed, changed and added. */
function changed(graph: KedjaGraph): KedjaGraph {
  const copy = graph.copy();
  copy.dropNode('sup-journal-b'); // a supplier in an alternatives group, with its edges
  copy.dropEdge('uses:adalen->svc-school');
  copy.mergeNodeAttributes('adalen', { population: 25_500 });
  copy.updateNodeAttributes('bjorkby', (attributes) => {
    const { code: _dropped, ...rest } = attributes as OrganisationAttributes;
    return rest;
  });
  copy.mergeEdgeAttributes('uses:bjorkby->svc-office', { critical: true });
  copy.addNode('sup-new', { kind: 'supplier', name: 'Ny Leverantör AB', country: 'SE' });
  copy.addDirectedEdgeWithKey('subcontracts:sup-school->sup-new', 'sup-school', 'sup-new', {
    kind: 'subcontracts',
    rank: 2,
  });
  copy.setAttribute('name', 'changed demo');
  return copy;
}

describe.skipIf(!server)('push and pull against a real Neo4j', () => {
  let connection: Neo4jConnection;
  beforeAll(async () => {
    connection = await connect(server!);
  });
  afterAll(async () => {
    await connection?.close();
  });

  describe.each(DATASETS)('%s', (folder) => {
    it('comes back identical from a pull, and a second push changes nothing', async () => {
      const graph = await load(folder);
      const tag = `push-pull-${basename(folder)}`;
      const first = await pushGraph(connection, graph, { dataset: tag, batchSize: 1000 });
      expect(first).toMatchObject({ nodes: graph.order, edges: graph.size });

      const pulled = await pullGraph(connection, { dataset: tag });
      expect(pulled.diagnostics).toEqual(validateGraph(graph));
      expect(graphToJson(pulled.graph!)).toBe(graphToJson(graph));

      const before = await dumpDataset(connection, tag);
      expect(before.length).toBeGreaterThanOrEqual(graph.order);
      const second = await pushGraph(connection, graph, { dataset: tag, batchSize: 1000 });
      expect(second).toMatchObject({
        nodesCreated: 0,
        relationshipsCreated: 0,
        nodesUpdated: 0,
        relationshipsUpdated: 0,
        nodesRemoved: 0,
        relationshipsRemoved: 0,
      });
      expect(await dumpDataset(connection, tag)).toEqual(before);
      expect(await pulledJson(connection, tag)).toBe(graphToJson(graph));
    });
  });

  it('stores whole numbers as INTEGER and other numbers as FLOAT', async () => {
    const graph = await load('datasets/demo');
    graph.mergeEdgeAttributes('uses:adalen->svc-office', { maxOutageHours: 1.5 });
    await pushGraph(connection, graph, { dataset: 'types' });
    const types = async (query: string) =>
      (await connection.read(query, { tag: 'types' })).records.map((r) => r.get('type') as string).sort();
    expect(
      await types(
        'MATCH (n:Organisation {dataset: $tag}) UNWIND [n.population, n.employees] AS v WITH v WHERE v IS NOT NULL RETURN DISTINCT valueType(v) AS type',
      ),
    ).toEqual(['INTEGER NOT NULL']);
    expect(
      await types(
        'MATCH (:Organisation {dataset: $tag})-[r:USES]->() WHERE r.maxOutageHours IS NOT NULL RETURN DISTINCT valueType(r.maxOutageHours) AS type',
      ),
    ).toEqual(['FLOAT NOT NULL', 'INTEGER NOT NULL']);
    expect(
      await types(
        'MATCH (:Supplier {dataset: $tag})-[r:SUBCONTRACTS]->() WHERE r.rank IS NOT NULL RETURN DISTINCT valueType(r.rank) AS type',
      ),
    ).toEqual(['INTEGER NOT NULL']);
    expect(await types('MATCH (n:Service {dataset: $tag}) RETURN DISTINCT valueType(n.countries) AS type')).toEqual([
      'LIST<STRING NOT NULL> NOT NULL',
    ]);
    expect(await pulledJson(connection, 'types')).toBe(graphToJson(graph));
  });

  it('keeps every attribute, also ones Neo4j cannot store as they are', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-neo4j-'));
    const file = join(folder, 'odd.json');
    const nodes = [
      {
        key: 'o1',
        attributes: {
          kind: 'organisation',
          name: 'Kommun',
          population: 10,
          meta: { source: 'survey', year: 2018 },
          tags: [],
          mixed: [1, 'a'],
          id: 'shadowed',
          ratio: 0.25,
          big: 2 ** 53 + 8,
          flags: [true, false],
          x: 12.5,
        },
      },
      { key: 's1', attributes: { kind: 'service', name: 'Tjänst', scores: [1, 2.5], note: null } },
      { key: 'p1', attributes: { kind: 'supplier', name: 'Lev AB', 'json:odd': 'x' } },
    ];
    const edges = [
      { key: 'e1', source: 'o1', target: 's1', attributes: { kind: 'uses', weight: 3, key: 'shadowed too' } },
      { key: 'e2', source: 's1', target: 'p1', attributes: { kind: 'providedBy' } },
    ];
    writeFileSync(
      file,
      JSON.stringify({
        attributes: { name: 'odd', year: 2026 },
        options: { type: 'directed', multi: true },
        nodes,
        edges,
      }),
    );
    const { graph, diagnostics } = await readGraphJson(file);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await pushGraph(connection, graph!, { dataset: 'odd' });
    const pulled = (await pullGraph(connection, { dataset: 'odd' })).graph!;
    expect(pulled.export()).toEqual(graph!.export());
  });

  it('mirrors a changed graph within its tag and leaves other tags alone', async () => {
    const graph = await load('datasets/demo');
    await pushGraph(connection, graph, { dataset: 'change-a' });
    await pushGraph(connection, graph, { dataset: 'change-b' });
    const otherBefore = await dumpDataset(connection, 'change-b');

    const next = changed(graph);
    const summary = await pushGraph(connection, next, { dataset: 'change-a' });
    expect(summary).toMatchObject({ nodesCreated: 1, relationshipsCreated: 1, nodesRemoved: 1 });
    // sup-journal-b had two edges (a providedBy and a subcontracts); uses:adalen->svc-school went too.
    expect(summary.relationshipsRemoved).toBe(3);
    expect(summary.nodesUpdated).toBeGreaterThanOrEqual(2); // and the nodes after sup-journal-b move up in the order
    expect(await pulledJson(connection, 'change-a')).toBe(graphToJson(next));
    expect(await pulledJson(connection, 'change-b')).toBe(graphToJson(graph));
    expect(await dumpDataset(connection, 'change-b')).toEqual(otherBefore);

    // And back again.
    await pushGraph(connection, graph, { dataset: 'change-a' });
    expect(await pulledJson(connection, 'change-a')).toBe(graphToJson(graph));
  });

  it.each([1, 4, 9, 14])('converges after a push stopped after %i batches', async (stopAfter) => {
    const graph = await load('datasets/demo');
    const next = changed(graph);
    const tag = `interrupted-${stopAfter}`;
    await pushGraph(connection, graph, { dataset: tag });

    // Push the changed graph, three rows per transaction, and stop it after a few batches.
    const controller = new AbortController();
    let batches = 0;
    let last = 0;
    const push = pushGraph(connection, next, {
      dataset: tag,
      batchSize: 3,
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done > last && ++batches >= stopAfter) controller.abort();
        last = done;
      },
    });
    await expect(push).rejects.toMatchObject({ code: NEO4J_CODES.interrupted });
    await expect(pullGraph(connection, { dataset: tag })).rejects.toMatchObject({ code: NEO4J_CODES.incomplete });

    await pushGraph(connection, next, { dataset: tag, batchSize: 3 });
    expect(await pulledJson(connection, tag)).toBe(graphToJson(next));
  });

  it('pulls a graph of more than 200,000 edges (a spread of every row into push overflowed the stack)', async () => {
    const graph = await generateGraph({
      organisations: 20_000,
      services: 2_000,
      suppliers: 400,
      usesPerOrganisation: 10,
      seed: 11,
    });
    expect(graph.size).toBeGreaterThan(200_000);
    const tag = 'large';
    await dropDataset(connection, tag);
    await pushGraph(connection, graph, { dataset: tag });
    expect(await pulledJson(connection, tag)).toBe(graphToJson(graph));
    await dropDataset(connection, tag);
  });

  it('converges after the kedja push process is killed half-way', async () => {
    const graph = await generateGraph({
      organisations: 400,
      services: 120,
      suppliers: 40,
      usesPerOrganisation: 6,
      seed: 7,
    });
    const folder = mkdtempSync(join(tmpdir(), 'kedja-neo4j-'));
    const file = join(folder, 'generated.json');
    writeFileSync(file, graphToJson(graph));
    const tag = 'killed';
    await dropDataset(connection, tag);
    const args = ['push', file, '--uri', server!.uri, '--dataset', tag, '--batch-size', '2'];
    const env = { ...process.env, KEDJA_SOURCE: '1', ...cliEnv(server!) };

    const child = spawn(process.execPath, [join(ROOT, 'packages/cli/bin/kedja.js'), ...args], { env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let written = 0;
    for (let i = 0; i < 600 && written < 50 && child.exitCode === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const result = await connection.read('MATCH (n) WHERE n.dataset = $tag RETURN count(n) AS n', { tag });
      written = Number(result.records[0]!.get('n'));
    }
    child.kill('SIGKILL');
    expect(await exited).toBeNull(); // killed, not finished
    expect(written).toBeGreaterThanOrEqual(50);
    expect(written).toBeLessThan(graph.order + graph.size);
    await expect(pullGraph(connection, { dataset: tag })).rejects.toMatchObject({ code: NEO4J_CODES.incomplete });

    await pushGraph(connection, graph, { dataset: tag });
    expect(await pulledJson(connection, tag)).toBe(graphToJson(graph));
  });
});
