#!/usr/bin/env node
// Runs every `kedja` command on the datasets that ship and writes what each printed (stdout, stderr,
// exit code) and wrote (-o files) into one folder per run, so that a refactor can be checked to
// change no behaviour:
//
//   node tools/cli-outputs.mjs /tmp/before      # on the old commit
//   node tools/cli-outputs.mjs /tmp/after       # on the new one
//   diff -r /tmp/before /tmp/after              # nothing, or the changes you meant
//
// The commands run as a user runs them (packages/cli/bin/kedja.js as a child process), from the
// repository root, with files written under one fixed scratch folder so that paths in messages are
// the same in both runs. Neo4j commands are left out (the Neo4j tests compare them with the engine).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/kedja.js');
const SCRATCH = '/tmp/kedja-cli-outputs-scratch';

const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/cli-outputs.mjs <output folder>');
  process.exit(1);
}
const target = resolve(out);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });

const demo = 'datasets/demo';
const sweden = 'datasets/sweden-2018';
const gen = `${SCRATCH}/generated-sweden`;
const RULES = 'packages/core/src/consequences/default-rules.json';

/** [name, args, env?] in the order they run; `{o}` is a fresh output path under the scratch folder. */
const RUNS = [
  ['version', ['--version']],
  ['help', ['--help']],
  ['no-args', []],
  ...[demo, sweden, 'datasets/dora-sample'].flatMap((d) => [
    [`validate-${d}`, ['validate', d]],
    [`validate-json-${d}`, ['validate', d, '--json']],
  ]),
  ['blast-demo-dc', ['blast', demo, '--supplier', 'sup-dc']],
  ['blast-demo-dc-json', ['blast', demo, '--supplier', 'sup-dc', '--json']],
  ['blast-demo-hosting-4h', ['blast', demo, '--supplier', 'sup-hosting', '--duration', '4h']],
  ['blast-demo-hosting-48h-json', ['blast', demo, '--supplier', 'sup-hosting', '--duration', '48h', '--json']],
  ['blast-demo-selectors-json', ['blast', demo, '--country', 'IE', '--parent', 'Edu Holding', '--json']],
  ['blast-demo-outside-eea', ['blast', demo, '--outside-eea', '--service-country', 'IE']],
  ['blast-demo-service', ['blast', demo, '--service', 'svc-journal', '--limit', '1']],
  ['blast-demo-unknown', ['blast', demo, '--supplier', 'nope']],
  ['blast-demo-none', ['blast', demo]],
  ['blast-demo-rules-no-duration', ['blast', demo, '--supplier', 'sup-dc', '--rules', RULES]],
  ['blast-demo-rules-1w', ['blast', demo, '--supplier', 'sup-hosting', '--duration', '1w', '--rules', RULES]],
  ['timeline-demo-rules-json', ['timeline', demo, '--supplier', 'sup-dc', '--rules', RULES, '--json']],
  ['blast-sweden-top', ['blast', sweden, '--supplier', 'megamoln-ireland-ltd']],
  ['blast-sweden-top-1w-json', ['blast', sweden, '--supplier', 'megamoln-ireland-ltd', '--duration', '1w', '--json']],
  ['blast-sweden-outside-eea-json', ['blast', sweden, '--outside-eea', '--json']],
  ['timeline-demo', ['timeline', demo, '--supplier', 'sup-hosting']],
  ['timeline-demo-json', ['timeline', demo, '--supplier', 'sup-hosting', '--json']],
  ['timeline-sweden-json', ['timeline', sweden, '--supplier', 'sasuvik-datahall-ab', '--at', '4h,1w', '--json']],
  ['timeline-sweden', ['timeline', sweden, '--supplier', 'sasuvik-datahall-ab', '--limit', '3']],
  ['rank-demo', ['rank', demo]],
  ['rank-demo-json', ['rank', demo, '--json']],
  ['rank-sweden', ['rank', sweden, '--top', '12']],
  ['rank-sweden-json', ['rank', sweden, '--json']],
  ['rank-sweden-threads-json', ['rank', sweden, '--json', '--threads', '2']],
  ['why-demo', ['why', demo, '--org', 'adalen', '--supplier', 'sup-dc']],
  ['why-demo-json', ['why', demo, '--org', 'exempelverket', '--supplier', 'sup-dc', '--json']],
  ['why-demo-unaffected', ['why', demo, '--org', 'region-norr', '--supplier', 'sup-dc']],
  ['why-sweden-json', ['why', sweden, '--org', 'kommun-0114', '--supplier', 'megamoln-ireland-ltd', '--json']],
  ['simulate-demo', ['simulate', demo, '--samples', '2000', '--p', '0.05', '--seed', '7']],
  ['simulate-demo-json', ['simulate', demo, '--samples', '2000', '--p', '0.05', '--seed', '7', '--json']],
  ['simulate-sweden-json', ['simulate', sweden, '--samples', '3000', '--seed', '3', '--json']],
  ['simulate-sweden-perdraw-json', ['simulate', sweden, '--samples', '500', '--kernel', 'per-draw', '--json']],
  ['simulate-sweden-noshares', ['simulate', sweden, '--samples', '500', '--no-shares']],
  ['screen-demo-pairs', ['screen', demo, '--pairs']],
  ['screen-demo-pairs-json', ['screen', demo, '--pairs', '--json']],
  ['screen-demo-cover-json', ['screen', demo, '--cover', '0.5', '--json']],
  ['screen-sweden-pairs-json', ['screen', sweden, '--pairs', '--top', '20', '--json']],
  ['screen-sweden-cover', ['screen', sweden, '--cover', '50%', '--by', 'population']],
  ['advise-demo', ['advise', demo]],
  ['advise-demo-json', ['advise', demo, '--json']],
  ['advise-sweden-json', ['advise', sweden, '--top', '3', '--by', 'population', '--json']],
  ['advise-sweden', ['advise', sweden, '--top', '3']],
  ['metrics-demo', ['metrics', demo]],
  ['metrics-demo-json', ['metrics', demo, '--json']],
  ['metrics-sweden', ['metrics', sweden, '--limit', '5']],
  ['metrics-sweden-json', ['metrics', sweden, '--json']],
  ['report-demo-html', ['report', demo, '-o', '{o}/report.html']],
  ['report-demo-md', ['report', demo, '-o', '{o}/report.md']],
  ['report-sweden-html', ['report', sweden, '-o', '{o}/report.html', '--top', '10', '--title', 'Sverige']],
  ['report-sweden-md-stdout', ['report', sweden, '-o', '-', '--format', 'md']],
  ...['json', 'csv', 'gexf', 'graphml'].flatMap((format) => [
    [`export-demo-${format}`, ['export', demo, '--format', format, '-o', `{o}/demo.${format}`]],
    [`export-sweden-${format}`, ['export', sweden, '--format', format, '-o', `{o}/sweden.${format}`]],
  ]),
  ['export-demo-json-stdout', ['export', demo, '-o', '-']],
  ['import-dora-csv', ['import-dora', 'datasets/dora-sample', '-o', '{o}/dora']],
  ['import-dora-json', ['import-dora', 'datasets/dora-sample', '-o', '{o}/dora.json', '--format', 'json', '--json']],
  ['rank-dora', ['rank', 'datasets/dora-sample']],
  [
    'import-survey',
    [
      'import-survey',
      'datasets/survey-sample/answers.csv',
      '--catalogue',
      'datasets/survey-sample/catalogue',
      '--aliases',
      'datasets/survey-sample/aliases.csv',
      '-o',
      '{o}/survey',
    ],
  ],
  [
    'import-survey-json',
    [
      'import-survey',
      'datasets/survey-sample/answers.csv',
      '--catalogue',
      'datasets/survey-sample/catalogue',
      '--threshold',
      '0.9',
      '-o',
      '{o}/survey',
      '--json',
    ],
  ],
  ['generate-sweden', ['generate', 'sweden', '-o', gen, '--seed', '5']],
  [
    'generate-small',
    ['generate', 'sweden', '-o', '{o}/small', '--organisations', '50', '--services', '20', '--suppliers', '10'],
  ],
  ['validate-generated', ['validate', gen]],
  ['rank-generated-json', ['rank', gen, '--json', '--top', '30']],
  ['rank-generated-bulk-json', ['rank', gen, '--json', '--top', '30'], { KEDJA_LOADER: 'bulk' }],
  ['blast-generated-bulk-json', ['blast', gen, '--supplier', 'sup-000', '--json'], { KEDJA_LOADER: 'bulk' }],
  ['why-generated-bulk', ['why', gen, '--org', 'org-001', '--supplier', 'sup-000'], { KEDJA_LOADER: 'bulk' }],
  ['metrics-generated-json', ['metrics', gen, '--json']],
  ['simulate-generated-json', ['simulate', gen, '--samples', '1000', '--p', '0.01', '--json']],
  ['export-generated-gexf', ['export', gen, '--format', 'gexf', '-o', '{o}/g.gexf']],
  ['import-gexf', ['import', `${SCRATCH}/export-demo-gexf/demo.gexf`, '-o', '{o}/from-gexf']],
  ['import-graphml-json', ['import', `${SCRATCH}/export-sweden-graphml/sweden.graphml`, '--format', 'json', '-o', '-']],
  ['rank-json-file', ['rank', `${SCRATCH}/export-sweden-json/sweden.json`, '--json']],
  ['blast-gexf-file', ['blast', `${SCRATCH}/export-demo-gexf/demo.gexf`, '--supplier', 'sup-hosting', '--json']],
  // Usage and data errors.
  ['validate-missing', ['validate', 'no/such/folder']],
  ['blast-bad-duration', ['blast', demo, '--supplier', 'sup-dc', '--duration', 'soon']],
  ['rank-bad-top', ['rank', demo, '--top', '0']],
  ['unknown-command', ['frobnicate']],
  ['why-no-org', ['why', demo, '--supplier', 'sup-dc']],
  ['screen-nothing', ['screen', demo]],
  ['broken-validate', ['validate', `${SCRATCH}/broken`]],
  ['broken-validate-json', ['validate', `${SCRATCH}/broken`, '--json']],
  ['broken-blast', ['blast', `${SCRATCH}/broken`, '--supplier', 'sup-dc']],
  ['broken-rank-bulk', ['rank', `${SCRATCH}/broken`], { KEDJA_LOADER: 'bulk' }],
];

