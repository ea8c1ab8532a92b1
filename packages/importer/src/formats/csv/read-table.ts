/**
 * Streaming one CSV file of a canonical folder (csv-records.ts, papaparse): the header is checked
 * against the table's columns, every row comes with the physical line it starts on (quoted fields
 * may span lines), and every problem becomes a diagnostic with file, line and column (the field
 * number). Memory is bounded by one chunk of records. A CSV syntax error stops the file at that
 * row; the rows before it have been read. The file is opened through dialect.ts, which hands over a
 * `;`-separated or Windows-1252 file as UTF-8 text with its separator, and says so in a note.
 *
 * A reader that can take simple lines (printable ASCII, no quote) without a Row passes a FastLine
 * (the bulk loader does, for edge tables): the file is then read as bytes, such lines go to it
 * with the bounds of their fields, and every other line is made into the record papaparse would
 * make, so that the rows, problems and lines are the same either way (test/csv-byte-reader.test.ts).
 * Such a reader may also share a large file with a second thread (TablePart), which reads the
 * simple lines of its second half meanwhile.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

import type { Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import { checkRegularFile, NUL_MESSAGE } from '../../guarded-file.js';
import type { ImportNote } from '../../types.js';
import { csvRecordBatches, guessNewline } from './csv-records.js';
import {
  detectDialect,
  DIALECT_SAMPLE_BYTES,
  dialectNote,
  fileHead,
  isCanonical,
  openCsv,
  readCsvText,
} from './dialect.js';
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

  /** The number of fields of the header, once it is read. */
  get width(): number | undefined {
    return this.header?.length;
  }

  /** The 0-based field of a column in the header, or undefined when it is absent. */
  field(column: string): number | undefined {
    return this.index.get(column);
  }

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

/**
 * A reader's own handling of a simple line of a table (printable ASCII with no quote, as many fields
 * as the header, not blank): field i is `bytes[starts[i], ends[i])`, trimmed, and `line` is its line.
 * Returns false to have the line read as any other (a Row), which it must whenever the row has a
 * problem to report or is anything it does not handle, so that what a table yields and reports
 * never depends on which way a line was read.
 */
export type FastLine = (bytes: Uint8Array, starts: Int32Array, ends: Int32Array, line: number) => boolean;

/**
 * Makes a table's FastLine once its header is read (`field` gives a column's 0-based field), or
 * returns undefined to have every line read as a Row.
 */
export type FastLines = (field: (column: string) => number | undefined) => FastLine | undefined;

/**
 * A second reader of a large table's simple lines, on another thread (table-part.ts): while this
 * thread reads the lines before byte `from`, it reads the simple lines from `from` (a line start)
 * on, up to the first line that is not simple. What it read is then replayed in its place, so that
 * the rows, problems and lines are those of one reader.
 */
export interface TablePart {
  /** Reads from `from` on; undefined when it could not (then this thread reads on as usual). Never rejects. */
  read(path: string, from: number, crlf: boolean): Promise<PartRead | undefined>;
}

/** What a TablePart read: `lines` lines, up to byte `stop` (a line start, or the file's size). */
export interface PartRead {
  lines: number;
  stop: number;
  /** Gives the lines read to the table's FastLine's sink, in file order, the first being line `firstLine`. */
  replay(firstLine: number): void;
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
  fast?: FastLines,
  part?: TablePart,
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
    const newline = fast === undefined ? undefined : await byteNewline(path);
    if (newline !== undefined) {
      yield* byteBatches(path, assembler, fast!, newline, part);
    } else {
      const { dialect, stream } = await openCsv(path, 'utf8');
      if (!isCanonical(dialect)) status.notes?.push(dialectNote(file, dialect));
      for await (const records of csvRecordBatches(stream, dialect.separator)) yield assembled(assembler, records);
    }
  } catch (error) {
    await assembler.syntaxError(path, error);
    return;
  }
  assembler.finish();
}

