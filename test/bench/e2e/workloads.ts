/**
 * The end-to-end workloads, as a table: the floors (`node -e 0`, Python's csv.reader over every row
 * of every table), each Kedja runner's commands (`--version`, `validate`, `rank --json`, `blast
 * --supplier <top> --json`, `metrics --json`) on the CSV folder and, when the runner's `import`
 * writes Arrow, `import` itself and the same commands on the binary graph file; and each peer's jobs
 * (pandas + networkx, and graphology, as whole processes). Arguments are made when a workload runs,
 * since `blast` takes the top supplier of Kedja's own ranking. O(workloads).
 */
import { join } from 'node:path';

import type { Job } from './answers.js';

export type Input = 'csv' | 'arrow' | '–';

export interface Context {
  folder: string;
  /** The top supplier of Kedja's ranking, known once a Kedja ranking has run (stage 0). */
  top?: string;
}

export interface Workload {
  /** Unique within a run. */
  key: string;
  kind: 'floor' | 'kedja' | 'peer';
  job: Job | 'floor' | 'import';
  /** As shown: `node -e 0`, `csv.reader`, `--version`, `validate`, `rank`, ... */
  workload: string;
  input: Input;
  /** `floor`, `kedja (compiled)`, `kedja (bin/kedja.js)`, or the peer's name. */
  runner: string;
  command: string;
  args: (context: Context) => string[];
  /** The command as the docs show it, with the folder as <folder>. */
  shown: string;
  /** Stage 0 runs first: the rankings (blast needs the top supplier) and the imports (the file). */
  stage: 0 | 1;
  /** The peers' sampling of suppliers (rank, metrics): one in `every`. */
  every: number;
}

export interface KedjaRunner {
  /** `compiled` or `bin/kedja.js`. */
  label: string;
  /** The script node runs. */
  script: string;
  /** The script as the docs show it, relative to the repository. */
  shown: string;
  /** Where this runner's `import` writes the binary graph file, or null when it writes none (no Arrow). */
  arrowFile: string | null;
}

export interface Peer {
  name: string;
  command: string;
  /** Arguments before `<folder> <job>`. */
  prefix: string[];
  shown: string;
}

const KEDJA_JOBS: { job: Job; args: (input: string, context: Context) => string[] }[] = [
  { job: 'validate', args: (input) => ['validate', input, '--json'] },
  { job: 'rank', args: (input) => ['rank', input, '--json'] },
  {
    job: 'blast',
    args: (input, context) => {
      if (!context.top) throw new Error('blast runs after a Kedja ranking has named the top supplier');
      return ['blast', input, '--supplier', context.top, '--json'];
    },
  },
  { job: 'metrics', args: (input) => ['metrics', input, '--json'] },
];

const PEER_JOBS: Job[] = ['validate', 'rank', 'blast', 'metrics'];

const showArgs = (args: string[], folder: string, file: string | null) =>
  args.map((a) => (a === folder ? '<folder>' : a === file ? '<graph.arrow>' : a)).join(' ');

function kedjaWorkloads(runner: KedjaRunner, folder: string, version: boolean): Workload[] {
  const base = { kind: 'kedja' as const, runner: `kedja (${runner.label})`, command: process.execPath, every: 1 };
  const node = (args: string[]) => [runner.script, ...args];
  const shown = (args: string[]) => `node ${runner.shown} ${showArgs(args, folder, runner.arrowFile)}`;
  const list: Workload[] = [];
  if (version) {
    list.push({
      ...base,
      key: `${runner.label} --version`,
      job: 'version',
      workload: '--version',
      input: '–',
      args: () => node(['--version']),
      shown: shown(['--version']),
      stage: 0,
    });
  }
  const inputs: [Input, string][] = [['csv', folder]];
  if (runner.arrowFile) {
    const importArgs = ['import', folder, '-o', runner.arrowFile];
    list.push({
      ...base,
      key: `${runner.label} import`,
      job: 'import',
      workload: 'import',
      input: 'csv',
      args: () => node(importArgs),
      shown: shown(importArgs),
      stage: 0,
    });
    inputs.push(['arrow', runner.arrowFile]);
  }
  for (const [input, path] of inputs) {
    for (const { job, args } of KEDJA_JOBS) {
      list.push({
        ...base,
        key: `${runner.label} ${job} ${input}`,
        job,
        workload: job,
        input,
        args: (context) => node(args(path, context)),
        shown: shown(args(path, { folder, top: '<top supplier>' })),
        stage: job === 'rank' && input === 'csv' ? 0 : 1,
      });
    }
  }
  return list;
}

function peerWorkloads(peer: Peer, folder: string, every: number): Workload[] {
  return PEER_JOBS.map((job) => {
    const argument = (context: Context) =>
      job === 'blast' ? [context.top ?? '<top supplier>'] : job === 'rank' || job === 'metrics' ? [String(every)] : [];
    return {
      key: `${peer.name} ${job}`,
      kind: 'peer',
      job,
      workload: job,
      input: 'csv',
      runner: peer.name,
      command: peer.command,
      args: (context) => [...peer.prefix, folder, job, ...argument(context)],
      shown: `${peer.shown} <folder> ${job} ${argument({ folder, top: '<top supplier>' }).join(' ')}`.trim(),
      stage: 1,
      every: job === 'rank' || job === 'metrics' ? every : 1,
    };
  });
}

/** The jobs of the end-to-end part, as `--jobs` names them. */
export const E2E_JOBS = ['version', 'import', 'validate', 'rank', 'blast', 'metrics'] as const;
export type E2eJob = (typeof E2E_JOBS)[number];

/**
 * Only the workloads of `jobs` (and the floors). What they need comes along: the import when a
 * job runs on the binary file, the ranking on CSV when blast runs (it names the top supplier).
 */
export function onlyJobs(list: readonly Workload[], jobs: readonly E2eJob[]): Workload[] {
  const wanted = new Set<string>(jobs);
  if (list.some((w) => w.kind === 'kedja' && w.input === 'arrow' && wanted.has(w.job))) wanted.add('import');
  if (wanted.has('blast')) wanted.add('rank');
  return list.filter((w) => w.kind === 'floor' || wanted.has(w.job));
}

export function workloads(options: {
  folder: string;
  here: string;
  python: string | null;
  runners: KedjaRunner[];
  peers: Peer[];
  every: number;
  /** Whether to time `--version` (not when only answers are checked: it has none to compare). */
  version: boolean;
}): Workload[] {
  const { folder, here, python } = options;
  const floor = { kind: 'floor' as const, job: 'floor' as const, runner: 'floor', stage: 0 as const, every: 1 };
  const floors: Workload[] = [
    {
      ...floor,
      key: 'node -e 0',
      workload: 'node -e 0',
      input: '–',
      command: process.execPath,
      args: () => ['-e', '0'],
      shown: 'node -e 0',
    },
  ];
  if (python) {
    floors.push({
      ...floor,
      key: 'csv.reader',
      workload: 'csv.reader',
      input: 'csv',
      command: python,
      args: () => [join(here, 'peers/csv_reader_floor.py'), folder],
      shown: `${python} test/bench/peers/csv_reader_floor.py <folder>`,
    });
  }
  return [
    ...floors,
    ...options.runners.flatMap((runner) => kedjaWorkloads(runner, folder, options.version)),
    ...options.peers.flatMap((peer) => peerWorkloads(peer, folder, options.every)),
  ];
}
