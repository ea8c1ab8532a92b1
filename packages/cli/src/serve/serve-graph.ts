/**
 * Serving one graph in the viewer until the process is interrupted: builds the viewer when its
 * sources changed (Vite, about two seconds), loads the graph, listens on 127.0.0.1 unless told
 * otherwise, prints the address and waits for SIGINT or SIGTERM. Shared by `kedja serve` and
 * `kedja demo`.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';

import { graphToJson } from '@kedja/importer';
import { ensureViewerBuilt } from '@kedja/viewer';

import { UsageError } from '../errors.js';
import { loadInput } from '../load-input.js';
import type { Io } from '../output/io.js';
import { createViewerServer } from './viewer-server.js';

export const DEFAULT_PORT = 5180;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Shown in the page's title; the input's folder or file name unless given. */
  title?: string;
}

export async function serveGraph(input: string, options: ServeOptions, io: Io): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  const graph = await loadInput(input, io);
  const viewer = await ensureViewerBuilt();
  if (viewer.built) io.stderr(`kedja: built the viewer in ${(viewer.milliseconds / 1000).toFixed(1)} s\n`);

  const json = (value: string) => ({ body: Buffer.from(value), type: 'application/json; charset=utf-8' });
  const dataset = { name: options.title ?? graph.getAttribute('name') ?? basename(resolve(input)) };
  const server = createViewerServer({
    root: viewer.dir,
    documents: {
      '/api/graph.json': json(graphToJson(graph)),
      '/api/dataset.json': json(`${JSON.stringify(dataset)}\n`),
    },
  });
  // Signals are caught before the address is printed: whoever reads it may stop the server at once.
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => done());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  server.listen(options.port ?? DEFAULT_PORT, host);
  try {
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => {
        throw error;
      }),
    ]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'EADDRINUSE'
        ? `port ${options.port ?? DEFAULT_PORT} on ${host} is in use; choose another with --port (0 picks a free one)`
        : `cannot listen on ${host}: ${(error as Error).message}`,
    );
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  io.stdout(`Kedja viewer: ${dataset.name} at http://${shownHost}:${port}/\n`);
  if (!LOOPBACK.has(host)) {
    io.stderr(`kedja: listening on ${host}: anyone who can reach this address can read the graph\n`);
  }
  io.stdout('Read-only. Press Ctrl+C to stop.\n');

  await stopped;
}
