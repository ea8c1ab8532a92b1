/**
 * Streaming one CSV file of a canonical folder (csv-records.ts, papaparse): the header is checked
 * against the table's columns, every row comes with the physical line it starts on (quoted fields
 * may span lines), and every problem becomes a diagnostic with file, line and column (the field
 * number). Memory is bounded by one chunk of records. A CSV syntax error stops the file at that
 * row; the rows before it have been read. The file is opened through dialect.ts, which hands over a
 * `;`-separated or Windows-1252 file as UTF-8 text with its separator, and says so in a note.
 */
import type { Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import { checkRegularFile, NUL_MESSAGE } from '../../guarded-file.js';
import type { ImportNote } from '../../types.js';
import { csvRecordBatches } from './csv-records.js';
import { dialectNote, isCanonical, openCsv, readCsvText } from './dialect.js';
import type { ColumnSpec, TableSpec } from './schema.js';

export interface Row {
  /** Line of the file on which the row starts (the header is line 1). */
  line: number;
  /** The trimmed cell of a column, or '' when the column is absent from the header. */
  cell(column: string): string;
  /** The 1-based field number of a column, or undefined when it is absent. */
  column(column: string): number | undefined;
  /** The trimmed cell at a 1-based field number (from `column`); '' beyond the row's fields. */
  at(field: number): string;
}

/** A row backed by its trimmed fields and the header's column positions (no closures per row). */
class TableRow implements Row {
  constructor(
    readonly line: number,
    private readonly fields: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  cell(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.fields[i] as string);
  }

  column(column: string): number | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : i + 1;
  }

  at(field: number): string {
    return this.fields[field - 1] ?? '';
  }
}

const countNewlines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Whether every row of a table could be read (false after a syntax error, an empty file or a missing id column). */
export interface TableStatus {
  complete: boolean;
  /** Where a reader says how it read a file not in the canonical dialect (dialect.ts). */
  notes?: ImportNote[];
}

/**
 * Turns raw records of one table, in file order, into rows: checks the header, tracks the line
 * each record starts on, skips blank records, and reports records of the wrong width or with
 * undecodable bytes.
 */
export class RowAssembler {
  private header: string[] | undefined;
  private readonly index = new Map<string, number>();
  /** The line the next record starts on. */
  nextLine = 1;

  constructor(
    private readonly file: string,
    private readonly spec: TableSpec,
    private readonly diagnostics: Diagnostic[],
    private readonly status: TableStatus,
  ) {}

  private problem(
    line: number,
    column: number | undefined,
    code: string,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ): void {
    this.diagnostics.push({
      file: this.file,
      line,
      ...(column === undefined ? {} : { column }),
      code,
      severity,
      message,
    });
  }

  /** One raw record; returns the row, or undefined for the header, a blank or a bad record. */
  accept(raw: readonly string[]): Row | undefined {
    const line = this.nextLine;
    // One pass over the fields: line breaks inside them, trimmed copies, whether all are blank.
    let newlines = 0;
    let blank = true;
    const fields = new Array<string>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const field = raw[i]!;
      if (field.includes('\n')) newlines += countNewlines(field);
      const trimmed = field.trim();
      if (trimmed !== '') blank = false;
      fields[i] = trimmed;
    }
    this.nextLine += 1 + newlines;

    if (this.header === undefined) {
      const names = fields.map(this.spec.headerKey ?? ((name) => name.toLowerCase()));
      this.header = names;
      checkHeader(names, this.spec, this.index, (column, code, message, severity) => {
        if (code === IMPORT_CODES.missingColumn) this.status.complete = false;
        this.problem(line, column ?? names.length + 1, code, message, severity);
      });
      return undefined;
    }
    if (blank) return undefined; // blank line, or a spreadsheet's empty row
    if (fields.length !== this.header.length) {
      this.problem(
        line,
        Math.min(fields.length, this.header.length) + 1,
        IMPORT_CODES.malformedRow,
        `this row has ${fields.length} fields but the header has ${this.header.length}; quote fields that contain commas`,
      );
      return undefined;
    }
    const bad = fields.findIndex((field) => field.includes('\uFFFD'));
    if (bad >= 0) {
      this.problem(line, bad + 1, IMPORT_CODES.encoding, 'this field is not valid UTF-8; save the file as UTF-8');
      return undefined;
    }
    // NUL is no text: a file saved as UTF-16, or damaged. No CSV writer keeps it (fast-csv drops it),
    // so a value holding one would not come back as it was.
    const nul = fields.findIndex((field) => field.includes('\u0000'));
    if (nul >= 0) {
      this.problem(line, nul + 1, IMPORT_CODES.encoding, NUL_MESSAGE);
      return undefined;
    }
    return new TableRow(line, fields, this.index);
  }

  /** A CSV syntax error stopped the parser: report where it is, found by reading the file again. */
  async syntaxError(path: string, error: unknown): Promise<void> {
    this.status.complete = false;
    const located = await locateSyntaxError(path, this.nextLine);
    this.problem(
      located?.line ?? this.nextLine,
      located?.column ?? 1,
      IMPORT_CODES.malformedRow,
      `${located?.reason ?? (error as Error).message}; rows from line ${this.nextLine} on were not checked`,
    );
  }

  /** The end of the file: a file without even a header is reported. */
  finish(): void {
    if (this.header !== undefined) return;
    this.status.complete = false;
    this.problem(
      1,
      1,
      IMPORT_CODES.emptyFile,
      `the file is empty; it needs at least the header row: ${this.spec.columns.map((c) => c.name).join(',')}`,
    );
  }
}

