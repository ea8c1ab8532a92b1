/**
 * A password written into a Neo4j URI never reaches a message (issue 17, item 10): the library cuts
 * it out of the URI it shows (unreachable servers, malformed URIs), and the CLI refuses such a URI
 * without repeating it. No server is needed: port 1 refuses every connection.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { Neo4jConnection } from './connection.js';
import { NEO4J_CODES, withoutCredentials } from './errors.js';

const SECRET = 'hemligt-lösen';

describe('credentials in a Neo4j URI', () => {
  it('are cut out of the URI as shown, and only they', () => {
    expect(withoutCredentials(`bolt://neo4j:${SECRET}@db.example:7687`)).toBe('bolt://db.example:7687');
    expect(withoutCredentials(`neo4j+s://user@abc.databases.neo4j.io`)).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(withoutCredentials('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
    expect(withoutCredentials('bolt://host:7687/db?x=a@b')).toBe('bolt://host:7687/db?x=a@b');
  });

  it.each([
    [`bolt://neo4j:${SECRET}@127.0.0.1:1`, NEO4J_CODES.unreachable],
    [`ftp://neo4j:${SECRET}@127.0.0.1:1`, NEO4J_CODES.badUri],
  ])('are not in the library error for %s', async (uri, code) => {
    const error = await Neo4jConnection.open({ uri }).then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).toBe(code);
    expect(error?.message).not.toContain(SECRET);
  });

  it('make the CLI refuse the URI with exit 1, without repeating it', () => {
    const bin = fileURLToPath(new URL('../../cli/bin/kedja.js', import.meta.url));
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const result = spawnSync(
      process.execPath,
      [bin, 'push', 'datasets/demo', '--uri', `bolt://neo4j:${SECRET}@127.0.0.1:1`],
      {
        cwd: root,
        env: { ...process.env, KEDJA_SOURCE: '1' },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('NEO4J_USER and NEO4J_PASSWORD');
    expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);
  });
});
