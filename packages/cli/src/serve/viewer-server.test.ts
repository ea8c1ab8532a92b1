/**
 * The viewer server's own rules, without the CLI: which Host values an address answers to (DNS
 * rebinding), and that no symbolic link in the build is followed (issue 17, defect 9).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createViewerServer, hostAllowed } from './viewer-server.js';

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('viewer server', () => {
  it('knows which Host values each listening address answers', () => {
    expect(hostAllowed('127.0.0.1', '[::1]:80')).toBe(true);
    expect(hostAllowed('::1', 'localhost')).toBe(true);
    expect(hostAllowed('192.168.1.20', '192.168.1.20:5180')).toBe(true);
    expect(hostAllowed('192.168.1.20', 'localhost:5180')).toBe(false);
    expect(hostAllowed('0.0.0.0', '10.0.0.7:5180')).toBe(true);
    expect(hostAllowed('0.0.0.0', 'evil.example:5180')).toBe(false);
    expect(hostAllowed('planning.example', 'planning.example:5180')).toBe(true);
    expect(hostAllowed('127.0.0.1', undefined)).toBe(false);
  });

  it('follows no symbolic link in the build, so none reaches a file outside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'kedja-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0 secret\n');
    const root = mkdtempSync(join(tmpdir(), 'kedja-build-'));
    writeFileSync(join(root, 'index.html'), '<div id="app"></div>');
    mkdirSync(join(root, 'assets'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'assets', 'secret.txt'));
    symlinkSync(outside, join(root, 'linked'));
    const viewer = createViewerServer({ root, documents: {} });
    viewer.listen(0, '127.0.0.1');
    await new Promise((resolve) => viewer.once('listening', resolve));
    const { port } = viewer.address() as AddressInfo;
    try {
      expect((await get(port, '/')).status).toBe(200);
      for (const target of ['/assets/secret.txt', '/linked/secret.txt']) {
        const response = await get(port, target);
        expect(response.status, target).toBe(404);
        expect(response.body).not.toContain('secret');
      }
    } finally {
      viewer.close();
    }
  });
});