/** How much of a file papaparse's guess of the line break can see: 1 Mi characters are at most 3 MiB of UTF-8. */
const NEWLINE_SAMPLE_BYTES = 4 * 1024 * 1024;
/** The byte reader's read size. */
const BYTE_CHUNK = 1024 * 1024;
const LF = 10;
const CR = 13;
const COMMA = 44;
const QUOTE = 34;
const SPACE = 32;

/**
 * The line break of a file the byte reader can take: comma-separated UTF-8 with no byte-order
 * mark, lines ending in LF or CRLF as papaparse would guess them; undefined for any other file.
 */
async function byteNewline(path: string): Promise<'\n' | '\r\n' | undefined> {
  const head = await fileHead(path, NEWLINE_SAMPLE_BYTES);
  const dialect = detectDialect(head.subarray(0, DIALECT_SAMPLE_BYTES));
  if (!isCanonical(dialect) || dialect.bom) return undefined;
  if (head.indexOf(CR) < 0) return '\n';
  const newline = guessNewline(head.toString('utf8'));
  return newline === '\r' ? undefined : newline;
}

/**
 * The rows of a canonical file read as bytes, for a reader that handles simple lines itself (see
 * FastLine): the other lines become records exactly as papaparse makes them (without quotes, a
 * line's fields are its text split at commas), and from the first line with a quote on, or a line
 * break papaparse would not take for one, the rest of the file goes to papaparse (csv-records.ts),
 * from that line's first byte. A file given a `part` is shared with it: the part reads
 * the second half's simple lines on another thread while this one reads the first half, and this
 * one replays them and reads on from where it stopped. One pass over the bytes; memory bounded by a
 * chunk (or a line).
 */
async function* byteBatches(
  path: string,
  assembler: RowAssembler,
  fast: FastLines,
  newline: '\n' | '\r\n',
  part: TablePart | undefined,
): AsyncGenerator<Iterable<Row>> {
  const crlf = newline === '\r\n';
  const lines = new ByteLines(assembler, fast, crlf);
  const handle = await open(path, 'r');
  const chunks = new LineChunks(handle);
  let bail = -1;
  try {
    // Where the other thread starts, and what it read; this thread reads no further until it has.
    let split = Infinity;
    let shared: Promise<PartRead | undefined> | undefined;
    if (part !== undefined) {
      const size = (await handle.stat()).size;
      const from = await lineStartAfter(handle, Math.floor(size / 2), crlf);
      if (from > 0 && from < size) {
        split = from;
        shared = part.read(path, from, crlf);
      }
    }
    for (;;) {
      let chunk = await chunks.next(split);
      if (chunk === undefined && shared !== undefined) {
        // Every line before the split is read: the other thread's lines come next.
        const read = await shared;
        shared = undefined;
        split = Infinity;
        if (read !== undefined) {
          read.replay(assembler.nextLine);
          assembler.nextLine += read.lines;
          chunks.seek(read.stop);
        }
        chunk = await chunks.next();
      }
      if (chunk === undefined) break;
      // Consumed whole before the buffer is read into again (readTableBatches' contract).
      yield lines.read(chunk.bytes, chunk.end);
      if (lines.bail >= 0) {
        bail = chunks.offset + lines.bail;
        break;
      }
    }
  } finally {
    await handle.close();
  }
  if (bail < 0) return;
  const rest = createReadStream(path, { start: bail, encoding: 'utf8' });
  for await (const records of csvRecordBatches(rest, ',', undefined, newline)) yield assembled(assembler, records);
}

/**
 * A file read in chunks of whole lines into one buffer, read into again and again (a new buffer per
 * chunk, a read stream's, is external memory, and at EU size its growth set off a full collection
 * of the heap twice a second). A chunk is `bytes[0, end)`: lines ending in LF, or the file's last
 * line without one; a line longer than the buffer grows it. Memory bounded by a chunk (or a line).
 */
class LineChunks {
  private bytes = Buffer.allocUnsafe(BYTE_CHUNK);
  /** Bytes read into `bytes`, and the end of the chunk given last (dropped at the next). */
  private filled = 0;
  private given = 0;
  /** The file offset of `bytes[0]`. */
  offset: number;

