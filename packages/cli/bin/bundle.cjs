'use strict';
// Runs dist/kedja.cjs, the whole CLI (with core, importer and neo4j) in one CommonJS file that
// scripts/bundle-cli.mjs writes at build time, compiled with the V8 code cache written beside it.
// Node 20 has no compile cache for ES modules, and compiling and evaluating the ~150 modules of the
// CLI is about a third of a command on a binary graph; with the cache V8 skips parsing and
// compiling every function the training run used. The cache is named after a hash of the bundle
// (its first line), so it never meets another bundle; V8 itself refuses a cache written by
// another Node, V8 or flag set, and then the bundle is compiled as usual: slower, never wrong.
const { isAscii } = require('node:buffer');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE_ID = /^\/\/ kedja-bundle ([0-9a-f]{16})\n/;

/** The cache file of the bundle `file`, or undefined if its first line names no build. */
function cacheFileOf(file, source) {
  const id = BUNDLE_ID.exec(source)?.[1];
  return id === undefined ? undefined : join(dirname(file), `kedja-${id}.cache`);
}

/**
 * Compiles and evaluates the bundle `file` (with its code cache when `useCache` and the cache
 * exists) and returns its exports and the compiled script (for `script.createCachedData()`).
 */
function loadBundle(file, useCache = true) {
  // The build keeps the bundle ASCII (scripts/bundle-cli.mjs): read as Latin-1, the same text is
  // made without decoding UTF-8; a bundle edited since is decoded as UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = cacheFileOf(file, source);
  let cachedData;
  if (useCache && cacheFile !== undefined) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache: compiled as usual.
    }
  }
  // A script compiled from a code cache loses its dynamic import callback (Node 20), so the bundle
  // imports through this function (the bundle's packages resolve from here as from dist/).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __kedjaImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  const kedjaImport = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), kedjaImport);
  return { exports: module.exports, script, cacheFile };
}

module.exports = { loadBundle };
