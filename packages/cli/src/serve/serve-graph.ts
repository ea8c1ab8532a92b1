/**
 * Serving one graph in the viewer until the process is interrupted: finds the viewer's page (the
 * one built into the published package, or in the repository one built from the viewer's sources
 * when they changed: Vite, about two seconds), loads the graph, listens on 127.0.0.1 unless told
 * otherwise, prints the address and waits for SIGINT or SIGTERM. Shared by `kedja serve` and
 * `kedja demo`.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Lang } from '@kedja/core/i18n';
import { graphToJson } from '@kedja/importer';

import { UsageError } from '../errors.js';
import { loadInput } from '../options/index.js';
import type { Io } from '../output/io.js';
import { createViewerServer } from './viewer-server.js';

export const DEFAULT_PORT = 5180;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Shown in the page's title; the input's folder or file name unless given. */
  title?: string;
  /** The page's language; unless given, the reader's browser decides (`?lang=` and the page's switch choose too). */
  lang?: Lang;
}

/** The page @kedja/cli ships (dist/viewer, made by scripts/bundle-assets.mjs); absent when run from the sources. */
const SHIPPED_VIEWER = fileURLToPath(new URL('../viewer/', import.meta.url));

interface ViewerBuilder {
  ensureViewerBuilt(): Promise<{ dir: string; built: boolean; milliseconds: number }>;
}

/** The folder of the viewer's page: the shipped one, or in the repository a current build of its sources. */
async function viewerPage(io: Io): Promise<string> {
  if (existsSync(join(SHIPPED_VIEWER, 'index.html'))) return SHIPPED_VIEWER;
  // A development dependency, present only in the repository: named in a variable so that the
  // published build neither compiles nor imports the viewer's sources.
  const viewerPackage = '@kedja/viewer';
  const { ensureViewerBuilt } = (await import(viewerPackage)) as ViewerBuilder;
  const viewer = await ensureViewerBuilt();
  if (viewer.built) io.stderr(`kedja: built the viewer in ${(viewer.milliseconds / 1000).toFixed(1)} s\n`);
  return viewer.dir;
}

export async function serveGraph(input: string, options: ServeOptions, io: Io): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  const graph = await loadInput(input, io);
  const root = await viewerPage(io);

  const json = (value: string) => ({ body: Buffer.from(value), type: 'application/json; charset=utf-8' });
  const dataset = {
    name: options.title ?? graph.getAttribute('name') ?? basename(resolve(input)),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  const server = createViewerServer({
    root,
    host,
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
