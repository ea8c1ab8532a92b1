/**
 * The end-to-end part of `pnpm bench`: every workload of workloads.ts run as a whole process on one
 * size's folder. The first round runs each once, in stage order, for the answers: Kedja's runners and
 * inputs must agree with each other, the peers with Kedja (when only checking, that is all: two at
 * a time, Kedja as the `kedja` command, nothing timed). Then the timing: a slow workload (first run of
 * FAST_S or more) counts that first run and runs once more in each later round, `rounds` samples in
 * all; a fast one was warmed up by its first run and is sampled `runs` times over the later rounds.
 * Every round goes through all workloads in turn, so that a slow spell of this shared machine falls
 * on Kedja and its peers alike. Each entry is the median of its samples. A command that fails stops
 * the run (with its stderr).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import {
  differences,
  kedjaBlast,
  kedjaMetrics,
  kedjaRanking,
  kedjaValidation,
  peerFacets,
  show,
  type Facets,
} from './answers.js';
import { copyCompiledCli, distState } from './compiled-copy.js';
import { GNU_TIME, measure, type Measured } from './process.js';
import type { EndToEndRun, ProcessEntry } from './types.js';
import {
  onlyJobs,
  workloads,
  type Context,
  type E2eJob,
  type KedjaRunner,
  type Peer,
  type Workload,
} from './workloads.js';

const run = promisify(execFile);

/** Workloads whose first run is shorter than this are warmed up by it and sampled `runs` times. */
const FAST_S = 2;
/** What bin/kedja.js says on stderr when it runs the sources rather than the compiled CLI. */
const SOURCES_NOTICE = /sources changed since the last build/;
/** Seconds to wait before running a failed command again. */
const RETRY_S = 30;
/** The peers run the rankings of this size on one supplier in `every` (by id) and scale. */
const EVERY: Record<string, number> = { EU: 50 };

export interface EndToEndOptions {
  size: string;
  folder: string;
  seed: number;
  check: boolean;
  runs: number;
  /** Samples of each slow workload, one per round (the first round's run included). */
  rounds: number;
  /** The Python with pandas and networkx (and csv for the floor). */
  python: string;
  /** Only these jobs (with the floors); null for all. */
  jobs: readonly E2eJob[] | null;
  /** Whether the peers run (pandas + networkx, graphology). */
  peers: boolean;
  root: string;
  here: string;
  log: (line: string) => void;
}

export interface EndToEndResult {
  entries: ProcessEntry[];
  run: EndToEndRun;
  mismatches: string[];
  comparisons: number;
}

/** The median; of an even number of values, the mean of the middle two. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function uptime(): Promise<string> {
  return run('uptime')
    .then((r) => r.stdout.trim())
    .catch(() => `load average: ${loadavg().map((l) => l.toFixed(2))}`);
}

/** Source files of the CLI's packages changed after `built`. */
function sourcesChangedSince(root: string, built: Date): number {
  let newer = 0;
  for (const pkg of ['core', 'importer', 'neo4j', 'cli']) {
    const src = join(root, 'packages', pkg, 'src');
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      const changed = statSync(join(src, file)).mtimeMs > built.getTime();
      if (file.endsWith('.ts') && !file.endsWith('.test.ts') && changed) newer++;
    }
  }
  return newer;
}

/** `kedja import --help` mentions Arrow: the runner writes the binary graph file. Run twice if it fails once. */
async function writesArrow(script: string, root: string): Promise<boolean> {
  const help = () => run(process.execPath, [script, 'import', '--help'], { cwd: root });
  const { stdout } = await help().catch(async () => {
    await new Promise((resolve) => setTimeout(resolve, RETRY_S * 1000));
    return help();
  });
  return /arrow/i.test(stdout);
}

/**
 * The Kedja runners: the compiled CLI as published (bin/kedja.js in a private copy of the build, see
 * compiled-copy.ts: the one-file bundle with its code cache) and the `kedja` command of the
 * repository (packages/cli/bin/kedja.js, which runs the same bundle, or the sources when dist/ is
 * missing or older than them). Checking answers needs only the second.
 */