  constructor(
    private readonly handle: FileHandle,
    offset = 0,
  ) {
    this.offset = offset;
  }

  /** Goes on at file offset `at`, a line start. */
  seek(at: number): void {
    this.offset = at;
    this.filled = 0;
    this.given = 0;
  }

  /** The next chunk, read no further than file offset `limit` (a line start); undefined at the end or the limit. */
  async next(limit = Infinity): Promise<{ bytes: Buffer; end: number } | undefined> {
    this.bytes.copy(this.bytes, 0, this.given, this.filled);
    this.offset += this.given;
    this.filled -= this.given;
    this.given = 0;
    for (;;) {
      if (this.filled === this.bytes.length) {
        const bigger = Buffer.allocUnsafe(this.bytes.length * 2);
        this.bytes.copy(bigger, 0, 0, this.filled);
        this.bytes = bigger;
      }
      const room = Math.min(this.bytes.length - this.filled, limit - this.offset - this.filled);
      const { bytesRead } =
        room > 0 ? await this.handle.read(this.bytes, this.filled, room, this.offset + this.filled) : { bytesRead: 0 };
      if (bytesRead === 0) {
        if (this.filled === 0) return undefined;
        this.given = this.filled;
        return { bytes: this.bytes, end: this.given };
      }
      this.filled += bytesRead;
      const last = this.bytes.lastIndexOf(LF, this.filled - 1);
      if (last < 0) continue;
      this.given = last + 1;
      return { bytes: this.bytes, end: this.given };
    }
  }
}

/**
 * The start of the first line that begins after byte `at` (with CRLF breaks, after a CRLF), or -1
 * when none does within a chunk of it. O(chunk).
 */
async function lineStartAfter(handle: FileHandle, at: number, crlf: boolean): Promise<number> {
  const window = Buffer.allocUnsafe(BYTE_CHUNK);
  const { bytesRead } = await handle.read(window, 0, window.length, at);
  for (let i = window.indexOf(LF); i >= 0 && i < bytesRead; i = window.indexOf(LF, i + 1)) {
    if (!crlf || (i > 0 && window[i - 1] === CR)) return at + i + 1;
  }
  return -1;
}

/**
 * The simple lines of a canonical file from byte `from` (a line start) on, given to the FastLine of
 * `fast` as byteBatches would give them, up to the first line that is not simple or the file's
 * end: how many lines that is and the byte where they stop. The second reader of a TablePart, on
 * its own thread. Undefined when the header makes no FastLine, or cannot be read as bytes. One
 * pass over the bytes read; memory bounded by a chunk (or a line).
 */
export async function readSimpleLines(
  path: string,
  spec: TableSpec,
  fast: FastLines,
  crlf: boolean,
  from: number,
): Promise<{ lines: number; stop: number } | undefined> {
  // The header's problems are the other reader's to report.
  const assembler = new RowAssembler(path, spec, [], { complete: true });
  const lines = new ByteLines(assembler, fast, crlf);
  const handle = await open(path, 'r');
  try {
    const chunks = new LineChunks(handle);
    // The header alone, then on from `from`.
    const head = await chunks.next(from);
    const header = head === undefined ? -1 : head.bytes.subarray(0, head.end).indexOf(LF);
    if (header < 0) return undefined;
    for (const _ of lines.read(head!.bytes, header + 1)) return undefined;
    if (lines.bail >= 0 || !lines.simple) return undefined;
    lines.simpleOnly = true;
    assembler.nextLine = 0;
    chunks.seek(from);
    for (let chunk = await chunks.next(); chunk !== undefined; chunk = await chunks.next()) {
      for (const _ of lines.read(chunk.bytes, chunk.end)) return undefined;
      if (lines.bail >= 0) return { lines: assembler.nextLine, stop: chunks.offset + lines.bail };
    }
    return { lines: assembler.nextLine, stop: chunks.offset };
  } finally {
    await handle.close();
  }
}

