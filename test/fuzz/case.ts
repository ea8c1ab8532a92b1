/**
 * One fuzz case, reproducible from (seed, index): draw a seed input and one to three mutations,
 * write the input to a temporary folder, run the commands that suit its kind, and check the
 * invariants of each run (commands.ts) and across runs: the two CSV loaders agree (loaders.ts),
 * commands that load the same input agree on whether it is valid, an input that loads can be
 * written to another form (Arrow, JSON, a canonical folder) that ranks the same, and a canonical
 * folder is never silently read as something else.
 */
import { mkdtempSync, openSync, closeSync, readdirSync, rmSync, constants, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { checkRun, errorLines, hangMs, runCommand, type CommandRun, type Failure } from './commands.js';
import { GRAPH_MUTATIONS } from './graph-mutations.js';
import { compareLoaders } from './loaders.js';
import { MUTATIONS, type Mutation } from './mutations.js';
import { Rng } from './prng.js';
import { bytesOf, cloneWorkspace, materialise, type Workspace } from './workspace.js';

export interface CaseResult {
  index: number;
  /** The seed input's name (`demo`, `dora-sample`, `demo.gexf`). */
  dataset: string;
  mutations: string[];
  runs: CommandRun[];
  failures: Failure[];
  megabytes: number;
  ms: number;
  /** The case's folder, when kept. */
  folder?: string;
}

const ALL_MUTATIONS: Mutation[] = [...MUTATIONS, ...GRAPH_MUTATIONS];

/** Folders of cases whose commands hung, removed by `removeLeftovers` when the run is over. */
const leftovers: string[] = [];

export function removeLeftovers(): void {
  for (const folder of leftovers.splice(0)) rmSync(folder, { recursive: true, force: true });
}

function mutate(w: Workspace, rng: Rng): string[] {
  const fitting = ALL_MUTATIONS.filter((m) => m.kinds.includes(w.kind));
  const total = fitting.reduce((sum, m) => sum + (m.weight ?? 1), 0);
  const said: string[] = [];
  for (let wanted = rng.int(1, 3), tries = 0; said.length < wanted && tries < 20; tries++) {
    let draw = rng.next() * total;
    const m = fitting.find((x) => (draw -= x.weight ?? 1) < 0) ?? fitting[0]!;
    let what: string | null = null;
    try {
      what = m.apply(w, rng);
    } catch {
      // The input is past what the mutation can handle (JSON nested 100,000 deep): draw another.
    }
    if (what !== null) said.push(`${m.name}: ${what}`);
  }
  return said;
}

/**
 * Properties that data put on Object.prototype or Array.prototype (a node id __proto__ did): each
 * is removed again, so that one case cannot break the cases after it in this process.
 */
function repairPrototypes(): string[] {
  const found: string[] = [];
  for (const proto of [Object.prototype, Array.prototype]) {
    for (const key in proto) {
      found.push(key);
      Reflect.deleteProperty(proto, key);
    }
  }
  return [...new Set(found)];
}

/** Opens every named pipe for writing and closes it, so that a reader blocked on one gets end of file. */
function unblockPipes(folder: string): void {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    try {
      if (lstatSync(path).isFIFO()) closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader is waiting (ENXIO): nothing to unblock.
    }
  }
}

/** The first supplier id of the folder, for `blast --supplier`. */
function supplierId(w: Workspace): string {
  const suppliers = w.entries.get(`${w.input}/suppliers.csv`);
  return suppliers?.type === 'table' ? (suppliers.rows[1]?.[0] ?? 'sup-hosting') : 'sup-hosting';
}

class Hung extends Error {}

class CaseRun {
  readonly runs: CommandRun[] = [];
  readonly failures: Failure[] = [];

  constructor(
    readonly folder: string,
    readonly megabytes: number,
    /** Whether the input holds a named pipe (said in the key of a hang). */
    readonly pipe: boolean,
  ) {}