/**
 * The rows of a batch of records, assembled as they are consumed, so that the assembler's
 * problems fall among the consumer's in row order.
 */
function* assembled(assembler: RowAssembler, records: readonly (readonly string[])[]): Generator<Row> {
  for (const raw of records) {
    const row = assembler.accept(raw);
    if (row !== undefined) yield row;
  }
}

/** Reads the rows of one table, reporting problems into `diagnostics`. */
export async function* readTable(
  path: string,
  file: string,
  spec: TableSpec,
  diagnostics: Diagnostic[],
  status: TableStatus = { complete: true },
): AsyncGenerator<Row> {
  for await (const batch of readTableBatches(path, file, spec, diagnostics, status)) yield* batch;
}

/**
 * Reads the rows of one table in batches (one per chunk of the file), reporting problems into
 * `diagnostics`. Each batch must be consumed whole before the next is asked for: its rows are
 * assembled as they are consumed, so that problems are reported in row order.
 */
export async function* readTableBatches(
  path: string,
  file: string,
  spec: TableSpec,
  diagnostics: Diagnostic[],
  status: TableStatus = { complete: true },
): AsyncGenerator<Iterable<Row>> {
  const assembler = new RowAssembler(file, spec, diagnostics, status);
  // A named pipe or a device is never opened (it could block for ever); a folder's tables were checked already.
  const checked = await checkRegularFile(path, 'table');
  if (!checked.ok) {
    status.complete = false;
    diagnostics.push({ ...checked.diagnostic, file });
    return;
  }
  try {
    const { dialect, stream } = await openCsv(path, 'utf8');
    if (!isCanonical(dialect)) status.notes?.push(dialectNote(file, dialect));
    for await (const records of csvRecordBatches(stream, dialect.separator)) yield assembled(assembler, records);
  } catch (error) {
    await assembler.syntaxError(path, error);
    return;
  }
  assembler.finish();
}

function checkHeader(
  header: string[],
  spec: TableSpec,
  index: Map<string, number>,
  problem: (column: number | undefined, code: string, message: string, severity?: 'error' | 'warning') => void,
): void {
  const known = new Map<string, ColumnSpec>(spec.columns.map((column) => [column.name, column]));
  const allowed = spec.columns.map((column) => (column.required ? `${column.name}*` : column.name)).join(', ');
  header.forEach((name, i) => {
    if (!known.has(name)) {
      const what = name === '' ? `column ${i + 1} has no name` : `unknown column ${quoteValue(name)}`;
      if (spec.unknownColumns === 'warning') {
        problem(
          i + 1,
          IMPORT_CODES.unknownColumn,
          `${what} is not read; ${spec.file} reads ${allowed} (* = required)`,
          'warning',
        );
        return;
      }
      problem(i + 1, IMPORT_CODES.unknownColumn, `${what}; ${spec.file} allows ${allowed} (* = required)`);
    } else if (index.has(name)) {
      problem(i + 1, IMPORT_CODES.duplicateColumn, `column ${quoteValue(name)} appears twice in the header`);
    } else {
      index.set(name, i);
    }
  });
  for (const column of spec.columns) {
    if (column.required && !index.has(column.name)) {
      problem(
        undefined,
        IMPORT_CODES.missingColumn,
        `the header lacks the required column ${quoteValue(column.name)}; ${spec.file} allows ${allowed} (* = required)`,
      );
    }
  }
}

/**
 * Finds the first CSV syntax error at or after `line` by the rules of RFC 4180 (only on the error
 * path: the tokenizer's own error names no line).
 */
export async function locateSyntaxError(
  path: string,
  line: number,
): Promise<{ line: number; column: number; reason: string } | undefined> {
  let text: string;
  let separator: string;
  try {
    const read = await readCsvText(path);
    text = read.text;
    separator = read.dialect.separator;
  } catch {
    return undefined;
  }
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  let current = line;
  let field = 1;
  let i = offset;
  while (i < text.length) {
    if (text[i] === '"') {
      const openedOn = current;
      i++;
      for (;;) {
        if (i >= text.length)
          return { line: openedOn, column: field, reason: 'a quoted field is never closed (a " is missing)' };
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') current++;
        i++;
      }
      const after = text[i];
      if (after !== undefined && after !== separator && after !== '\n' && after !== '\r') {
        return {
          line: current,
          column: field,
          reason: 'text follows the closing quote of a quoted field; double a " inside a quoted field',
        };
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== '\n') i++;
    }
    if (text[i] === '\r') i++;
    if (i >= text.length) return undefined;
    if (text[i] === '\n') {
      current++;
      field = 1;
    } else {
      field++; // the separator
    }
    i++;
  }
  return undefined;
}
