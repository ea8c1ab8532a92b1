/**
 * vitest global setup of the Neo4j integration tests (the "neo4j" project in vitest.config.ts):
 * builds and starts the embedded Neo4j of tools/neo4j on a free port with a fresh random password,
 * hands its URI and credentials to the tests (`inject('neo4j')`), and stops it after the run,
 * whatever happened (the launcher also watches this process and stops when it ends).
 *
 * KEDJA_SKIP_NEO4J=1 skips the server, and every test that needs it says so loudly.
 * KEDJA_NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) runs the tests against a server of your own.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import type { TestProject } from 'vitest/node';

import type { Neo4jServer } from './neo4j.js';

const run = promisify(execFile);
const TOOLS = fileURLToPath(new URL('../../tools/neo4j/', import.meta.url));

export const SKIP_BANNER = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!!  KEDJA_SKIP_NEO4J is set: the Neo4j integration tests are SKIPPED, not passed.     !!',
  '!!  Push, pull and the Cypher engine are untested in this run. Unset it to run them.  !!',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');

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

declare module 'vitest' {
  interface ProvidedContext {
    neo4j: Neo4jServer | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.KEDJA_SKIP_NEO4J) {
    console.warn(SKIP_BANNER);
    project.provide('neo4j', null);
    return undefined;
  }
  if (process.env.KEDJA_NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.KEDJA_NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      own: false,
    });
    return undefined;
  }

  const port = await freePort();
  const password = `kedja-test-${randomBytes(9).toString('base64url')}`;
  const started = Date.now();
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await run(`${TOOLS}start`, ['--port', String(port), '--watch-pid', String(process.pid)], {
      env: { ...process.env, NEO4J_PASSWORD: password },
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch (error) {
    const { stderr = '', stdout: out = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`tools/neo4j/start failed; the Neo4j integration tests cannot run:\n${out}${stderr}`, {
      cause: error,
    });
  }
  process.stdout.write(stderr); // what start did: built or not (and how long), pid, data directory
  const uri = stdout.trim().split('\n').pop()!;
  console.log(`Neo4j for the integration tests: ${uri} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('neo4j', { uri, user: 'neo4j', password, own: true });

  return async () => {
    await run(`${TOOLS}stop`, ['--port', String(port)]).catch((error: unknown) => {
      console.error(`tools/neo4j/stop failed: ${(error as Error).message}`);
    });
  };
}
