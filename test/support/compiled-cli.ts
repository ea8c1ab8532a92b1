/**
 * Checks of the compiled CLI as users run it, declared by test/packages.test.ts after its build (a
 * file of their own would race with that build, which empties dist/): bin/kedja.js runs
 * dist/kedja.cjs, the whole CLI in one file (packages/cli/scripts/bundle-cli.mjs), compiled with the V8 code cache the build wrote. Bundling
 * must change nothing: each command here answers through the bundle exactly as through the modules
 * of the same build (dist/bin.js): stdout, stderr, exit code and every file written. The commands
 * reach what the bundle loads from outside itself or by file: vega (report charts), exceljs (.xlsx),
 * yauzl (.zip), worker threads (rank --threads), apache-arrow (binary graphs), the shipped datasets
 * (demo's). And this Node accepts the code cache, so that the bundle is the fast path it is meant to be.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { zipFiles } from './archives.js';
import { ROOT, runNode } from './cli.js';
import { workbookCopy } from './spreadsheets.js';

const CLI = join(ROOT, 'packages/cli');
const BUNDLE = join(CLI, 'dist/kedja.cjs');
const work = mkdtempSync(join(tmpdir(), 'kedja-compiled-'));
const inputs = join(work, 'inputs');

const LOADER = JSON.stringify(join(CLI, 'bin/bundle.cjs'));

/**
 * A script for `node -e` that runs the bundle as bin/kedja.js does (without bin/kedja.js's choice
 * between bundle and sources), with its code cache or without.
 */
const runBundle = (useCache: boolean) => `
const { loadBundle } = require(${LOADER});
loadBundle(${JSON.stringify(BUNDLE)}, ${useCache}).exports.runProcess(process.argv.slice(1)).then((code) => { process.exitCode = code; });
`;

type Runner = 'modules' | 'bundle';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

/** Every file under `folder`, by path relative to it, as base64. */
function filesOf(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(folder)) return files;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = readFileSync(path).toString('base64');
  }
  return files;
}

/** `args` run by `runner`; `{o}` is a fresh output folder of this runner and command. */
async function outcome(runner: Runner, name: string, args: readonly string[]): Promise<Outcome> {
  const out = join(work, runner, name);
  mkdirSync(out, { recursive: true });
  const expanded = args.map((arg) => arg.replaceAll('{o}', out).replaceAll('{in}', inputs));
  const node = runner === 'modules' ? [join(CLI, 'dist/bin.js')] : ['-e', runBundle(true), '--'];
  const result = await runNode([...node, ...expanded]);
  const anonymous = (text: string) => text.replaceAll(out, '{o}');
  return { code: result.code, stdout: anonymous(result.stdout), stderr: anonymous(result.stderr), files: filesOf(out) };
}

const COMMANDS: readonly [name: string, args: readonly string[], expectedCode: number][] = [
  ['version', ['--version'], 0],
  ['help', ['--help'], 0],
  ['rank-sweden', ['rank', 'datasets/sweden-2018', '--json'], 0],
  ['rank-sweden-threads', ['rank', 'datasets/sweden-2018', '--json', '--threads', '2'], 0],
  ['metrics-sweden', ['metrics', 'datasets/sweden-2018', '--json'], 0],
  ['report-demo-html', ['report', 'datasets/demo', '-o', '{o}/report.html'], 0],
  ['validate-xlsx', ['validate', '{in}/demo.xlsx'], 0],
  ['import-dora-zip', ['import-dora', '{in}/dora.zip', '-o', '{o}/dora'], 0],
  ['import-arrow', ['import', 'datasets/sweden-2018', '-o', '{o}/sweden.arrow'], 0],
  ['rank-arrow', ['rank', '{in}/demo.arrow', '--json'], 0],
  ['blast-arrow', ['blast', '{in}/demo.arrow', '--supplier', 'sup-dc', '--duration', '48h', '--json'], 0],
  ['rank-damaged-arrow', ['rank', '{in}/damaged.arrow'], 2],
  ['rank-missing', ['rank', '{in}/no-such-folder'], 2],
  ['unknown-option', ['rank', 'datasets/demo', '--no-such-option'], 1],
];

/** Declares the checks; call after a beforeAll that has built the packages. */
export function describeCompiledCli(): void {
  describe('the compiled CLI (one bundle with a code cache)', () => {
    beforeAll(prepareInputs, 120_000);
    defineChecks();
  });
}

async function prepareInputs(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: pnpm build writes it (pnpm install runs the build)`);
  mkdirSync(inputs, { recursive: true });
  await workbookCopy(join(ROOT, 'datasets/demo'), join(inputs, 'demo.xlsx'));
  const dora = join(ROOT, 'datasets/dora-sample');
  zipFiles(
    join(inputs, 'dora.zip'),
    dora,
    readdirSync(dora).filter((file) => file.endsWith('.csv')),
  );
  for (const graph of ['demo.arrow', 'damaged.arrow']) {
    const made = await runNode([join(CLI, 'dist/bin.js'), 'import', 'datasets/demo', '-o', join(inputs, graph)]);
    expect(made.code, made.stderr).toBe(0);
  }
  const edges = join(inputs, 'damaged.arrow/edges.arrow');
  truncateSync(edges, Math.floor(readFileSync(edges).length / 2));
}

function defineChecks(): void {
  it.each(COMMANDS)('kedja %s answers as the modules of dist/ do', async (name, args, expectedCode) => {
    const [modules, bundle] = await Promise.all([outcome('modules', name, args), outcome('bundle', name, args)]);
    expect(modules.code, modules.stderr).toBe(expectedCode);
    expect(bundle).toEqual(modules);
    if (expectedCode === 0 && !['version', 'help'].includes(name)) {
      expect(modules.stdout.length + Object.keys(modules.files).length).toBeGreaterThan(0);
    }
  });

  it('writes a report whose charts vega drew (loaded from outside the bundle)', async () => {
    const report = readFileSync(join(work, 'bundle/report-demo-html/report.html'), 'utf8');
    expect(report).toMatch(/<svg[^>]*>/);
  });

  it('is compiled with the code cache the build wrote, which this Node accepts', async () => {
    const probe = `
const { loadBundle } = require(${LOADER});
const { script, cacheFile } = loadBundle(${JSON.stringify(BUNDLE)});
process.stdout.write(JSON.stringify({ cacheFile, rejected: script.cachedDataRejected }));
`;
    const result = await runNode(['-e', probe]);
    expect(result.code, result.stderr).toBe(0);
    const { cacheFile, rejected } = JSON.parse(result.stdout) as { cacheFile: string; rejected: boolean | undefined };
    expect(existsSync(cacheFile)).toBe(true);
    expect(rejected).toBe(false);
  });

  it('answers the same without its code cache', async () => {
    const args = ['rank', 'datasets/sweden-2018', '--json'];
    const [cached, without] = await Promise.all([
      outcome('bundle', 'rank-cached', args),
      runNode(['-e', runBundle(false), '--', ...args]),
    ]);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout).toBe(cached.stdout);
    expect(without.stdout).toMatch(/"suppliers"|"id"/);
  });
}
