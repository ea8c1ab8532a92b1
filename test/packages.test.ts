/**
 * The published packages as a stranger gets them: every public package is built and packed with
 * pnpm (workspace and catalog versions replaced), checked with publint and Are The Types Wrong,
 * installed from its tarball into an empty folder with npm, and used there: `npx kedja blast`
 * answers exactly as the repository's kedja does on a copy of datasets/demo, `kedja serve` has its
 * viewer page, and TypeScript consumers type-check against the packages with `skipLibCheck: false`
 * (core alone with no Node types, as a browser bundle sees it; the importer and every package in
 * Node, with the Node types the importer declares it needs, and no others installed). After the
 * build, the compiled CLI's bundle is checked against the modules of dist/ (support/compiled-cli.ts).
 *
 * Needs the npm registry for the packages' own dependencies (graphology, fast-csv, vega, ...).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';
import { describeCompiledCli } from './support/compiled-cli.js';

const run = promisify(execFile);
const PACKAGES = ['core', 'importer', 'neo4j', 'cli'] as const;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const ATTW = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');

const work = mkdtempSync(join(tmpdir(), 'kedja-packages-'));
const packs = join(work, 'packs');
const app = join(work, 'app');
const demo = join(work, 'demo');
const tarballs = new Map<string, string>();

/** Runs a command; on failure the error names the command and carries its output. */
async function sh(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CI: 'true' },
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, {
      cause: error,
    });
  }
}

beforeAll(async () => {
  await sh('pnpm', ['run', 'build'], ROOT);
  mkdirSync(packs);
  for (const name of PACKAGES) {
    await sh('pnpm', ['pack', '--pack-destination', packs], join(ROOT, 'packages', name));
  }
  for (const file of readdirSync(packs))
    tarballs.set(file.replace(/^kedja-(.*)-\d+\.\d+\.\d+\.tgz$/, '$1'), join(packs, file));
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'stranger', private: true, type: 'module' }));
  await sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PACKAGES.map((name) => tarballs.get(name)!)],
    app,
  );
  cpSync(join(ROOT, 'datasets/demo'), demo, { recursive: true });
}, 600_000);

describe('the published packages', () => {
  it('are packed, one tarball each, without sources or source maps', async () => {
    expect([...tarballs.keys()].sort()).toEqual([...PACKAGES].sort());
    for (const name of PACKAGES) {
      const files = (await sh('tar', ['tzf', tarballs.get(name)!], work)).split('\n');
      expect(files.filter((file) => file.startsWith('package/src/') || file.endsWith('.map'))).toEqual([]);
      expect(files).toContain('package/dist/index.d.ts');
    }
  });

  it("have current API reports (packages/*/api), and core's main entry exports at most 80 names", async () => {
    await sh(process.execPath, [join(ROOT, 'tools/api-report.mjs')], ROOT);
    const report = readFileSync(join(ROOT, 'packages/core/api/core.api.md'), 'utf8');
    const names = [
      ...report.matchAll(
        /^export (?:declare )?(?:abstract )?(?:class|function|const|interface|type|enum|namespace) (\w+)/gm,
      ),
    ].map((match) => match[1]!);
    expect(new Set(names).size).toBeGreaterThan(40);
    expect(new Set(names).size).toBeLessThanOrEqual(80);
  });

  it.each(PACKAGES)('@kedja/%s passes publint', async (name) => {
    const pkgDir = join(ROOT, 'packages', name);
    const { messages, pkg } = await publint({ pkgDir, pack: 'pnpm', level: 'suggestion' });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  });

  it.each(PACKAGES)('@kedja/%s passes Are The Types Wrong (ESM only)', async (name) => {
    // An ESM-only package: the profile ignores resolution from CommonJS and node10.
    await sh(process.execPath, [ATTW, tarballs.get(name)!, '--profile', 'esm-only', '--no-definitely-typed'], work);
  });

  it('installed with npm, `npx kedja blast --json` gives the JSON of the repository', async () => {
    const args = ['blast', demo, '--supplier', 'sup-hosting', '--json'];
    const installed = await sh('npx', ['--no-install', 'kedja', ...args], app);
    const repository = await kedja(args);
    expect(repository.code).toBe(0);
    expect(installed).toBe(repository.stdout);
    expect(JSON.parse(installed).totals.organisations).toBe(2);
  });

  it('installed with npm, `npx kedja demo --text` opens the dataset it ships and prints what the repository prints', async () => {
    const installed = await sh('npx', ['--no-install', 'kedja', 'demo', '--text'], app);
    const repository = await kedja(['demo', '--text']);
    expect(repository.code).toBe(0);
    expect(installed).toBe(repository.stdout);
  });

  it('installed with npm, the CLI carries the viewer page that kedja serve sends', () => {
    const page = join(app, 'node_modules/@kedja/cli/dist/viewer');
    expect(readdirSync(page)).toContain('index.html');
    expect(readdirSync(join(page, 'assets')).some((file) => file.endsWith('.js'))).toBe(true);
  });

  it('type-checks a consumer of @kedja/core and its subpaths with no Node types (as in a browser)', async () => {
    writeConsumer('browser', { types: [] }, CORE_CONSUMER);
    await sh(process.execPath, [TSC, '-p', join(app, 'browser')], app);
  });

  it.each(PACKAGES)('@kedja/%s declares @types/node when its declarations use Node types', async (name) => {
    const files = (await sh('tar', ['tzf', tarballs.get(name)!], work)).split('\n').filter((f) => f.endsWith('.d.ts'));
    const declarations = await sh('tar', ['xzf', tarballs.get(name)!, '-O', ...files], work);
    const usesNode = /from ['"](node:|stream['"]|events['"])|NodeJS\.|\bBuffer\b|BufferEncoding/.test(declarations);
    const manifest = JSON.parse(await sh('tar', ['xzf', tarballs.get(name)!, '-O', 'package/package.json'], work)) as {
      dependencies?: Record<string, string>;
    };
    if (usesNode) expect(manifest.dependencies?.['@types/node'], `@kedja/${name} uses Node types`).toBeDefined();
    if (name === 'core') expect(usesNode).toBe(false);
  });

  it('type-checks a consumer of @kedja/importer, with the Node types it brings', async () => {
    writeConsumer('importer', { types: ['node'] }, IMPORTER_CONSUMER);
    await sh(process.execPath, [TSC, '-p', join(app, 'importer')], app);
  });

  it('type-checks a Node consumer of every package with skipLibCheck: false', async () => {
    writeConsumer('node', { types: ['node'] }, `${CORE_CONSUMER}\n${NODE_CONSUMER}`);
    await sh(process.execPath, [TSC, '-p', join(app, 'node')], app);
  });

  it('a type error in a consumer is reported (the check can fail)', async () => {
    writeConsumer(
      'wrong',
      { types: [] },
      `import { createEngine } from '@kedja/core';\ncreateEngine('not a graph');\n`,
    );
    await expect(sh(process.execPath, [TSC, '-p', join(app, 'wrong')], app)).rejects.toThrow(/TS2345/);
  });
});

