'use strict';
// The training run of scripts/bundle-cli.mjs: loads the bundle without a cache, runs the commands
// whose start matters most on the demo dataset (output discarded by the caller; a failure fails the
// build), and writes the code cache with every function they compiled. Short commands are where the
// start is most of the wait: --version, and rank and blast on a binary graph or a CSV folder. Other
// commands compile what they need as they run; a larger cache would slow every start (V8 reads all of
// it: 2.6 MB trained on every command against 1.2 MB, 10 ms more for --version).
// Usage: node train-bundle.cjs <bundle> <work folder>
const { execFileSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle } = require('../bin/bundle.cjs');

const [bundle, work] = process.argv.slice(2);
const demo = join(__dirname, '../dist/datasets/demo');
const graph = join(work, 'demo.arrow');
// The binary graph is written by the modules of dist/, so that import's functions stay out of the cache.
execFileSync(process.execPath, [join(__dirname, '../dist/bin.js'), 'import', demo, '-o', graph], { stdio: 'ignore' });
const commands = [
  ['--version'],
  ['rank', graph, '--json'],
  ['blast', graph, '--supplier', 'sup-office', '--json'],
  ['rank', demo, '--json'],
  ['blast', demo, '--supplier', 'sup-office'],
];

async function train() {
  const { exports, script, cacheFile } = loadBundle(bundle, false);
  for (const args of commands) {
    const code = await exports.runProcess(args);
    if (code !== 0) throw new Error(`kedja ${args.join(' ')} exited ${code} in the training run`);
  }
  writeFileSync(cacheFile, script.createCachedData());
}

train().catch((error) => {
  process.stderr.write(`train-bundle: ${error.message}\n`);
  process.exitCode = 1;
});
