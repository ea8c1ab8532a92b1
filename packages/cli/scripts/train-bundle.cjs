'use strict';
// The training run of scripts/bundle-cli.mjs: loads the bundle without a cache, runs a few commands
// on the demo dataset (output discarded by the caller; a failure fails the build), and writes the
// code cache with every function they compiled. Usage: node train-bundle.cjs <bundle> <work folder>
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle } = require('../bin/bundle.cjs');

const [bundle, work] = process.argv.slice(2);
const demo = join(__dirname, '../dist/datasets/demo');
const graph = join(work, 'demo.arrow');
const commands = [
  ['--version'],
  ['--help'],
  ['validate', demo],
  ['import', demo, '-o', graph],
  ['rank', graph, '--json'],
  ['rank', demo, '--json'],
  ['blast', graph, '--supplier', 'sup-office', '--json'],
  ['metrics', demo, '--json'],
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
