#!/usr/bin/env node
// The `kedja` command runs the compiled JavaScript in dist/: shipped in the published package, and
// built in the repository by `pnpm install` (and `pnpm build`): dist/kedja.cjs, the whole CLI in
// one file with V8's code cache (bundle.cjs), or the modules of dist/ (dist/bin.js) when there is no
// bundle or it is older than a source file (a package was rebuilt on its own). In the repository it
// runs the TypeScript sources instead (tsx, with the `source` export condition so that @kedja/*
// packages resolve to their sources) when KEDJA_SOURCE=1, when dist/ is not built, or when a source
// file is newer than the build, so that a changed source is never silently ignored.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/bin.js', import.meta.url);
const bundle = new URL('../dist/kedja.cjs', import.meta.url);
const source = new URL('../src/bin.ts', import.meta.url);

/** The newest modification time of the TypeScript sources of the packages the CLI runs. */
function newestSource() {
  let newest = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  for (const name of ['core', 'importer', 'neo4j', 'cli']) {
    const folder = fileURLToPath(new URL(`../../${name}/src`, import.meta.url));
    if (existsSync(folder)) walk(folder);
  }
  return newest;
}

/** How to run: 'source' (tsx), 'bundle' (dist/kedja.cjs) or 'modules' (dist/bin.js). */
function howToRun() {
  const bundled = existsSync(bundle);
  if (!existsSync(source)) return bundled ? 'bundle' : 'modules';
  if (process.env.KEDJA_SOURCE === '1' || !existsSync(compiled)) return 'source';
  const newest = newestSource();
  if (newest > statSync(compiled).mtimeMs) {
    process.stderr.write('kedja: sources changed since the last build; running them (pnpm build runs faster)\n');
    return 'source';
  }
  return bundled && statSync(bundle).mtimeMs >= newest ? 'bundle' : 'modules';
}

/**
 * A binary graph named on the command line whose files are hashed on a thread: @kedja/importer's
 * hash-thread.cjs starts the thread now, while the CLI loads (which takes about as long as
 * starting it), and the reader takes it when it needs it (file-hash.ts).
 */
function startHashThread() {
  // Most commands name no binary graph: they look for kedja.json and nothing more.
  const args = process.argv.slice(2);
  if (!args.some((arg) => !arg.startsWith('-') && existsSync(`${arg}/kedja.json`))) return;
  try {
    createRequire(import.meta.url)('@kedja/importer/hash-thread').startEarly(args);
  } catch {
    // No thread started early: the reader starts one when it needs it.
  }
}

startHashThread();
const how = howToRun();
if (how === 'source') {
  const addSourceCondition =
    'export async function resolve(specifier, context, next) {' +
    ' return next(specifier, { ...context, conditions: [...context.conditions, "source"] }); }';
  register(`data:text/javascript,${encodeURIComponent(addSourceCondition)}`, import.meta.url);
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  await import(source.href);
} else if (how === 'bundle') {
  const { loadBundle } = createRequire(import.meta.url)('./bundle.cjs');
  process.exitCode = await loadBundle(fileURLToPath(bundle)).exports.runProcess(process.argv.slice(2));
} else {
  await import(compiled.href);
}