  /** Runs a command and checks it; after a command that hung, the case ends (the others would hang too). */
  async kedja(...args: string[]): Promise<CommandRun> {
    const r = await runCommand(args, hangMs(this.megabytes, this.pipe));
    this.runs.push(r);
    for (const f of checkRun(r, this.folder, this.megabytes)) {
      this.failures.push(
        f.invariant === 'hang' && this.pipe ? { ...f, key: `${f.key}, a named pipe in the input` } : f,
      );
    }
    if (this.failures.some((f) => f.invariant === 'hang')) throw new Hung();
    return r;
  }

  async compareLoaders(input: string): Promise<void> {
    for (const f of await compareLoaders(input, this.folder, hangMs(this.megabytes, this.pipe))) this.failures.push(f);
    if (this.failures.some((f) => f.invariant === 'hang')) throw new Hung();
  }

  fail(invariant: string, key: string, detail: string): void {
    this.failures.push({ invariant, key, detail });
  }

  /** Two loads of the same input agree on whether it is valid, and on its errors. */
  agree(a: CommandRun, b: CommandRun): void {
    // Only data verdicts are compared: a usage error, a crash or a hang is reported on its own.
    if (![0, 2].includes(a.code) || ![0, 2].includes(b.code)) return;
    if (/study\.json/.test(a.stderr + b.stderr)) return;
    const [ea, eb] = [errorLines(a, this.folder), errorLines(b, this.folder)];
    if ((a.code === 0) !== (b.code === 0) || ea.join('\n') !== eb.join('\n')) {
      this.fail(
        'commands-agree',
        `${a.args[0]} ${a.code} vs ${b.args[0]} ${b.code}`,
        `${a.args.join(' ')}: exit ${a.code}\n${ea.join('\n')}\n${b.args.join(' ')}: exit ${b.code}\n${eb.join('\n')}`,
      );
    }
  }

  /** What Kedja wrote from a valid input is not valid: the first error's code is the key. */
  written(what: string, r: CommandRun): void {
    const code = /error (KEDJA_[A-Z0-9_]+)/.exec(r.stderr)?.[1] ?? 'no code';
    this.fail('round-trip', `${what}: exit ${r.code}, ${code}`, r.stderr.slice(0, 2000));
  }

  /** A written form of the input ranks as the input does. */
  sameRanking(from: CommandRun, to: CommandRun, what: string): void {
    if (from.code !== 0) return;
    if (to.code !== 0) this.written(what, to);
    else if (to.stdout !== from.stdout)
      this.fail('round-trip', `${what}: another ranking`, `${from.args.join(' ')} and ${to.args.join(' ')} differ`);
  }
}

async function csvFolderChecks(c: CaseRun, w: Workspace, rng: Rng, input: string): Promise<void> {
  const validate = await c.kedja('validate', input, '--json');
  const rank = await c.kedja('rank', input, '--json');
  c.agree(validate, rank);
  if (rng.chance(0.4)) c.agree(validate, await c.kedja('metrics', input, '--json'));
  if (rng.chance(0.3)) await c.kedja('blast', input, '--supplier', supplierId(w), '--json');
  await c.compareLoaders(input);
  if (rng.chance(0.3)) {
    const exported = await c.kedja('export', input, '--format', 'json', '-o', join(c.folder, 'out.json'));
    c.agree(validate, exported);
    if (exported.code === 0) c.sameRanking(rank, await c.kedja('rank', join(c.folder, 'out.json'), '--json'), 'JSON');
  }
  if (rng.chance(0.3)) {
    const imported = await c.kedja('import', input, '-o', join(c.folder, 'out.arrow'));
    c.agree(validate, imported);
    if (imported.code === 0) c.sameRanking(rank, await c.kedja('rank', join(c.folder, 'out.arrow'), '--json'), 'Arrow');
  }
  const canonical = ['organisations', 'services', 'suppliers'].every((t) => w.entries.has(`${w.input}/${t}.csv`));
  const switched = c.runs.find((r) => /read as a DORA register/.test(r.stderr) && r.code === 0);
  if (canonical && switched)
    c.fail('format-switch', 'read as DORA', `${switched.args.join(' ')}: ${switched.stderr.slice(0, 500)}`);
}

