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

/** How many characters of a value a message shows. */
const SHOWN_VALUE_LENGTH = 80;

/** `text` cut to `limit` characters (never inside a surrogate pair) and an ellipsis. */
function cut(text: string, limit: number): string {
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A value as a message shows it: JSON-quoted (`"SE"`, `12`, `null`), a number JSON cannot write as
 * itself by name (`Infinity`, which `1e309` in a JSON file becomes), and a long value cut to
 * `limit` characters with its length, so that a message stays one readable line whatever the data
 * holds (`"xxxx…" (100000 characters)`).
 */
export function quoteValue(value: unknown, limit = SHOWN_VALUE_LENGTH): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'NaN' : `${value} (beyond the largest number, about 1.8e308)`;
  }
  if (typeof value === 'string') {
    return value.length <= limit
      ? JSON.stringify(value)
      : `${JSON.stringify(cut(value, limit))} (${value.length} characters)`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= limit ? text : `${cut(text, limit)} (${text.length} characters)`;
}

/** An id as a message names it: as it is, or cut like quoteValue's when it is long. */
const shownId = (id: string) => (id.length <= SHOWN_VALUE_LENGTH ? id : quoteValue(id));

/**
 * The longest message shown whole. Kedja's own messages are far shorter and show values through
 * quoteValue; a longer one repeats data or a library's text (an XML parser's tag stack), and is cut.
 */
const SHOWN_MESSAGE_LENGTH = 1000;

/** `file:line:column: code: message`, the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
  const subject =
    d.node !== undefined ? ` (node ${shownId(d.node)})` : d.edge !== undefined ? ` (edge ${shownId(d.edge)})` : '';
  const message =
    d.message.length <= SHOWN_MESSAGE_LENGTH
      ? d.message
      : `${cut(d.message, SHOWN_MESSAGE_LENGTH)} (a message of ${d.message.length} characters, cut)`;
  return `${where ? `${where}: ` : ''}${d.severity} ${d.code}: ${message}${subject}`;
}