describeCompiledCli();

function writeConsumer(name: string, options: { types: string[] }, source: string): void {
  const folder = join(app, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'consumer.ts'), source);
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: options.types,
      },
      files: ['consumer.ts'],
    }),
  );
}

const CORE_CONSUMER = `
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSupplier,
  addUses,
  assessConsequences,
  createEngine,
  createKedjaGraph,
  parseDuration,
  type BlastRadius,
  type RankEntry,
} from '@kedja/core';
import { GraphGenerator, SIZES } from '@kedja/core/generate';
import { Propagator, createSnapshot } from '@kedja/core/kernel';
import { effectiveSharing, hhi } from '@kedja/core/metrics';
import { referenceBlast } from '@kedja/core/reference';
import { buildReport, buildReportDocument, reportToMarkdown } from '@kedja/core/reports';

const graph = createKedjaGraph();
addOrganisation(graph, 'kommun', { name: 'Kommunen', orgType: 'municipality', population: 1000 });
addService(graph, 'journal', { name: 'Journal', model: 'SaaS' });
addSupplier(graph, 'hosting', { name: 'Hosting AB', country: 'SE' });
addUses(graph, 'kommun', 'journal', { critical: true });
addProvidedBy(graph, 'journal', 'hosting');
const engine = createEngine(graph);
const blast: BlastRadius = engine.blast({ suppliers: ['hosting'] });
const ranking: RankEntry[] = engine.rank();
const levels = assessConsequences(graph, blast, parseDuration('48h'));
const organisations: number = blast.totals.organisations + ranking.length + levels.length;
const counted = new Propagator(createSnapshot(graph)).count(new Int32Array([0])).organisations;
const reference = referenceBlast(graph, ['hosting']).affected.size;
const share: number = hhi([1, 2, 3]) + Object.keys(effectiveSharing(graph)).length;
const markdown: string = reportToMarkdown(buildReportDocument(buildReport(graph), { input: 'x', version: '0' }));
const sizes: number = SIZES.M.organisations + (GraphGenerator.name.length > 0 ? 1 : 0);
export const used = [organisations, counted, reference, share, markdown, sizes];
`;

const IMPORTER_CONSUMER = `
import { createEngine } from '@kedja/core';
import { importSurvey, loadGraph, loadInput, readDoraRegister, type ImportResult } from '@kedja/importer';

const loaded: ImportResult = await loadGraph('datasets/demo');
const input = await loadInput('datasets/demo');
const register = await readDoraRegister('datasets/dora-sample');
const survey = await importSurvey('answers.csv', { catalogue: 'catalogue' });
const organisations: number = loaded.graph ? createEngine(loaded.graph).rank().length : 0;
export const used = [organisations, input.form, register.graph, survey.report];
`;

const NODE_CONSUMER = `
import { loadGraph, readCsvFolder, writeCsvFolder, type ImportResult } from '@kedja/importer';
import { credentialsFromEnv, pushGraph, type Neo4jTarget, type PushSummary } from '@kedja/neo4j';
import { run, type Io } from '@kedja/cli';

const loaded: ImportResult = await loadGraph('datasets/demo');
const folder = await readCsvFolder('datasets/demo');
if (loaded.graph && folder.graph) await writeCsvFolder(loaded.graph, '/tmp/out');
const target: Neo4jTarget = { uri: 'bolt://127.0.0.1:7687', ...credentialsFromEnv(process.env) };
const push: (typeof pushGraph) | PushSummary = pushGraph;
const io: Io = { stdout: (text) => void process.stdout.write(text), stderr: () => {}, isTty: false };
const code: number = await run(['validate', 'datasets/demo'], io);
export const usedInNode = [target, push, code];
`;
