/**
 * The end-to-end results as docs/benchmarks.md shows them (one table per size, with the run's
 * conditions and the commands) and the targets of issue 12, each read off one run's entries as a
 * ratio within that run or a measured value: met, not met, or not measured. Pure functions of the
 * entries; O(entries).
 */
import type { EndToEndRun, KernelEntry, ProcessEntry } from './types.js';

export interface Target {
  target: string;
  /** The Kedja runner measured (end-to-end targets), or null (kernel targets). */
  runner: string | null;
  /** What was measured, e.g. "kedja --version (compiled) at M 0.62 s = 12.4 × node -e 0"; null when not measured. */
  measured: string | null;
  met: boolean | null;
}

const SIZES = ['sweden', 'M', 'EU'];
const WORKLOADS = ['node -e 0', 'csv.reader', '--version', 'import', 'validate', 'rank', 'blast', 'metrics'];
const f = (n: number, digits = 2) => (n >= 100 ? n.toFixed(0) : n.toFixed(digits));
const ratio = (n: number) => `${n >= 10 ? n.toFixed(0) : n.toFixed(1)}×`;

const find = (entries: readonly ProcessEntry[], size: string, workload: string, runner?: string, input?: string) =>
  entries.find(
    (e) =>
      e.size === size &&
      e.workload === workload &&
      (runner === undefined || e.runner === runner) &&
      (input === undefined || e.input === input),
  );

/** Peer ÷ each Kedja runner on the same workload and input. */
function peerRatios(entries: readonly ProcessEntry[], e: ProcessEntry): string {
  if (e.kind !== 'peer') return '';
  return entries
    .filter((k) => k.kind === 'kedja' && k.size === e.size && k.workload === e.workload && k.input === e.input)
    .map((k) => `${ratio(e.wallS / k.wallS)} ${k.runner.replace(/^kedja \((.*)\)$/, '$1')}`)
    .join(' · ');
}