async function kedjaRunners(options: EndToEndOptions, notes: string[]): Promise<KedjaRunner[]> {
  const runners: KedjaRunner[] = [];
  const add = async (label: string, script: string, shown: string) => {
    const arrow = await writesArrow(script, options.root);
    if (!arrow) notes.push(`binary graph file skipped for ${label}: \`kedja import --help\` does not mention Arrow.`);
    const slug = label.replace(/[^a-z]+/gi, '-');
    const arrowFile = arrow ? join(tmpdir(), 'kedja-bench', `${options.size}-seed${options.seed}-${slug}.arrow`) : null;
    runners.push({ label, script, shown, arrowFile });
  };
  if (options.check) {
    notes.push('checking answers: Kedja runs as packages/cli/bin/kedja.js only.');
  } else if (!existsSync(join(options.root, 'packages/cli/dist/bin.js'))) {
    notes.push('packages/cli/dist/bin.js is missing (pnpm build makes it): the compiled CLI was not measured.');
  } else {
    const copied = await copyCompiledCli(options.root, join(tmpdir(), 'kedja-bench', 'compiled-cli'), options.log);
    if (copied === null) {
      notes.push('dist/ never stayed still long enough to be copied: the compiled CLI was not measured.');
    } else {
      const when = copied.built.toISOString().slice(0, 16).replace('T', ' ');
      const newer = sourcesChangedSince(options.root, copied.built);
      notes.push(
        `compiled: the CLI built ${when} UTC, run from a copy taken at the start so that the whole run measures one build; ` +
          (newer > 0
            ? `${newer} source files of its packages changed after that build.`
            : 'no source file of its packages changed after that build.'),
      );
      await add('compiled', copied.bin, 'packages/cli/bin/kedja.js in a copy of the build');
    }
  }
  await add('bin/kedja.js', join(options.root, 'packages/cli/bin/kedja.js'), 'packages/cli/bin/kedja.js');
  return runners;
}

async function peers(options: EndToEndOptions, notes: string[]): Promise<{ python: string | null; peers: Peer[] }> {
  const list: Peer[] = [];
  let python: string | null = options.python;
  try {
    const { stdout } = await run(options.python, [
      '-c',
      'import pandas, networkx; print("pandas " + pandas.__version__ + " + networkx " + networkx.__version__)',
    ]);
    list.push({
      name: stdout.trim(),
      command: options.python,
      prefix: [join(options.here, 'peers/pandas_networkx_peer.py')],
      shown: `${options.python} test/bench/peers/pandas_networkx_peer.py`,
    });
  } catch (error) {
    const message = (error as { stderr?: string }).stderr ?? (error as Error).message;
    if (!/No module named|ENOENT/.test(message)) throw error;
    notes.push(`the pandas + networkx peer is skipped: ${options.python} has no pandas or networkx (--pandas-python).`);
    if (/ENOENT/.test(message)) {
      notes.push(`the csv.reader floor is skipped: ${options.python} is not there.`);
      python = null;
    }
  }
  const graphology = (
    await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { readFileSync } from 'node:fs'; console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('graphology')), 'utf8')).version)",
      ],
      { cwd: options.here },
    ).catch(() => ({ stdout: '?' }))
  ).stdout.trim();
  list.push({
    name: `graphology ${graphology}`,
    command: process.execPath,
    // The graphology graph of the EU size needs far more than Node's default heap.
    prefix: ['--max-old-space-size=20480', join(options.here, 'peers/graphology-script.mjs')],
    shown: 'node --max-old-space-size=20480 test/bench/peers/graphology-script.mjs',
  });
  return { python, peers: list };
}

