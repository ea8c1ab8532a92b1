/**
 * Errors and diagnostics shared by every Kedja package.
 *
 * A `KedjaError` carries a stable `code` (tests and tools match on it, never on the wording) and
 * a message that says what to do. A `Diagnostic` is one problem found in input data: importers
 * collect all of them and return them together; only the CLI turns them into output and exit codes.
 */

export type Severity = 'error' | 'warning';

/** One problem found in a graph or an input file. `line` and `column` are 1-based. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** The input file, when the problem comes from a file. */
  file?: string;
  line?: number;
  /** 1-based column: for CSV the field number, for JSON the character. */
  column?: number;
  /** The node or edge the problem is about, when known. */
  node?: string;
  edge?: string;
}

/** An error with a stable `code` (match on it, never on the wording), and the diagnostics behind it. */
export class KedjaError extends Error {
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];

  constructor(code: string, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'KedjaError';
    this.code = code;
    this.diagnostics = diagnostics;
  }
}

/** Codes raised by @kedja/core. */
export const CORE_ERROR_CODES = {
  invalidGraph: 'KEDJA_INVALID_GRAPH',
  unknownId: 'KEDJA_SCENARIO_UNKNOWN_ID',
  wrongKind: 'KEDJA_SCENARIO_WRONG_KIND',
  badSelector: 'KEDJA_SCENARIO_BAD_SELECTOR',
  badOption: 'KEDJA_BAD_OPTION',
} as const;

/** True when at least one diagnostic is an error (warnings do not make input invalid). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:column: code: message`, the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
  const subject = d.node !== undefined ? ` (node ${d.node})` : d.edge !== undefined ? ` (edge ${d.edge})` : '';
  return `${where ? `${where}: ` : ''}${d.severity} ${d.code}: ${d.message}${subject}`;
}
