/**
 * The Neo4j of the integration tests (started by neo4j-global-setup.ts), and helpers: a connection,
 * the environment for the CLI, a dump of everything in the database (to prove that a second push
 * changed nothing), and a loud notice when the tests are skipped.
 */
import { Neo4jConnection } from '@kedja/neo4j';
import { inject } from 'vitest';

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  /** Started by the test run (and so empty at its start). */
  own: boolean;
}

/** The server, or null when KEDJA_SKIP_NEO4J is set (then it says loudly what is skipped). */
export function neo4jServer(what: string): Neo4jServer | null {
  const server = inject('neo4j') ?? null;
  if (server === null) console.warn(`SKIPPED, NOT PASSED (KEDJA_SKIP_NEO4J is set): ${what} needs Neo4j`);
  return server;
}

export function connect(server: Neo4jServer): Promise<Neo4jConnection> {
  return Neo4jConnection.open({ uri: server.uri, user: server.user, password: server.password });
}

/** The environment for `kedja(...)` so that the CLI reaches the server. */
export function cliEnv(server: Neo4jServer): Record<string, string> {
  return { NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
}

/** Every node (labels, properties) and relationship of a dataset tag, with value types, sorted. */
export async function dumpDataset(connection: Neo4jConnection, tag: string): Promise<string[]> {
  const result = await connection.read(
    `MATCH (n) WHERE n.dataset = $tag OR n.tag = $tag
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m
     RETURN labels(n) AS labels, [k IN keys(n) | [k, n[k], valueType(n[k])]] AS node,
            CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, [k IN keys(r) | [k, r[k], valueType(r[k])]]] END AS rel`,
    { tag },
  );
  const text = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'object' && v !== null && 'low' in v && 'high' in v ? `int:${String(v)}` : v,
    );
  return result.records
    .map((record) => {
      const node = (record.get('node') as [string, unknown, string][]).sort(([a], [b]) => (a < b ? -1 : 1));
      const rel = record.get('rel') as [string, string, [string, unknown, string][]] | null;
      rel?.[2].sort(([a], [b]) => (a < b ? -1 : 1));
      return text([record.get('labels'), node, rel]);
    })
    .sort();
}

/** Removes a dataset tag entirely (for tests that need to start from nothing on a reused server). */
export async function dropDataset(connection: Neo4jConnection, tag: string): Promise<void> {
  await connection.write('MATCH (n) WHERE n.dataset = $tag DETACH DELETE n', { tag });
  await connection.write('MATCH (d:KedjaDataset {tag: $tag}) DELETE d', { tag });
}