/** The line-by-line reading of byteBatches, with the field bounds of a line kept between lines. */
class ByteLines {
  /**
   * Where in the last bytes read the rest of the file must go to papaparse; -1 when it need not.
   * With `simpleOnly`, where the first line that is not simple starts.
   */
  bail = -1;
  /** Every line must be simple: the first that is not ends the reading (see `bail`). */
  simpleOnly = false;
  private starts = new Int32Array(1);
  private ends = new Int32Array(1);
  /** The header's number of fields; 0 until it is read. */
  private width = 0;
  private fastLine: FastLine | undefined;
  // The line scan() read last.
  private fields = 0;
  private odd = 0;
  private quote = false;
  private contentEnd = 0;

  constructor(
    private readonly assembler: RowAssembler,
    private readonly fast: FastLines,
    private readonly crlf: boolean,
  ) {}

  /** The rows of the lines in `bytes[0, end)`: each ends with a line feed, or the last one at `end`. */
  *read(bytes: Buffer, end: number): Generator<Row> {
    const { assembler } = this;
    let s = 0;
    while (s < end) {
      const next = this.scan(bytes, s, end);
      if (this.quote) {
        this.bail = s;
        return;
      }
      const line = assembler.nextLine;
      if (this.odd === 0 && this.fields === this.width && this.fastLine !== undefined) {
        if (this.blank(bytes) || this.fastLine(bytes, this.starts, this.ends, line)) {
          assembler.nextLine++;
          s = next;
          continue;
        }
      }
      if (this.simpleOnly) {
        this.bail = s;
        return;
      }
      const text = bytes.toString(this.odd === 0 ? 'latin1' : 'utf8', s, this.contentEnd);
      const row = assembler.accept(text.split(','));
      if (this.width === 0 && assembler.width !== undefined) this.header();
      if (row !== undefined) yield row;
      s = next;
    }
  }

  /**
   * Reads the line at `s`: its fields' bounds (up to the header's width), their number, whether it
   * holds a quote or bytes other than printable ASCII, where its content ends; returns where the
   * next line starts. A plain function, not the generator, so that V8 optimises its loop.
   */
  private scan(bytes: Buffer, s: number, end: number): number {
    const { starts, ends, width } = this;
    starts[0] = s;
    let fields = 1;
    let odd = 0;
    let quote = false;
    let i = s;
    for (; i < end; i++) {
      const b = bytes[i]!;
      if (b === LF) break;
      if (b === COMMA) {
        if (fields < width) {
          ends[fields - 1] = i;
          starts[fields] = i + 1;
        }
        fields++;
      } else if (b === QUOTE) quote = true;
      else if (b < SPACE || b > 126) odd++;
    }
    let contentEnd = i;
    if (this.crlf && i < end) {
      // papaparse breaks lines only at CRLF here: a lone LF would be inside its record.
      if (i === s || bytes[i - 1] !== CR) quote = true;
      else {
        contentEnd--;
        odd--;
      }
    }
    if (fields <= width) ends[fields - 1] = contentEnd;
    this.fields = fields;
    this.odd = odd;
    this.quote = quote;
    this.contentEnd = contentEnd;
    return i + 1;
  }

  /** Trims the fields of the line just scanned (ASCII spaces: all a simple line can hold); whether all are empty. */
  private blank(bytes: Buffer): boolean {
    const { starts, ends } = this;
    let blank = true;
    for (let f = 0; f < this.fields; f++) {
      let a = starts[f]!;
      let z = ends[f]!;
      while (a < z && bytes[a] === SPACE) a++;
      while (z > a && bytes[z - 1] === SPACE) z--;
      starts[f] = a;
      ends[f] = z;
      if (a < z) blank = false;
    }
    return blank;
  }

  /** Whether the header has been read and the reader takes simple lines. */
  get simple(): boolean {
    return this.fastLine !== undefined;
  }

  /** The header has been read: the bounds of its width, and the reader's own handling. */
  private header(): void {
    const width = this.assembler.width!;
    this.width = width;
    this.starts = new Int32Array(Math.max(1, width));
    this.ends = new Int32Array(Math.max(1, width));
    this.fastLine = this.fast((column) => this.assembler.field(column));
  }
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
