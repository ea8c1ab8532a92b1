#!/usr/bin/env node
// The CLI as one CommonJS file with a V8 code cache (run by `pnpm build` after tsc and the assets),
// so that a command starts without resolving, parsing and compiling ~150 ES modules (bin/bundle.cjs
// runs it). esbuild bundles dist/process.js with @kedja/core, importer and neo4j and their small
// dependencies (apache-arrow's single file too); the large ones a command loads only when it needs
// them stay outside and are loaded from the package that depends on them, as the modules in dist/
// load them. Every `import.meta.url` becomes the URL of the module's own file in dist/, so worker
// scripts, the shipped viewer and datasets, and createRequire resolve as they do from dist/. A
// training run of a few commands on the demo dataset then writes the code cache with every
// function those commands compiled.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(CLI, 'dist');
const BUNDLE = join(DIST, 'kedja.cjs');

/** Packages loaded through require() from the package that depends on them (CommonJS, large). */
const REQUIRED_OUTSIDE = new Set(['neo4j-driver', 'exceljs', 'yauzl']);
/**
 * A dynamic import() of anything esbuild does not bundle: vega and vega-lite (ES modules with
 * top-level await, which require() cannot load) and the viewer's sources (named in a variable).
 * It becomes `__kedjaImport(…)`, which bin/bundle.cjs passes in: V8 loses a script's dynamic
 * import callback when it comes from a code cache (Node 20), so the bundle itself must not import().
 */
// What an import() may name and stay as it is: relative paths, Kedja's packages, REQUIRED_OUTSIDE.
const bundled = ['\\.', '@kedja/(?:core|importer|neo4j)\\b', ...[...REQUIRED_OUTSIDE].map((name) => `${name}['"]`)];
const OUTSIDE_IMPORT = new RegExp(`(?<![\\w$.])import\\((?!\\s*['"](?:${bundled.join('|')}))`, 'g');

const ownDist = (path) => /[\\/]packages[\\/](cli|core|importer|neo4j)[\\/]dist[\\/]/.test(path);
const fromDist = (path) => relative(DIST, path).split(sep).join('/');
const packageOf = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** import.meta.url per module, and the outside packages loaded from their own dependants. */
const kedjaModules = {
  name: 'kedja-modules',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (!REQUIRED_OUTSIDE.has(packageOf(args.path))) return undefined;
      const from = fromDist(join(args.resolveDir, 'index.js'));
      return { path: `${from}:${args.path}`, namespace: 'kedja-outside', pluginData: { from, specifier: args.path } };
    });
    build.onLoad({ filter: /.*/, namespace: 'kedja-outside' }, ({ pluginData: { from, specifier } }) => ({
      contents: `module.exports = __kedjaRequire(${JSON.stringify(from)})(${JSON.stringify(specifier)});`,
      loader: 'js',
    }));
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!ownDist(args.path)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const url = `__kedjaFileUrl(${JSON.stringify(fromDist(args.path))})`;
      const contents = source
        // A CommonJS package loaded by name (apache-arrow's single file, cli-progress) is bundled,
        // so that its functions join the code cache.
        .replace(/createRequire\(import\.meta\.url\)\(('[^']+')\)/g, 'require($1)')
        .replaceAll('import.meta.url', url)
        .replace(OUTSIDE_IMPORT, '__kedjaImport(');
      return contents === source ? undefined : { contents, loader: 'js' };
    });
  },
};

const banner = [
  "const __kedjaPath = require('node:path');",
  '/** The file URL of a module of dist/ (or of a sibling package), given relative to this bundle. */',
  "const __kedjaFileUrl = (file) => require('node:url').pathToFileURL(__kedjaPath.join(__dirname, file)).href;",
  '/** require() as from a module of dist/ (or of a sibling package), given relative to this bundle. */',
  "const __kedjaRequire = (file) => require('node:module').createRequire(__kedjaPath.join(__dirname, file));",
].join('\n');

const result = await build({
  stdin: { contents: "export { runProcess } from './dist/process.js';", resolveDir: CLI, sourcefile: 'kedja-entry.js' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // ES module builds first: jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  write: false,
  outfile: BUNDLE,
  banner: { js: banner },
  legalComments: 'eof',
  // ASCII only, with no comments and no indentation: V8 reads the whole source at every start and
  // hashes it to check the code cache, and one character outside ASCII makes it two-byte text.
  charset: 'ascii',
  minifyWhitespace: true,
  logLevel: 'warning',
  plugins: [kedjaModules],
});
const code = result.outputFiles[0].text;
const wide = /\P{ASCII}/u.exec(code);
if (wide !== null) {
  const around = code.slice(Math.max(0, wide.index - 60), wide.index + 20);
  process.stderr.write(
    `bundle-cli: the bundle holds a character outside ASCII (escape it in the source): …${around}…\n`,
  );
  process.exit(1);
}
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
for (const old of readdirSync(DIST)) if (/^kedja-[0-9a-f]{16}\.cache$/.test(old)) unlinkSync(join(DIST, old));
writeFileSync(BUNDLE, `// kedja-bundle ${id}\n${code}`);

// The training run, in a process of its own: commands whose functions the cache should hold. What
// they print is shown only if the run fails.
const work = mkdtempSync(join(tmpdir(), 'kedja-train-'));
try {
  execFileSync(process.execPath, [fileURLToPath(new URL('train-bundle.cjs', import.meta.url)), BUNDLE, work], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
} catch (error) {
  process.stderr.write(error.stderr ?? '');
  process.stderr.write(`bundle-cli: the training run of ${BUNDLE} failed\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