/** The answer of one run of a workload; Kedja's first ranking names the top supplier in `context`. */
function answerOf(w: Workload, m: Measured, context: Context, every: number): Facets | null {
  if (w.kind === 'floor' || w.job === 'import') return null;
  if (w.kind === 'peer') return peerFacets(JSON.parse(m.stdout) as Record<string, unknown>);
  switch (w.job) {
    case 'version':
      return { version: m.stdout.trim() };
    case 'validate':
      return kedjaValidation(m.stdout);
    case 'rank': {
      const ranking = kedjaRanking(m.stdout, every);
      context.top ??= ranking.top;
      return ranking.facets;
    }
    case 'blast':
      return kedjaBlast(m.stdout, context.top!);
    case 'metrics':
      return kedjaMetrics(m.stdout);
    default:
      return null;
  }
}

/** Runs `list` with at most `concurrency` at a time, in order. */
async function pool<T>(list: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < list.length) await work(list[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker));
}

export async function benchEndToEnd(options: EndToEndOptions): Promise<EndToEndResult> {
  const { size, folder, log } = options;
  const notes: string[] = [];
  if (!existsSync(GNU_TIME)) notes.push(`${GNU_TIME} is missing (apt-get install time): no peak RSS.`);
  const runners = await kedjaRunners(options, notes);
  const distAtStart = distState(options.root);
  const { python, peers: found } = await peers(options, notes);
  const peerList = options.peers ? found : [];
  if (!options.peers) notes.push('no peers in this run (--no-peers): the floors and Kedja only.');
  if (options.jobs !== null) notes.push(`only the jobs ${options.jobs.join(', ')} in this run (--jobs).`);
  const every = EVERY[size] ?? 1;
  if (every > 1 && peerList.length > 0) {
    notes.push(
      `the peers' rank and metrics jobs run on one supplier in ${every} (by id); their time is read and build once, plus the job's time scaled by ${every}; effective sharing is then not compared.`,
    );
  }
  const all = workloads({
    folder,
    here: options.here,
    python,
    runners,
    peers: peerList,
    every,
    version: !options.check,
  });
  const list = options.jobs === null ? all : onlyJobs(all, options.jobs);
  const context: Context = { folder };
  const uptimeStart = await uptime();
  const loads: number[] = [];
  const samples = new Map<string, Measured[]>(list.map((w) => [w.key, []]));
  const answers = new Map<string, Facets>();

  // A failed run is run again once, after a pause, and said in the notes: on this shared machine
  // another engineer's `pnpm build` empties dist/ for a few seconds. A second failure stops the run.
  const once = async (w: Workload): Promise<Measured> => {
    loads.push(loadavg()[0]!);
    let m = await measure(w.command, w.args(context), options.root);
    if (m.code !== 0) {
      const reason =
        m.stderr
          .split('\n')
          .find((line) => /error/i.test(line))
          ?.trim() ?? `exit code ${m.code}`;
      log(`${size}: ${w.shown} (${w.runner}) failed (${reason}); running it again in ${RETRY_S} s ...`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_S * 1000));
      m = await measure(w.command, w.args(context), options.root);
      if (m.code !== 0) {
        throw new Error(`${w.shown} (${w.runner}) exited with ${m.code} at ${size}:\n${m.stderr.slice(-2000)}`);
      }
      notes.push(`one run of \`${w.shown}\` failed (${reason.slice(0, 200)}) and was run again.`);
    }
    return m;
  };

  // The answers: every workload once, stage by stage; two at a time when only answers matter.
  log(`${size}: end to end, first run of ${list.length} workloads ...`);
  for (const stage of [0, 1]) {
    await pool(
      list.filter((w) => w.stage === stage),
      options.check ? 2 : 1,
      async (w) => {
        const m = await once(w);
        samples.get(w.key)!.push(m);
        const answer = answerOf(w, m, context, every);
        if (answer) answers.set(w.key, answer);
        log(`${size}:   ${w.runner} ${w.workload} ${w.input}: ${m.wallS.toFixed(2)} s`);
      },
    );
  }
  const { mismatches, comparisons } = compareAnswers(size, list, answers);

  if (!options.check) {
    const fast = new Set(list.filter((w) => samples.get(w.key)![0]!.wallS < FAST_S).map((w) => w.key));
    for (const key of fast) samples.set(key, []); // the first run was the warm-up
    const rounds = Math.max(2, options.rounds);
    const fastPerRound = Math.ceil(options.runs / (rounds - 1));
    log(`${size}: end to end, ${rounds - 1} more rounds in turn ...`);
    for (let round = 1; round < rounds; round++) {
      for (const w of list) {
        const taken = samples.get(w.key)!;
        const wanted = fast.has(w.key)
          ? Math.min(options.runs, round * fastPerRound)
          : Math.min(options.rounds, round + 1);
        while (taken.length < wanted) taken.push(await once(w));
      }
    }
  }

  const fromSources = [...samples.entries()]
    .filter(([key]) => key.startsWith('bin/kedja.js'))
    .flatMap(([, runs]) => runs)
    .filter((m) => SOURCES_NOTICE.test(m.stderr)).length;
  if (fromSources > 0) {
    notes.push(`bin/kedja.js ran the TypeScript sources (not the compiled CLI) in ${fromSources} of its timed runs.`);
  }
  if (distState(options.root).newest !== distAtStart.newest) {
    notes.push("the repository's dist/ was rebuilt during this run: bin/kedja.js's runs may span builds.");
  }
  const entries = list.map((w) => entry(size, w, samples.get(w.key)!));
  const uptimeEnd = await uptime();
  const loadSorted = [...loads].sort((a, b) => a - b);
  return {
    entries,
    mismatches,
    comparisons,
    run: {
      size,
      command: [
        `pnpm bench --size ${size} --part e2e`,
        ...(options.jobs === null ? [] : [`--jobs ${options.jobs.join(',')}`]),
        ...(options.peers ? [] : ['--no-peers']),
      ].join(' '),
      date: new Date().toISOString(),
      cores: cpus().length,
      uptimeStart,
      uptimeEnd,
      load: { min: loadSorted[0] ?? 0, median: median(loadSorted), max: loadSorted.at(-1) ?? 0 },
      notes,
    },
  };
}

