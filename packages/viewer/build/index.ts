/**
 * Building the viewer for `kedja serve`: the page is built with Vite on first use and again only
 * when its inputs change (the viewer's and core's sources, the lockfile), judged by a SHA-256
 * fingerprint stored beside the output. A fresh clone therefore needs no build step: the first
 * `kedja serve` or `kedja demo` builds it (about two seconds here) and later runs reuse it.
 * Node-only; the page itself lives in src/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const VIEWER = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(VIEWER, '../..');
const STAMP = '.kedja-build';

/** Where the built page lives (index.html and assets/). */
export const VIEWER_DIST = join(VIEWER, 'dist');

/** Files whose content decides the build: every file under these paths, in sorted order. */
const INPUTS = [
  join(VIEWER, 'src'),
  join(VIEWER, 'public'),
  join(VIEWER, 'index.html'),
  join(VIEWER, 'vite.config.ts'),
  join(VIEWER, 'package.json'),
  join(ROOT, 'packages/core/src'),
  join(ROOT, 'pnpm-lock.yaml'),
];

function listFiles(path: string, out: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith('.test.ts') || name === 'node_modules') continue;
      listFiles(join(path, name), out);
    }
  } else {
    out.push(path);
  }
}

/** SHA-256 over the paths and contents of every input file. O(size of the inputs). */
export function viewerFingerprint(): string {
  const files: string[] = [];
  for (const input of INPUTS) listFiles(input, files);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(ROOT, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export interface BuildOutcome {
  dir: string;
  /** True when this call ran Vite; false when the existing build was current. */
  built: boolean;
  milliseconds: number;
}

/**
 * Returns the directory of a current build, running `vite build` first when the sources changed.
 * Builds into a temporary folder and renames it into place under a lock folder (mkdir is atomic),
 * so that concurrent callers build once and a reader never sees half a build.
 */
export async function ensureViewerBuilt(options: { force?: boolean } = {}): Promise<BuildOutcome> {
  const started = performance.now();
  const fingerprint = viewerFingerprint();
  const stamp = join(VIEWER_DIST, STAMP);
  const current = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
  if (!options.force && current()) return { dir: VIEWER_DIST, built: false, milliseconds: performance.now() - started };

  // One builder at a time (tests start several servers at once): the others wait, then find it built.
  await acquireLock();
  try {
    if (!options.force && current())
      return { dir: VIEWER_DIST, built: false, milliseconds: performance.now() - started };
    await buildInto(fingerprint, stamp);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return { dir: VIEWER_DIST, built: true, milliseconds: performance.now() - started };
}

const LOCK = join(VIEWER, '.build-lock');
/** A lock older than this is taken to be left by a process that died. */
const STALE_LOCK_MS = 120_000;

async function acquireLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function buildInto(fingerprint: string, stamp: string): Promise<void> {
  const { build } = await import('vite');
  const outDir = join(dirname(VIEWER_DIST), `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({
      configFile: join(VIEWER, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
      logLevel: 'error',
    });
    writeFileSync(join(outDir, STAMP), fingerprint);
    rmSync(VIEWER_DIST, { recursive: true, force: true });
    try {
      renameSync(outDir, VIEWER_DIST);
    } catch (error) {
      // Another process built the same sources at the same moment: its build is as good.
      if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== fingerprint) throw error;
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