function slug(name) {
  return name.replace(/[^A-Za-z0-9.-]+/g, '-');
}

rmSync(SCRATCH, { recursive: true, force: true });
mkdirSync(SCRATCH, { recursive: true });
// A broken copy of the demo: a bad enum, an unknown column and an edge to an unknown node.
const broken = join(SCRATCH, 'broken');
cpSync(join(ROOT, demo), broken, { recursive: true });
execFileSync('sed', ['-i', 's/,municipality,9902/,kommun,9902/', join(broken, 'organisations.csv')]);
execFileSync('sed', ['-i', '1s/critical/critcal/', join(broken, 'uses.csv')]);
execFileSync('sh', ['-c', `echo 'sup-dc,sup-nowhere,2,,' >> ${join(broken, 'subcontracts.csv')}`]);

let index = 0;
for (const [name, args, env] of RUNS) {
  index += 1;
  const id = `${String(index).padStart(3, '0')}-${slug(name)}`;
  const work = join(SCRATCH, slug(name));
  const argv = args.map((a) => a.replaceAll('{o}', work));
  mkdirSync(work, { recursive: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: ROOT,
    env: { ...process.env, KEDJA_NO_PROGRESS: '1', ...env },
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
  });
  const dir = join(target, id);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'command'),
    `${Object.entries(env ?? {})
      .map(([k, v]) => `${k}=${v} `)
      .join('')}kedja ${argv.join(' ')}\n`,
  );
  writeFileSync(join(dir, 'stdout'), result.stdout);
  writeFileSync(join(dir, 'stderr'), result.stderr);
  writeFileSync(join(dir, 'code'), `${result.status}\n`);
  const files = readdirSafe(work);
  if (files.length > 0) cpSync(work, join(dir, 'files'), { recursive: true });
  console.log(`${id}: exit ${result.status} in ${Date.now() - started} ms`);
}

function readdirSafe(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
