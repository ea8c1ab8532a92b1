/** The shapes the end-to-end benchmark records in docs/benchmarks.json. */
import type { Input } from './workloads.js';

/** One workload of one size: the median of its samples. */
export interface ProcessEntry {
  size: string;
  /** `node -e 0`, `csv.reader`, `--version`, `import`, `validate`, `rank`, `blast`, `metrics`. */
  workload: string;
  input: Input;
  kind: 'floor' | 'kedja' | 'peer';
  runner: string;
  /** The command as run, with <folder> for the dataset. */
  command: string;
  wallS: number;
  peakRssMb: number | null;
  samples: number;
  note?: string;
}

/** The conditions of one size's end-to-end run. */
export interface EndToEndRun {
  size: string;
  command: string;
  date: string;
  /** Logical CPUs of the machine. */
  cores: number;
  /** `uptime` before and after the end-to-end part. */
  uptimeStart: string;
  uptimeEnd: string;
  /** The 1-minute load average as each sample started: lowest, median, highest. */
  load: { min: number; median: number; max: number };
  notes: string[];
}

/** A kernel entry of run.ts, as far as the targets read it. */
export interface KernelEntry {
  size: string;
  workload: string;
  engineMs: number;
  peerMs: number | null;
  peer: string;
  ratio: number | null;
}