/** Kedja's first runner on CSV is the reference of each job; every other answer is compared with it. */
function compareAnswers(
  size: string,
  list: readonly Workload[],
  answers: ReadonlyMap<string, Facets>,
): { mismatches: string[]; comparisons: number } {
  const mismatches: string[] = [];
  let comparisons = 0;
  for (const job of ['version', 'validate', 'rank', 'blast', 'metrics']) {
    const ofJob = list.filter((w) => w.job === job && answers.has(w.key));
    const reference = ofJob.find((w) => w.kind === 'kedja' && w.input !== 'arrow');
    if (!reference) continue;
    const expected = answers.get(reference.key)!;
    for (const w of ofJob) {
      if (w === reference) continue;
      comparisons++;
      for (const facet of differences(expected, answers.get(w.key)!)) {
        mismatches.push(
          `${size} ${job}: ${w.runner} (${w.input}) gives ${facet} ${show(answers.get(w.key)![facet])}, ${reference.runner} gives ${show(expected[facet])}`,
        );
      }
    }
  }
  return { mismatches, comparisons };
}

function entry(size: string, w: Workload, measured: readonly Measured[]): ProcessEntry {
  let wallS = median(measured.map((m) => m.wallS));
  const rss = measured.map((m) => m.peakRssMb).filter((v): v is number => v !== null);
  let note: string | undefined;
  if (w.every > 1) {
    // Read and build once, the sampled job scaled to every supplier.
    const jobS = median(measured.map((m) => (JSON.parse(m.stdout) as { jobMs: number }).jobMs / 1000));
    wallS += jobS * (w.every - 1);
    note = `job on one supplier in ${w.every}, scaled (${(jobS * w.every).toFixed(1)} s of it)`;
  }
  return {
    size,
    workload: w.workload,
    input: w.input,
    kind: w.kind,
    runner: w.runner,
    command: w.shown,
    wallS,
    peakRssMb: rss.length > 0 ? median(rss) : null,
    samples: measured.length,
    ...(note ? { note } : {}),
  };
}
