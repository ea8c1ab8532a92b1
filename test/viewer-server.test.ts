/**
 * `kedja serve` over HTTP, without a browser: it answers on 127.0.0.1, serves the page and the
 * graph, is read-only, and no request path (dot segments, percent-encoded dots and slashes,
 * backslashes, absolute paths) reaches a file outside the built viewer, and a Host it is not known
 * by (DNS rebinding) gets 421. Requests are written raw on
 * a socket so that no client normalises the path first.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureViewerBuilt, viewerFingerprint } from '@kedja/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';
import { startServer, type RunningServer } from './support/serve.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(['serve', 'datasets/demo']);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** Sends one raw HTTP/1.1 request and returns the status code and body. */
function raw(
  method: string,
  target: string,
  host: string | null = new URL(server.url).host,
): Promise<{ status: number; headers: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const hostLine = host === null ? '' : `Host: ${host}\r\n`;
      socket.write(`${method} ${target} HTTP/1.1\r\n${hostLine}Connection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    socket.on('error', reject);
  });
}

describe('kedja serve', () => {
  it('listens on 127.0.0.1 and serves the page with security headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="app"');
    expect(page.headers).toMatch(/Content-Security-Policy: default-src 'self'/);
    expect(page.headers).toMatch(/X-Content-Type-Options: nosniff/);
  });

  it('serves the graph as the same JSON as kedja export', async () => {
    const response = await fetch(`${server.url}api/graph.json`);
    expect(response.headers.get('content-type')).toContain('application/json');
    const served = (await response.json()) as { nodes: unknown[]; edges: unknown[] };
    const out = join(mkdtempSync(join(tmpdir(), 'kedja-serve-')), 'demo.json');
    const result = await kedja(['export', 'datasets/demo', '--format', 'json', '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(served).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('is read-only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await raw(method, '/api/graph.json');
      expect(response.status, method).toBe(405);
    }
  });

  it.each([
    '/../package.json',
    '/../../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/..%2F..%2Fpackage.json',
    '/%2e%2e%2f%2e%2e%2fpnpm-workspace.yaml',
    '/..\\package.json',
    '/..%5cpackage.json',
    '//etc/passwd',
    '/etc/passwd',
    '/%2fetc%2fpasswd',
    'http://127.0.0.1/../package.json',
    '/vite.config.ts',
    '/src/main.ts',
    '/.kedja-build',
    '/index.html%00.json',
  ])('answers 404 to %s', async (target) => {
    const response = await raw('GET', target);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('"name"');
    expect(response.body).not.toContain('root:');
  });

  it.each(['evil.example', 'evil.example:5180', 'attacker.test', '127.0.0.1.evil.example'])(
    'answers 421, without the graph, to a request for Host %s (DNS rebinding)',
    async (host) => {
      for (const target of ['/', '/api/graph.json']) {
        const response = await raw('GET', target, host);
        expect(response.status).toBe(421);
        expect(response.body).toContain('answers to http://127.0.0.1/ only');
        expect(response.body).not.toContain('"nodes"');
      }
    },
  );

  it('answers the names of the address it listens on, and refuses a request without Host', async () => {
    const { port } = new URL(server.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, '127.0.0.1']) {
      expect((await raw('GET', '/api/graph.json', host)).status, host).toBe(200);
    }
    // Without Host, Node's HTTP/1.1 parser refuses first (400); either way, no graph.
    const bare = await raw('GET', '/api/graph.json', null);
    expect([400, 421]).toContain(bare.status);
    expect(bare.body).not.toContain('"nodes"');
  });

  it('builds the viewer once: a current build is reused, keyed by the fingerprint of its sources', async () => {
    const first = await ensureViewerBuilt();
    const [again, concurrent] = await Promise.all([ensureViewerBuilt(), ensureViewerBuilt()]);
    expect([again.built, concurrent.built]).toEqual([false, false]);
    expect(again.dir).toBe(first.dir);
    expect(readFileSync(join(first.dir, '.kedja-build'), 'utf8')).toBe(viewerFingerprint());
    expect(readFileSync(join(first.dir, 'index.html'), 'utf8')).toContain('<div id="app"');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const other = await startServer(['serve', 'datasets/demo']);
    expect(await other.stop()).toBe(0);
  }, 120_000);
});
