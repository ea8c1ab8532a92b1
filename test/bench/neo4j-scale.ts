/**
 * Measures Kedja's Neo4j path on a generated graph (test/support/generate-graph.ts, seeded): push
 * time, the systemic ranking in Cypher, one blast radius in Cypher, and the same ranking in
 * memory, whose answer the Cypher one must equal. Not a test (no timing thresholds in tests); the
 * numbers go into docs/neo4j.md. Run against a Neo4j started with room for the graph:
 *
 *   NEO4J_PASSWORD=... tools/neo4j/start --port 7700 --heap 4g --page-cache 2g
 *   NEO4J_USER=neo4j NEO4J_PASSWORD=... npx tsx --conditions source test/bench/neo4j-scale.ts \
 *     --uri bolt://127.0.0.1:7700 [--organisations 100000 --services 20000 --suppliers 5000 --uses 10 --seed 1]
 */
import { parseArgs } from 'node:util';

import { createEngine } from '@kedja/core';
import { blastInDatabase, credentialsFromEnv, pushGraph, rankInDatabase, withNeo4j } from '@kedja/neo4j';

import { generateGraph } from '../support/generate-graph.js';

const { values } = parseArgs({
  options: {
    uri: { type: 'string', default: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687' },
    organisations: { type: 'string', default: '100000' },
    services: { type: 'string', default: '20000' },
    suppliers: { type: 'string', default: '5000' },
    uses: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    dataset: { type: 'string', default: 'bench' },
    'batch-size': { type: 'string', default: '5000' },
    'rank-batch': { type: 'string', default: '1000' },
  },
});

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);
let start = performance.now();
const graph = await generateGraph({
  organisations: Number(values.organisations),
  services: Number(values.services),
  suppliers: Number(values.suppliers),
  usesPerOrganisation: Number(values.uses),
  seed: Number(values.seed),
});
console.log(
  `generated ${graph.order.toLocaleString('en-GB')} nodes, ${graph.size.toLocaleString('en-GB')} edges in ${seconds(start)} s`,
);

start = performance.now();
const memoryRanking = createEngine(graph).rank();
console.log(`ranking in memory (snapshot + ${memoryRanking.length} scenarios): ${seconds(start)} s`);

await withNeo4j({ uri: values.uri!, ...credentialsFromEnv() }, async (connection) => {
  start = performance.now();
  const first = await pushGraph(connection, graph, {
    dataset: values.dataset!,
    batchSize: Number(values['batch-size']),
  });
  console.log(`push (first): ${seconds(start)} s, ${first.batches} transactions`, first);

  start = performance.now();
  const again = await pushGraph(connection, graph, {
    dataset: values.dataset!,
    batchSize: Number(values['batch-size']),
  });
  console.log(`push (again, nothing changed): ${seconds(start)} s`, again);

  start = performance.now();
  const { entries } = await rankInDatabase(connection, {
    dataset: values.dataset!,
    batchSize: Number(values['rank-batch']),
  });
  console.log(`ranking in Cypher: ${seconds(start)} s`);
  const same = JSON.stringify(entries) === JSON.stringify(memoryRanking);
  console.log(`Cypher ranking equals the in-memory ranking: ${same}`);

  const top = memoryRanking[0]!.supplier;
  start = performance.now();
  const { blast } = await blastInDatabase(connection, { suppliers: [top] }, { dataset: values.dataset! });
  console.log(
    `blast radius of ${top} in Cypher: ${seconds(start)} s (${blast.totals.organisations} organisations, ` +
      `equal to memory: ${JSON.stringify(blast) === JSON.stringify(createEngine(graph).blast({ suppliers: [top] }))})`,
  );
  if (!same) process.exitCode = 1;
});
