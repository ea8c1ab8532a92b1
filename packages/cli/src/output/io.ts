/** Where a command writes: stdout for the answer, stderr for diagnostics and progress. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (wider tables). */
  isTty: boolean;
  /** True when stderr is a terminal (progress bars go there). */
  isStderrTty?: boolean;
}

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
};

/** Writes exactly one JSON document (and a newline) to stdout. */
export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
