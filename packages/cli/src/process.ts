/**
 * The `kedja` process around `run`: standard output and error guarded, one command run, its exit
 * code returned. Shared by bin.ts (the compiled modules) and the single-file bundle that
 * bin/kedja.js runs with V8's code cache (scripts/bundle-cli.mjs).
 */
import { CLI_CODES, EXIT } from './errors.js';
import { run } from './main.js';

/**
 * Standard output or error could not be written. A reader that went away (`kedja rank | head`,
 * EPIPE) ends the command quietly with success; anything else (a full disk, a closed terminal) is
 * said once on stderr, if stderr still works, and exits 4 without a stack trace.
 */
function outputFailed(stream: 'stdout' | 'stderr', error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  if (stream === 'stdout') {
    try {
      process.stderr.write(
        `kedja: error ${CLI_CODES.outputFailed}: cannot write to standard output (${error.message}); what it holds is incomplete\n`,
      );
    } catch {
      // stderr is gone too: the exit code says it.
    }
  }
  process.exit(EXIT.output);
}

let guarded = false;

/** Runs one command as the `kedja` process does and returns its exit code (bin.ts sets it). */
export async function runProcess(args: readonly string[]): Promise<number> {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => outputFailed('stdout', error));
    process.stderr.on('error', (error: NodeJS.ErrnoException) => outputFailed('stderr', error));
  }
  return run(args);
}