function sizeSection(entries: readonly ProcessEntry[], run: EndToEndRun | undefined, size: string): string[] {
  const order = (e: ProcessEntry) => WORKLOADS.indexOf(e.workload) * 2 + (e.input === 'arrow' ? 1 : 0);
  // By workload (the floors first), CSV before the binary file; runners in the order they ran.
  const rows = entries.filter((e) => e.size === size).sort((a, b) => order(a) - order(b));
  const node = find(rows, size, 'node -e 0');
  const csv = find(rows, size, 'csv.reader');
  const table = rows.map((e) => {
    const cells = [
      e.workload,
      e.input,
      e.runner,
      f(e.wallS),
      e.peakRssMb === null ? '–' : f(e.peakRssMb, 0),
      String(e.samples),
      node ? ratio(e.wallS / node.wallS) : '–',
      csv && e.input === 'csv' ? ratio(e.wallS / csv.wallS) : '–',
      peerRatios(rows, e),
      e.note ?? '',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const conditions = run
    ? [
        `\`${run.command}\`, ${run.date.slice(0, 16).replace('T', ' ')} UTC. Load (1-minute average, ${run.cores} cores) as the samples started: ${run.load.min.toFixed(1)} to ${run.load.max.toFixed(1)}, median ${run.load.median.toFixed(1)}. \`uptime\` before: ${run.uptimeStart}; after: ${run.uptimeEnd}.`,
        '',
        ...run.notes.map((n) => `- ${n}`),
        ...(run.notes.length > 0 ? [''] : []),
      ]
    : [];
  const commands = [...new Set(rows.map((e) => e.command))].map((c) => `- \`${c}\``);
  return [
    `### ${size}`,
    '',
    ...conditions,
    '| workload | input | runner | wall s | peak RSS MB | samples | ÷ node -e 0 | ÷ csv.reader | peer ÷ kedja | note |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...table,
    '',
    'Commands, run from the repository root:',
    '',
    ...commands,
    '',
  ];
}

export function endToEndMarkdown(entries: readonly ProcessEntry[], runs: readonly EndToEndRun[]): string[] {
  const sizes = SIZES.filter((s) => entries.some((e) => e.size === s));
  if (sizes.length === 0) return [];
  return [
    '## End to end: what users wait for',
    '',
    "Each workload runs as a whole process, as a user runs it, measured for wall time (spawn to exit) and peak RSS (GNU time's `%M`). Kedja runs two ways: compiled, as published (`packages/cli/bin/kedja.js` in a copy of the build, with no sources beside it: the whole CLI in one file, `dist/kedja.cjs`, compiled with the V8 code cache the build wrote), and the `kedja` command of the repository (`packages/cli/bin/kedja.js`, which runs the same bundle, or the TypeScript sources through tsx when dist/ is missing or older than them; the notes say when it did). The floors are `node -e 0` and Python's `csv.reader` over every row of every table of the same folder, nothing else done. The peers do each job as a short script, reading the same CSV: pandas + networkx (`peers/pandas_networkx_peer.py`) and graphology (`peers/graphology-script.mjs`, parsing with @fast-csv/parse). Every answer both compute was compared with Kedja's in the same run and matched: the ranking (all five counts of every supplier, or of the sample), the blast of the top supplier, validation's problems and counts, and for metrics the declared and effective sharing histograms and the HHI of each service category; Kedja's runners and inputs were compared with each other too.",
    '',
    `Samples are taken in rounds, each round going through every workload in turn, so that a slow spell of this shared machine falls on Kedja and its peers alike: a workload of 2 s or more runs once per round (three rounds at M, one at EU, the first round's run counted); a faster one is warmed up by its first run and sampled five times over the later rounds. Times are medians; ratios within a size's run are what to read, with the load beside them. ÷ node -e 0 and ÷ csv.reader: this workload's time over the floor's; peer ÷ kedja: the peer's time over each Kedja runner's (above 1, Kedja is faster).`,
    '',
    ...sizes.flatMap((size) =>
      sizeSection(
        entries,
        runs.find((r) => r.size === size),
        size,
      ),
    ),
  ];
}

/** The targets of issue 12 in this data: the end-to-end ones per Kedja runner, the kernel ones of point 4. */
export function targets(entries: readonly ProcessEntry[], kernels: readonly KernelEntry[]): Target[] {
  const out: Target[] = [];
  const runners = [...new Set(entries.filter((e) => e.kind === 'kedja').map((e) => e.runner))];
  const each = (target: string, measure: (runner: string) => { measured: string; met: boolean } | null) => {
    if (runners.length === 0) out.push({ target, runner: null, measured: null, met: null });
    for (const runner of runners) {
      const result = measure(runner);
      out.push({ target, runner, measured: result?.measured ?? null, met: result?.met ?? null });
    }
  };
  const versionSizes = SIZES.filter((s) => find(entries, s, '--version'));
  for (const size of versionSizes.length > 0 ? versionSizes : ['M']) {
    each('kedja --version ≤ 6 × node -e 0', (runner) => {
      const e = find(entries, size, '--version', runner);
      const node = find(entries, size, 'node -e 0');
      if (!e || !node) return null;
      const r = e.wallS / node.wallS;
      return { measured: `--version, ${size} run: ${f(e.wallS)} s = ${ratio(r)} node -e 0`, met: r <= 6 };
    });
  }
  const rankVsCsv = (input: string, limit: number) => (runner: string) => {
    const e = find(entries, 'M', 'rank', runner, input);
    const csv = find(entries, 'M', 'csv.reader');
    if (!e || !csv) return null;
    const r = e.wallS / csv.wallS;
    return { measured: `rank <M ${input}> ${f(e.wallS)} s = ${ratio(r)} csv.reader`, met: r <= limit };
  };
  each('kedja rank <M folder> ≤ 2 × csv.reader', rankVsCsv('csv', 2));
  each('kedja rank <M folder> peak RSS < 500 MB', (runner) => {
    const e = find(entries, 'M', 'rank', runner, 'csv');
    if (!e || e.peakRssMb === null) return null;
    return { measured: `rank <M csv> ${f(e.peakRssMb, 0)} MB`, met: e.peakRssMb < 500 };
  });
  each('kedja rank <M binary file> ≤ 0.5 × csv.reader', rankVsCsv('arrow', 0.5));
  for (const [input, limit] of [
    ['csv', 20],
    ['arrow', 3],
  ] as const) {
    each(`kedja rank <EU ${input === 'csv' ? 'folder' : 'binary file'}> < ${limit} s`, (runner) => {
      const e = find(entries, 'EU', 'rank', runner, input);
      return e ? { measured: `rank <EU ${input}> ${f(e.wallS)} s`, met: e.wallS < limit } : null;
    });
  }
  each('kedja metrics <M folder> < 5 s', (runner) => {
    const e = find(entries, 'M', 'metrics', runner, 'csv');
    return e ? { measured: `metrics <M csv> ${f(e.wallS)} s`, met: e.wallS < 5 } : null;
  });
  out.push(...kernelTargets(kernels));
  return out;
}

function kernelTargets(kernels: readonly KernelEntry[]): Target[] {
  const find = (size: string, workload: string, peer?: string) =>
    kernels.find((e) => e.size === size && e.workload === workload && (peer === undefined || e.peer.startsWith(peer)));
  const out: Target[] = [];
  const ranking = find('M', 'ranking', 'graphology');
  const twoThreads = find('M', 'ranking, 2 threads');
  if (ranking && ranking.peerMs !== null) {
    const best = ranking.peerMs / Math.min(ranking.engineMs, twoThreads?.engineMs ?? ranking.engineMs);
    out.push({
      target: 'ranking at M ≥ 150 × the graphology peer (kernel)',
      runner: null,
      measured: `${ratio(best)} (best of one and two threads; one thread ${ratio(ranking.ratio ?? 0)})`,
      met: best >= 150,
    });
  } else
    out.push({ target: 'ranking at M ≥ 150 × the graphology peer (kernel)', runner: null, measured: null, met: null });
  const blast = find('EU', 'blast (top supplier)', 'graphology');
  out.push({
    target: 'EU blast of the top supplier < 5 ms (kernel)',
    runner: null,
    measured: blast ? `${blast.engineMs.toFixed(2)} ms` : null,
    met: blast ? blast.engineMs < 5 : null,
  });
  for (const size of SIZES.filter((s) => s !== 'sweden')) {
    const parallel = kernels.filter((e) => e.size === size && e.workload.endsWith('2 threads') && e.ratio !== null);
    const slowest = [...parallel].sort((a, b) => a.ratio! - b.ratio!)[0];
    out.push({
      target: `two worker threads never slower than one, ${size} (kernel)`,
      runner: null,
      measured: slowest ? `slowest: ${slowest.workload} at ${ratio(slowest.ratio!)} the speed of one thread` : null,
      met: slowest ? slowest.ratio! >= 1 : null,
    });
  }
  return out;
}

export function targetsMarkdown(list: readonly Target[]): string[] {
  return [
    '## The targets of issue 12',
    '',
    'Each read off one run: ratios within that run, or the measured value.',
    '',
    '| target | measured on | measured | met |',
    '|---|---|---|---|',
    ...list.map(
      (t) =>
        `| ${t.target} | ${t.runner ?? 'the kernels'} | ${t.measured ?? 'not measured in this data'} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} |`,
    ),
    '',
  ];
}

/** One line per target, for the terminal: "<runner> <measured>: target <target> met" or "NOT met". */
export function targetLines(list: readonly Target[]): string[] {
  return list.map((t) => {
    const subject = t.runner ? `${t.runner} ` : '';
    return t.measured === null
      ? `${subject}not measured: target ${t.target}`
      : `${subject}${t.measured}: target ${t.target} ${t.met ? 'met' : 'NOT met'}`;
  });
}
