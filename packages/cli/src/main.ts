/**
 * The programmatic entry of the CLI: `run(argv, io)` parses, runs one command and returns its exit
 * code. It turns every failure into a message: usage errors exit 1, invalid data exits 2 with every
 * diagnostic, anything else is a bug and exits 3 with a short note (the stack only with
 * KEDJA_DEBUG=1). Only bin.ts calls process.exit.
 */
import { CommanderError } from 'commander';
import { formatDiagnostic, KedjaError } from '@kedja/core';

import { DataError, EXIT, UsageError } from './errors.js';
import { processIo, type Io } from './output/io.js';
import { createProgram } from './program.js';

export async function run(args: readonly string[], io: Io = processIo): Promise<number> {
  const program = await createProgram(io, args);
  if (args.length === 0) {
    io.stdout(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (unknown option, missing argument, help).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DataError) {
    for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`kedja: ${error.message}\n`);
    return EXIT.data;
  }
  if (error instanceof UsageError || error instanceof KedjaError) {
    io.stderr(`kedja: error ${error.code}: ${error.message}\n`);
    return EXIT.usage;
  }
  io.stderr(
    `kedja: internal error: ${(error as Error)?.message ?? String(error)}\n` +
      'This is a bug in Kedja; please report it with the command you ran. Set KEDJA_DEBUG=1 to see where it happened.\n',
  );
  if (process.env.KEDJA_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}
