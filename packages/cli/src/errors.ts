/**
 * How the CLI fails: a usage error (exit 1), invalid input data (exit 2, with every diagnostic), a
 * bug in Kedja (exit 3), or output that could not be written (exit 4: a full disk, a closed
 * terminal). Only the CLI turns errors into exit codes.
 */
import { KedjaError, type Diagnostic } from '@kedja/core';

export const EXIT = { ok: 0, usage: 1, data: 2, internal: 3, output: 4 } as const;

export const CLI_CODES = {
  usage: 'KEDJA_USAGE',
  invalidInput: 'KEDJA_INVALID_INPUT',
  outputFailed: 'KEDJA_OUTPUT_FAILED',
} as const;

/** The user asked for something that cannot be done as asked (bad option, unknown id). */
export class UsageError extends KedjaError {
  constructor(message: string, code: string = CLI_CODES.usage) {
    super(code, message);
    this.name = 'UsageError';
  }
}

/** The input data is invalid; `diagnostics` says where and why. */
export class DataError extends KedjaError {
  constructor(message: string, diagnostics: readonly Diagnostic[]) {
    super(CLI_CODES.invalidInput, message, diagnostics);
    this.name = 'DataError';
  }
}
