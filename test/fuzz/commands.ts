/**
 * Running one `kedja` command in this process (the CLI's `run(args, io)`) with its output captured,
 * a time limit, and the invariants every command must keep on any input: exit code 0, 1 (usage) or
 * 2 (invalid data, with at least one KEDJA_ diagnostic); no stack trace and no internal error; an
 * answer in time linear in the input (a generous budget per megabyte); no line of stderr
 * that repeats a long value whole; no file contents leaked through an XML entity.
 */
import { run } from '@kedja/cli';

export interface Failure {
  /** What was broken: exit-code, stack-trace, no-diagnostic, hang, slow, long-line, leak, loaders-agree, ... */
  invariant: string;
  /** The failure's class within the invariant (a code, an exit code, a normalised message): what the summary groups by. */
  key: string;
  detail: string;
}

export interface CommandRun {
  args: string[];
  /** The exit code; -1 when the command did not end in time or threw. */
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Time allowed per command: a base, and more per megabyte of input (the parsers must be linear). */
const BUDGET_MS = 5_000;
const BUDGET_MS_PER_MB = 1_000;
/**
 * A command that has not ended after twice its budget has hung (20 s at 5 MB). With a named pipe in
 * the input, a fifth of that: a read that blocks on a pipe never ends, and waiting costs time.
 */
export const hangMs = (megabytes: number, pipe = false) =>
  (pipe ? 0.4 : 2) * (BUDGET_MS + BUDGET_MS_PER_MB * megabytes);
/** A line of stderr longer than this repeats a long value whole. */
const LONG_LINE = 2_000;

const STACK_FRAME = /^\s+at .+(\(|:\d+:\d+)/m;
/** What /etc/passwd holds on every Linux system: the output must never contain it. */
const LEAK = /root:.*:0:0:/;

/** A message reduced to its class: the case folder, quoted values and numbers taken out. */
export function normalise(message: string, folder: string): string {
  return message
    .split(folder)
    .join('<case>')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 120);
}

export async function runCommand(args: string[], limit: number): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), isTty: false };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const after = (ms: number) => new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), ms)));
  const running = run(args, io);
  let code: number;
  let ms: number;
  try {
    code = await Promise.race([running, after(limit)]);
    ms = performance.now() - started;
    if (code === -1) {
      err.push(`\n[fuzz] no answer after ${limit / 1000} s\n`);
      // The command runs on in this process: let it end (up to ten times its budget) before the next
      // one starts, so that its work is not counted against the next case as a hang of its own.
      clearTimeout(timer);
      await Promise.race([running.catch(() => -1), after(10 * limit)]);
    }
  } catch (error) {
    code = -1;
    ms = performance.now() - started;
    err.push(`\n[fuzz] run() threw: ${(error as Error)?.stack ?? String(error)}\n`);
  } finally {
    clearTimeout(timer);
  }
  return { args, code, stdout: out.join(''), stderr: err.join(''), ms };
}

/** The invariants of one command's run; `megabytes` is the size of the input. */
export function checkRun(r: CommandRun, folder: string, megabytes: number): Failure[] {
  const failures: Failure[] = [];
  const fail = (invariant: string, key: string, detail: string) => failures.push({ invariant, key, detail });
  const command = r.args[0]!;
  const internal = /internal error: (.*)/.exec(r.stderr)?.[1];
  if (r.stderr.includes('[fuzz] no answer')) fail('hang', command, r.stderr.trim());
  else if (r.stderr.includes('[fuzz] run() threw'))
    fail('throws', normalise(r.stderr.trim().split('\n')[0]!, folder), r.stderr);
  else if (![0, 1, 2].includes(r.code)) {
    fail('exit-code', `exit ${r.code}${internal ? `: ${normalise(internal, folder)}` : ''}`, r.stderr.slice(0, 2000));
  }
  if (STACK_FRAME.test(r.stderr) || STACK_FRAME.test(r.stdout)) fail('stack-trace', command, r.stderr.slice(0, 2000));
  if (r.code === 2 && !/(error|warning) KEDJA_[A-Z0-9_]+/.test(r.stderr)) {
    fail('no-diagnostic', command, r.stderr.slice(0, 2000));
  }
  const budget = BUDGET_MS + BUDGET_MS_PER_MB * megabytes;
  if (r.code !== -1 && r.ms > budget) {
    fail('slow', command, `${(r.ms / 1000).toFixed(1)} s on ${megabytes.toFixed(1)} MB (budget ${budget / 1000} s)`);
  }
  const long = r.stderr.split('\n').find((line) => line.length > LONG_LINE);
  if (long) {
    const code = /KEDJA_[A-Z0-9_]+/.exec(long)?.[0] ?? 'no code';
    fail('long-line', code, `a line of ${long.length} characters: ${long.slice(0, 200)}…`);
  }
  if (LEAK.test(r.stdout) || LEAK.test(r.stderr)) fail('leak', command, 'the output holds a line of /etc/passwd');
  return failures;
}

/** The error diagnostics of a run's stderr, as `place code` (messages left out), sorted. */
export function errorLines(r: CommandRun, folder: string): string[] {
  const lines: string[] = [];
  for (const m of r.stderr.matchAll(/^(?:(.*?): )?error (KEDJA_[A-Z0-9_]+):/gm)) {
    lines.push(`${(m[1] ?? '').split(folder).join('<case>')} ${m[2]}`);
  }
  return lines.sort();
}
