/**
 * A private copy of the compiled CLI, so that one run measures one build: on this shared machine
 * other engineers' `pnpm build` empties and refills packages/{core,importer,neo4j,cli}/dist several
 * times an hour. The copy holds each package's package.json and what it publishes (its "files"), and a
 * node_modules whose @kedja/* point at the copied packages and whose other entries point at the
 * repository's installed dependencies; its bin/kedja.js runs as the published `kedja` does (no
 * sources beside it: the one-file bundle with its code cache). It is taken once dist/ has been
 * still for STILL_MS, and taken again if dist/ changed while it was copied. O(size of dist/).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';

const PACKAGES = ['core', 'importer', 'neo4j', 'cli'] as const;
/** dist/ must not have changed for this long before it is copied. */
const STILL_MS = 20_000;
const ATTEMPTS = 20;

/** The newest modification time and the number of files under the packages' dist/ folders. */
export function distState(root: string): { newest: number; files: number } {
  let newest = 0;
  let files = 0;
  for (const pkg of PACKAGES) {
    const dist = join(root, 'packages', pkg, 'dist');
    if (!existsSync(dist)) return { newest: Date.now(), files: -1 };
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      const stats = statSync(join(dist, file), { throwIfNoEntry: false });
      if (!stats) return { newest: Date.now(), files: -1 };
      newest = Math.max(newest, stats.mtimeMs);
      files++;
    }
  }
  return { newest, files };
}

function copy(root: string, into: string): void {
  rmSync(into, { recursive: true, force: true });
  for (const pkg of PACKAGES) {
    const from = join(root, 'packages', pkg);
    const to = join(into, 'packages', pkg);
    mkdirSync(join(to, 'node_modules', '@kedja'), { recursive: true });
    cpSync(join(from, 'package.json'), join(to, 'package.json'));
    // What the package publishes (its "files": dist/, the CLI's bin/, the importer's hash thread).
    const { files } = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { files: string[] };
    for (const file of files)
      if (existsSync(join(from, file))) cpSync(join(from, file), join(to, file), { recursive: true });
    for (const entry of readdirSync(join(from, 'node_modules'))) {
      if (entry.startsWith('.')) continue;
      if (entry === '@kedja') {
        for (const name of readdirSync(join(from, 'node_modules', '@kedja'))) {
          if ((PACKAGES as readonly string[]).includes(name)) {
            symlinkSync(join(into, 'packages', name), join(to, 'node_modules', '@kedja', name), 'dir');
          }
        }
      } else {
        symlinkSync(realpathSync(join(from, 'node_modules', entry)), join(to, 'node_modules', entry), 'dir');
      }
    }
  }
}

/**
 * Copies the compiled CLI into `into` once dist/ is still and complete; returns the copy's bin/kedja.js
 * and when the copied build was made, or null when dist/ never settled.
 */
export async function copyCompiledCli(
  root: string,
  into: string,
  log: (line: string) => void,
): Promise<{ bin: string; built: Date } | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = distState(root);
    const still = Date.now() - before.newest;
    if (before.files > 0 && still >= STILL_MS) {
      copy(root, into);
      const after = distState(root);
      if (after.newest === before.newest && after.files === before.files) {
        return { bin: join(into, 'packages/cli/bin/kedja.js'), built: new Date(before.newest) };
      }
    }
    log(`the compiled CLI is being rebuilt; waiting for dist/ to settle before copying it ...`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(STILL_MS - Math.max(still, 0), 5_000)));
  }
  return null;
}
