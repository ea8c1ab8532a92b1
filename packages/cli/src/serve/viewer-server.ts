/**
 * The read-only HTTP server behind `kedja serve`: the built viewer and the graph as JSON, nothing
 * else. Every file it may send is listed when it starts (an allow-list of the build's files, keyed
 * by URL path), so no request path, however encoded (`/../`, `%2e%2e`, `%2f`, backslashes,
 * absolute paths), can reach a file outside it: a path is looked up, never joined onto a folder.
 * Symbolic links in the build are not followed (nor listed), so none can point out of it. Only GET
 * and HEAD are answered, and only to a `Host` the server is known by (the address it listens on;
 * for a loopback address also localhost), so that a page on another domain re-pointed at this
 * address (DNS rebinding) cannot read the graph. O(files in the build) to start, O(1) per request.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { hostname as machineName } from 'node:os';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Sent with every answer: no framing, no sniffing, no referrer, and scripts only from this origin. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // vega compiles chart expressions with Function(), hence 'unsafe-eval'; ForceAtlas2 runs in a blob: worker.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
};

export interface ServedDocument {
  body: Buffer;
  type: string;
}

export interface ViewerServerOptions {
  /** The built viewer (index.html and assets/). */
  root: string;
  /** Extra documents by URL path, such as `/api/graph.json`. */
  documents: Record<string, ServedDocument>;
  /** The address the server listens on (127.0.0.1 by default): it decides the Host values answered. */
  host?: string;
}

const LOOPBACK_NAMES = ['127.0.0.1', '::1', 'localhost'];
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '']);

/**
 * The `Host` names (without port) a server listening on `listen` answers to: that address; every
 * loopback name for a loopback address; for all interfaces, any IP address, localhost and this
 * machine's name. A domain name it was not given is refused: that is what DNS rebinding sends.
 */
export function hostAllowed(listen: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  const bound = listen.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (name === bound) return true;
  if (LOOPBACK_NAMES.includes(bound)) return LOOPBACK_NAMES.includes(name);
  if (ALL_INTERFACES.has(bound))
    return isIP(name) !== 0 || name === 'localhost' || name === machineName().toLowerCase();
  return false;
}

/** Every file under `root`, by URL path (`/assets/index.js`), read once. */
export function listStaticFiles(root: string): Map<string, ServedDocument> {
  const files = new Map<string, ServedDocument>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const entry = lstatSync(path);
      if (entry.isSymbolicLink()) continue; // never followed: it could point out of the build
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        files.set(`/${relative(root, path).split(sep).join('/')}`, {
          body: readFileSync(path),
          type: TYPES[extname(name)] ?? 'application/octet-stream',
        });
    }
  };
  walk(root);
  return files;
}

/** The URL path of a request target without query or fragment, or null when it is not a plain path. */
export function requestPath(target: string | undefined): string | null {
  if (target === undefined || !target.startsWith('/')) return null;
  const path = target.split(/[?#]/, 1)[0]!;
  return path === '/' ? '/index.html' : path;
}

export function createViewerServer(options: ViewerServerOptions): Server {
  const files = listStaticFiles(options.root);
  for (const [path, document] of Object.entries(options.documents)) files.set(path, document);

  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, document: ServedDocument, extra: Record<string, string> = {}) => {
      response.writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': document.type,
        'Content-Length': String(document.body.length),
        'Cache-Control': 'no-store',
        ...extra,
      });
      response.end(request.method === 'HEAD' ? undefined : document.body);
    };
    const text = (message: string): ServedDocument => ({
      body: Buffer.from(`${message}\n`),
      type: 'text/plain; charset=utf-8',
    });

    const listen = options.host ?? '127.0.0.1';
    if (!hostAllowed(listen, request.headers.host)) {
      const shown = listen.includes(':') ? `[${listen}]` : listen;
      send(421, text(`421 misdirected request: this server answers to http://${shown}/ only`));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, text('405 method not allowed: this server is read-only'), { Allow: 'GET, HEAD' });
      return;
    }
    const path = requestPath(request.url);
    const document = path === null ? undefined : files.get(path);
    if (document === undefined) {
      send(404, text('404 not found'));
      return;
    }
    send(200, document);
  });
}
