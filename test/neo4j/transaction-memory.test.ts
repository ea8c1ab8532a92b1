/**
 * Transaction memory bounded by batching (issue 17): the ranking and the blast radius in Cypher
 * must not need server memory that grows with the graph. A server of its own, started with a small
 * per-transaction limit (`tools/neo4j/start --tx-memory`, db.memory.transaction.max), stands for a
 * 1 GB server facing a graph of hundreds of thousands of edges: before the organisation query was
 * sent in chunks, the ranking and the blast radius of this graph failed there
 * (MemoryPoolOutOfMemoryError, retried unchanged by the driver for 30 s first). Now the answers
 * equal the in-memory engine's, whatever the chunk size asked for: at 8 MB even the default chunks
 * of 10,000 pairs are too big, and they shrink until they fit.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { createEngine, type KedjaGraph } from '@kedja/core';
import { blastInDatabase, Neo4jConnection, pushGraph, rankInDatabase } from '@kedja/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateGraph } from '../support/generate-graph.js';
import { neo4jServer } from '../support/neo4j.js';

const run = promisify(execFile);
const TOOLS = fileURLToPath(new URL('../../tools/neo4j/', import.meta.url));
/** Per-transaction memory of the server of this file: far below what the old organisation query of this graph needed. */
const TX_MEMORY = '8m';

const shared = neo4jServer('transaction memory bounded by batching (test/neo4j/transaction-memory.test.ts)');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

describe.skipIf(!shared)(`a server with ${TX_MEMORY} of memory per transaction`, () => {
  let port = 0;
  let connection: Neo4jConnection | undefined;
  let graph: KedjaGraph;

  beforeAll(async () => {
    port = await freePort();
    const password = `kedja-test-${randomBytes(9).toString('base64url')}`;
    const { stdout } = await run(
      `${TOOLS}start`,
      ['--port', String(port), '--tx-memory', TX_MEMORY, '--watch-pid', String(process.pid)],
      { env: { ...process.env, NEO4J_PASSWORD: password }, maxBuffer: 16 * 1024 * 1024 },
    );
    connection = await Neo4jConnection.open({ uri: stdout.trim().split('\n').pop()!, user: 'neo4j', password });
    // About 25,000 edges; a few suppliers reach most organisations.
    graph = await generateGraph({
      organisations: 2_500,
      services: 500,
      suppliers: 120,
      usesPerOrganisation: 10,
      seed: 7,
    });
    await pushGraph(connection, graph, { batchSize: 500 }); // a push is bounded by its batch size
  }, 300_000);

  afterAll(async () => {
    await connection?.close();
    if (port) await run(`${TOOLS}stop`, ['--port', String(port)]);
  }, 60_000);

  it('ranks every supplier as in memory, with the default chunks', async () => {
    const { entries } = await rankInDatabase(connection!);
    expect(entries).toEqual(createEngine(graph).rank());
  }, 300_000);

  it('ranks as in memory when all scenarios run in one batch and the chunks must shrink', async () => {
    const { entries } = await rankInDatabase(connection!, { batchSize: 1_000, queryBatchSize: 1_000_000 });
    expect(entries).toEqual(createEngine(graph).rank());
  }, 300_000);

  it('gives the blast radius of the supplier that reaches furthest as in memory', async () => {
    const engine = createEngine(graph);
    const top = engine.rank()[0]!;
    expect(top.organisations).toBeGreaterThan(graph.filterNodes((_id, a) => a.kind === 'organisation').length / 4);
    const spec = { suppliers: [top.supplier] };
    const { blast } = await blastInDatabase(connection!, spec, { queryBatchSize: 1_000_000 });
    expect(blast).toEqual(engine.blast(spec));
  }, 300_000);
});
