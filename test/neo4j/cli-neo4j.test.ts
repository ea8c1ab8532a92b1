/**
 * The Neo4j commands through the real `kedja` process: push, pull, and blast and rank with
 * `--engine neo4j` print what the in-memory engine prints, also both bounds on graphs with possible
 * dependencies (issue 13); every failure (unreachable server, a
 * port that does not speak Bolt, wrong credentials, no such database, a database without the
 * dataset, a database holding nodes Kedja did not write, an interrupted push) exits 1 with its
 * stable code, no stack trace, and never the password.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { graphToJson } from '@kedja/importer';
import { NEO4J_CODES, type Neo4jConnection } from '@kedja/neo4j';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { kedja, STACK_FRAME, type CliResult } from '../support/cli.js';
import { writeFolder } from '../support/fixtures.js';
import { generateGraph } from '../support/generate-graph.js';
import { cliEnv, connect, neo4jServer } from '../support/neo4j.js';
import { UNCERTAIN } from '../support/uncertain.js';

const server = neo4jServer('the Neo4j commands (test/neo4j/cli-neo4j.test.ts)');
const DATASET = 'cli';

function expectFailure(result: CliResult, code: string, password: string): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`error ${code}:`);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr + result.stdout).not.toContain(password);
}

/** A local port with nothing listening (taken, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!server)('kedja push, pull, blast and rank on a real Neo4j', () => {
  let connection: Neo4jConnection;
  let env: Record<string, string>;
  const neo4j = (...args: string[]) => kedja(args, { env });
  const withTarget = (...args: string[]) => [...args, '--uri', server!.uri, '--dataset', DATASET];

  beforeAll(async () => {
    connection = await connect(server!);
    env = cliEnv(server!);
    const push = await neo4j(...withTarget('push', 'datasets/demo'));
    expect(push.code).toBe(0);
  });
  afterAll(async () => {
    await connection?.close();
  });

  it('push reports what it wrote, without the password, and a second push writes nothing', async () => {
    const result = await neo4j(...withTarget('push', 'datasets/demo'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Pushed datasets/demo to ${server!.uri}, dataset "cli": 15 nodes, 21 edges.\n` +
        'Created 0 nodes and 0 relationships, updated 0 and 0, removed 0 and 0.\n',
    );
    expect(result.stderr).toBe(''); // no progress bar when stderr is not a terminal
    expect(result.stdout).not.toContain(server!.password);

    const json = await neo4j(...withTarget('push', 'datasets/demo', '--json'));
    expect(JSON.parse(json.stdout)).toMatchObject({ dataset: DATASET, nodes: 15, edges: 21, nodesCreated: 0 });
  });

  it('pull writes the same graph JSON as export, and a CSV folder that reads back the same', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-pull-'));
    const pulled = await neo4j(...withTarget('pull', '-o', join(folder, 'pulled.json')));
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain('wrote');
    const exported = await kedja(['export', 'datasets/demo', '--format', 'json', '-o', join(folder, 'exported.json')]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(folder, 'pulled.json'), 'utf8')).toBe(readFileSync(join(folder, 'exported.json'), 'utf8'));

    expect((await neo4j(...withTarget('pull', '-o', join(folder, 'csv')))).code).toBe(0);
    const fromCsv = await kedja(['export', join(folder, 'csv'), '--format', 'json', '-o', '-']);
    expect(fromCsv.stdout).toBe(readFileSync(join(folder, 'exported.json'), 'utf8'));
  });

  it.each([
    ['--supplier', 'sup-dc'],
    ['--supplier', 'sup-hosting', '--json'],
    ['--service', 'svc-journal', '--json'],
    ['--parent', 'edu holding', '--outside-eea'],
    ['--country', 'SE', '--limit', '2'],
  ])('blast %s %s prints the same with --engine neo4j as in memory', async (...scenario) => {
    const memory = await kedja(['blast', 'datasets/demo', ...scenario]);
    const cypher = await neo4j(...withTarget('blast', '--engine', 'neo4j', ...scenario));
    expect(memory.code).toBe(0);
    expect(cypher).toEqual(memory);
  });

  it.each([[], ['--json'], ['--top', '3', '--json']])(
    'rank %s prints the same with --engine neo4j',
    async (...args) => {
      const memory = await kedja(['rank', 'datasets/demo', ...args]);
      const cypher = await neo4j(...withTarget('rank', '--engine', 'neo4j', ...args));
      expect(memory.code).toBe(0);
      expect(cypher).toEqual(memory);
    },
  );

  it('prints the same JSON with both engines on a generated graph of a few thousand edges', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-generated-'));
    const file = join(folder, 'generated.json');
    writeFileSync(
      file,
      graphToJson(
        await generateGraph({ organisations: 600, services: 150, suppliers: 60, usesPerOrganisation: 5, seed: 3 }),
      ),
    );
    expect((await neo4j('push', file, '--uri', server!.uri, '--dataset', 'cli-generated')).code).toBe(0);
    const target = ['--engine', 'neo4j', '--uri', server!.uri, '--dataset', 'cli-generated'];
    const ranking = await kedja(['rank', file, '--json']);
    expect(await neo4j('rank', ...target, '--json')).toEqual(ranking);
    const top = (JSON.parse(ranking.stdout) as { supplier: string }[]).slice(0, 3).map((entry) => entry.supplier);
    for (const scenario of [...top.map((id) => ['--supplier', id]), ['--country', 'SE'], ['--outside-eea']]) {
      const memory = await kedja(['blast', file, ...scenario, '--json']);
      expect(memory.code).toBe(0);
      expect(await neo4j('blast', ...target, ...scenario, '--json')).toEqual(memory);
    }
  });

  describe('with possible dependencies (test/support/uncertain.ts)', () => {
    const folder = writeFolder(UNCERTAIN);
    const target = ['--engine', 'neo4j', '--uri', server?.uri ?? '', '--dataset', 'cli-uncertain'];
    beforeAll(async () => {
      expect((await neo4j('push', folder, '--uri', server!.uri, '--dataset', 'cli-uncertain')).code).toBe(0);
    });

    it.each(
      [
        ['--supplier', 'sup-3', '--json'],
        ['--supplier', 'sup-3'],
        ['--supplier', 'sup-3', '--lang', 'sv'],
        ['--supplier', 'sup-1', '--json'],
        ['--supplier', 'sup-2', '--json'],
        ['--service', 'svc-2', '--json'],
        ['--country', 'SE'],
      ].map((args) => [args.join(' '), args]),
    )('blast %s gives both bounds as in memory', async (_name, scenario) => {
      const memory = await kedja(['blast', folder, ...scenario]);
      expect(memory.code, memory.stderr).toBe(0);
      if (scenario.includes('--json')) expect(JSON.parse(memory.stdout)).toHaveProperty('totalsUpper');
      expect(await neo4j('blast', ...target, ...scenario)).toEqual(memory);
    });

    it.each([['--json'], [], ['--lang', 'sv']].map((args) => [args.join(' '), args]))(
      'rank %s gives both bounds as in memory',
      async (_name, args) => {
        const memory = await kedja(['rank', folder, ...args]);
        expect(memory.code, memory.stderr).toBe(0);
        if (args.includes('--json')) expect(JSON.parse(memory.stdout)[0]).toHaveProperty('upper');
        expect(await neo4j('rank', ...target, ...args)).toEqual(memory);
      },
    );
  });

  it('prints the same bounds with both engines on a generated graph with possible dependencies', async () => {
    const graph = await generateGraph({
      organisations: 400,
      services: 120,
      suppliers: 50,
      usesPerOrganisation: 4,
      seed: 5,
    });
    // Every fifth dependency outside an alternatives group becomes possible.
    let n = 0;
    graph.forEachEdge((edge, attributes) => {
      if (attributes.alternatives === undefined && n++ % 5 === 0) graph.setEdgeAttribute(edge, 'certainty', 'possible');
    });
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-possible-')), 'possible.json');
    writeFileSync(file, graphToJson(graph));
    expect((await neo4j('push', file, '--uri', server!.uri, '--dataset', 'cli-possible')).code).toBe(0);
    const target = ['--engine', 'neo4j', '--uri', server!.uri, '--dataset', 'cli-possible'];
    const ranking = await kedja(['rank', file, '--json']);
    const rows = JSON.parse(ranking.stdout) as {
      supplier: string;
      organisations: number;
      upper: { organisations: number };
    }[];
    expect(rows.some((row) => row.upper.organisations > row.organisations)).toBe(true); // the bounds differ
    expect(await neo4j('rank', ...target, '--json')).toEqual(ranking);
    const top = rows.slice(0, 3).map((row) => row.supplier);
    for (const scenario of [...top.map((id) => ['--supplier', id]), ['--country', 'SE']]) {
      const memory = await kedja(['blast', file, ...scenario, '--json']);
      expect(memory.code).toBe(0);
      expect(await neo4j('blast', ...target, ...scenario, '--json')).toEqual(memory);
    }
  });

  it('says when no server answers, or something that is not Neo4j does', async () => {
    const port = await closedPort();
    expectFailure(
      await neo4j('rank', '--engine', 'neo4j', '--uri', `bolt://127.0.0.1:${port}`),
      NEO4J_CODES.unreachable,
      server!.password,
    );
    const http: Server = createServer((socket) => {
      socket.on('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
      socket.on('error', () => undefined);
    });
    const httpPort = await new Promise<number>((resolve) =>
      http.listen(0, '127.0.0.1', () => resolve((http.address() as { port: number }).port)),
    );
    try {
      expectFailure(
        await neo4j('pull', '--uri', `bolt://127.0.0.1:${httpPort}`, '-o', join(tmpdir(), 'never.json')),
        NEO4J_CODES.unreachable,
        server!.password,
      );
    } finally {
      http.close();
    }
    expectFailure(await neo4j('rank', '--engine', 'neo4j', '--uri', 'http://127.0.0.1:7474'), NEO4J_CODES.badUri, 'x');
  });

  it('says when the credentials are wrong or missing, and never prints them', async () => {
    const wrong = 'Wrong-Password-4711';
    const result = await kedja(['push', 'datasets/demo', '--uri', server!.uri, '--dataset', DATASET], {
      env: { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: wrong },
    });
    expectFailure(result, NEO4J_CODES.auth, wrong);
    const none = await kedja(['rank', '--engine', 'neo4j', '--uri', server!.uri], {
      env: { NEO4J_USER: '', NEO4J_PASSWORD: '' },
    });
    expectFailure(none, NEO4J_CODES.auth, server!.password);
  });

  it('says when the database or the dataset is not there', async () => {
    expectFailure(
      await neo4j(...withTarget('rank', '--engine', 'neo4j', '--database', 'nosuchdb')),
      NEO4J_CODES.noDatabase,
      server!.password,
    );
    const missing = await neo4j(
      'blast',
      '--engine',
      'neo4j',
      '--uri',
      server!.uri,
      '--dataset',
      'nope',
      '--supplier',
      'x',
    );
    expectFailure(missing, NEO4J_CODES.noDataset, server!.password);
    expect(missing.stderr).toContain('"cli"'); // it lists the datasets the database does hold
  });

  it('refuses to push into a database holding Organisation, Service or Supplier nodes it did not write', async () => {
    await connection.write("CREATE (:Service {name: 'someone else', kedjaTest: true})");
    try {
      const result = await neo4j(...withTarget('push', 'datasets/demo'));
      expectFailure(result, NEO4J_CODES.foreignData, server!.password);
      expect(result.stderr).toContain('1 Service');
    } finally {
      await connection.write('MATCH (n:Service {kedjaTest: true}) DELETE n');
    }
  });

  it('refuses to read a dataset whose last push did not finish, until it is pushed again', async () => {
    await connection.write('MATCH (d:KedjaDataset {tag: $tag}) SET d.complete = false', { tag: DATASET });
    expectFailure(
      await neo4j(...withTarget('blast', '--engine', 'neo4j', '--supplier', 'sup-dc')),
      NEO4J_CODES.incomplete,
      server!.password,
    );
    expect((await neo4j(...withTarget('push', 'datasets/demo'))).code).toBe(0);
    expect((await neo4j(...withTarget('rank', '--engine', 'neo4j'))).code).toBe(0);
  });

  it('keeps the engines apart: --uri needs --engine neo4j, which takes no input and no --duration', async () => {
    const uriOnly = await neo4j('rank', 'datasets/demo', '--uri', server!.uri);
    expect(uriOnly.code).toBe(1);
    expect(uriOnly.stderr).toContain('KEDJA_USAGE');
    const both = await neo4j('rank', 'datasets/demo', '--engine', 'neo4j', '--uri', server!.uri);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('leave out datasets/demo');
    const duration = await neo4j(
      ...withTarget('blast', '--engine', 'neo4j', '--supplier', 'sup-dc', '--duration', '48h'),
    );
    expect(duration.code).toBe(1);
    expect(duration.stderr).toContain('--duration');
    const noUri = await kedja(['rank', '--engine', 'neo4j'], { env: { NEO4J_URI: '' } });
    expect(noUri.code).toBe(1);
    expect(noUri.stderr).toContain('--uri');
  });
});