async function doraChecks(c: CaseRun, rng: Rng, input: string): Promise<void> {
  const validate = await c.kedja('validate', input, '--json');
  const rank = await c.kedja('rank', input, '--json');
  c.agree(validate, rank);
  if (rng.chance(0.5)) {
    const out = join(c.folder, 'out');
    const imported = await c.kedja('import-dora', input, '-o', out);
    if (imported.code === 0) {
      const check = await c.kedja('validate', out, '--json');
      if (check.code !== 0) c.written('import-dora output', check);
      c.sameRanking(rank, await c.kedja('rank', out, '--json'), 'import-dora');
    }
  }
}

async function surveyChecks(c: CaseRun, w: Workspace, input: string): Promise<void> {
  const out = join(c.folder, 'out');
  const args = [
    'import-survey',
    join(input, 'answers.csv'),
    '--catalogue',
    join(input, 'catalogue'),
    '-o',
    out,
    '--json',
  ];
  if (w.entries.has(`${w.input}/aliases.csv`)) args.push('--aliases', join(input, 'aliases.csv'));
  if (w.entries.has(`${w.input}/decisions.csv`)) args.push('--decisions', join(input, 'decisions.csv'));
  const imported = await c.kedja(...args);
  if (imported.code !== 0) return;
  const check = await c.kedja('validate', out, '--json');
  if (check.code !== 0) c.written('import-survey output', check);
  await c.compareLoaders(out);
}

async function graphFileChecks(c: CaseRun, rng: Rng, input: string): Promise<void> {
  const validate = await c.kedja('validate', input, '--json');
  const rank = await c.kedja('rank', input, '--json');
  c.agree(validate, rank);
  if (rng.chance(0.3)) c.agree(validate, await c.kedja('metrics', input, '--json'));
  if (rng.chance(0.5)) {
    const out = join(c.folder, 'out');
    const imported = await c.kedja('import', input, '-o', out);
    c.agree(validate, imported);
    if (imported.code === 0) c.sameRanking(rank, await c.kedja('rank', out, '--json'), 'canonical folder');
  }
}

export async function runCase(
  seeds: readonly Workspace[],
  seed: number,
  index: number,
  keep = false,
): Promise<CaseResult> {
  const started = performance.now();
  // A command that hung on a named pipe may open it again: keep letting such readers through, or
  // they hold Node's few file-system threads, and every later case hangs.
  for (const left of leftovers) unblockPipes(left);
  const rng = new Rng(seed, index);
  const w = cloneWorkspace(rng.pick(seeds));
  const mutations = mutate(w, rng);
  const bytes = [...w.entries.values()].reduce((sum, e) => sum + (bytesOf(e)?.length ?? 0), 0);
  const folder = mkdtempSync(join(tmpdir(), 'kedja-fuzz-'));
  const pipe = [...w.entries.values()].some((e) => e.type === 'fifo');
  const c = new CaseRun(folder, bytes / 1024 / 1024, pipe);
  try {
    materialise(w, folder);
    const input = join(folder, w.input);
    if (w.kind === 'csv-folder') await csvFolderChecks(c, w, rng, input);
    else if (w.kind === 'dora') await doraChecks(c, rng, input);
    else if (w.kind === 'survey') await surveyChecks(c, w, input);
    else await graphFileChecks(c, rng, input);
  } catch (error) {
    if (!(error instanceof Hung))
      c.fail('harness', String((error as Error)?.message).slice(0, 100), String((error as Error)?.stack));
  } finally {
    const polluted = repairPrototypes();
    if (polluted.length > 0)
      c.fail('prototype-pollution', polluted.join(', '), `Object.prototype gained ${polluted.join(', ')}`);
    unblockPipes(folder);
    // A command that hung may still be reading: its folder goes at the end of the run, not under it.
    if (c.failures.some((f) => f.invariant === 'hang')) leftovers.push(folder);
    else if (!keep) rmSync(folder, { recursive: true, force: true });
  }
  const result = { index, dataset: w.seed, mutations, runs: c.runs, failures: c.failures, megabytes: c.megabytes };
  return { ...result, ms: performance.now() - started, ...(keep ? { folder } : {}) };
}
