// Asks a Neo4j server for RETURN 1 over Bolt with neo4j-driver (resolved from @kedja/neo4j),
// exactly as kedja connects: user and password from NEO4J_USER / NEO4J_PASSWORD, no auth when
// KEDJA_NEO4J_AUTH is "false". Exit 0 when it answers; used by tools/neo4j/start.
//
//   node tools/neo4j/ping.mjs bolt://127.0.0.1:7687
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../packages/neo4j/package.json', import.meta.url));
const neo4j = require('neo4j-driver');

const uri = process.argv[2] ?? 'bolt://127.0.0.1:7687';
const auth =
  process.env.KEDJA_NEO4J_AUTH === 'false'
    ? neo4j.auth.none()
    : neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
const driver = neo4j.driver(uri, auth, { connectionTimeout: 5000 });
try {
  const { records } = await driver.executeQuery('RETURN 1 AS one');
  if (records[0]?.get('one').toNumber() !== 1) throw new Error('unexpected answer to RETURN 1');
  console.log(`${uri} answers`);
} catch (error) {
  console.error(`${uri}: ${error.code ?? ''} ${error.message}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
