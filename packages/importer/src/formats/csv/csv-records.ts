/**
 * The records of a CSV text stream, with papaparse: each record an array of raw fields, in file
 * order. The CSV tokenizer of Kedja's readers (canonical tables, DORA registers, survey answers,
 * edge lists); read-table.ts splits the lines with no quote of a canonical edge table itself, as
 * papaparse would, and hands it the rest. papaparse's chunked parser reads the 953,000 rows of a generated `uses.csv`
 * in 0.5 s where fast-csv took 7.3 s on the same machine (November 2026), and it is linear in the
 * length of a field.
 *
 * The parser is paused after each chunk until its records have been consumed, so memory is bounded
 * by one chunk (or one record, when a record is longer). A quote error ends the stream at its
 * record: the records before it are yielded, then an Error with papaparse's message is thrown
 * (callers locate it in the file themselves).
 *
 * papaparse parses again, with each new chunk, the part of the last record that the chunks before
 * did not finish, so a record spanning k chunks costs k times its length: one quoted field of 16 MB
 * took 13 s. So the chunks it gets end where records end (`wholeRecords`): a linear scan that
 * follows the quotes holds back the unfinished end of each chunk, and papaparse reads every
 * character once.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

import type Papa from 'papaparse';

import { lazyRequire } from '../../lazy-require.js';

const papaparse = lazyRequire<typeof Papa>('papaparse');

/** papaparse's line-break guess reads this much of its first chunk. */
const FIRST_CHUNK = 1024 * 1024;

/**
 * The text of `stream` in chunks that each end just after a line break outside quotes (the last
 * one at the end of the text). Inside quotes is told by the parity of the quotes seen, which is
 * exact for well-formed CSV (`""` inside a quoted field counts twice); where a stray quote in
 * malformed text misleads it, a cut costs papaparse a second look, never a different record
 * (papaparse keeps an unfinished record for the next chunk itself). The first
 * chunk is at least `first` characters (or the whole text): papaparse guesses the line break from
 * the first 1 MiB of its first chunk, and so guesses as it would on the whole text. O(length).
 */
export function wholeRecords(stream: Readable, first = FIRST_CHUNK): Readable {
  const chunks = new RecordChunks(first);
  stream.on('error', (error) => chunks.destroy(error));
  return stream.pipe(chunks);
}

/** The transform of wholeRecords: text in, chunks of whole records out (strings, as they are cut). */
class RecordChunks extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private held: string[] = [];
  private heldLength = 0;
  private quoted = false;

  constructor(private first: number) {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const boundary = this.lastBoundary(text);
    if (boundary === -1 || this.heldLength + boundary < this.first) {
      this.held.push(text);
      this.heldLength += text.length;
    } else {
      this.held.push(text.slice(0, boundary + 1));
      this.push(this.held.join(''));
      this.held = [text.slice(boundary + 1)];
      this.heldLength = this.held[0]!.length;
      this.first = 0;
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    this.held.push(this.decoder.end());
    const rest = this.held.join('');
    if (rest !== '') this.push(rest);
    done();
  }

  /** The last line break outside quotes in `text`, following the quotes from its start; -1 when none. */
  private lastBoundary(text: string): number {
    let boundary = -1;
    let quote = text.indexOf('"');
    let position = 0;
    for (;;) {
      if (!this.quoted && quote === -1) {
        // No quote ahead: the last line break of the chunk, if it comes after the last quote.
        const last = text.lastIndexOf('\n');
        return last >= position ? last : boundary;
      }
      const next = this.quoted ? -1 : text.indexOf('\n', position);
      if (next !== -1 && next < quote) {
        boundary = next;
        position = next + 1;
        continue;
      }
      if (quote === -1) return boundary;
      this.quoted = !this.quoted;
      position = quote + 1;
      quote = text.indexOf('"', position);
    }
  }
}

/**
 * The records of `source` in batches, one per chunk papaparse parsed: a batch is consumed with no
 * promise per record, which at a million rows was a second of a load. `first` is wholeRecords',
 * for tests; `newline` is the line break when the caller knows it (papaparse guesses it otherwise).
 */
export async function* csvRecordBatches(
  source: Readable,
  separator: string,
  first = FIRST_CHUNK,
  newline?: '\n' | '\r\n',
): AsyncGenerator<readonly string[][]> {
  const stream = wholeRecords(source, first);
  let pending: Papa.ParseResult<string[]> | undefined;
  let parser: Papa.Parser | undefined;
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;

  papaparse().parse<string[]>(stream as unknown as File, {
    delimiter: separator,
    ...(newline !== undefined ? { newline } : {}),
    skipEmptyLines: false,
    chunk(results, chunkParser) {
      pending = results;
      parser = chunkParser;
      chunkParser.pause();
      wake?.();
    },
    complete() {
      done = true;
      wake?.();
    },
    error(error: Error) {
      failure = error;
      wake?.();
    },
  });

  try {
    for (;;) {
      if (pending === undefined && !done && failure === undefined)
        await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (failure !== undefined) throw failure;
      if (pending !== undefined) {
        const { data, errors } = pending;
        pending = undefined;
        const quoteError = errors.find((e) => e.type === 'Quotes');
        const usable = quoteError === undefined ? data : data.slice(0, quoteError.row ?? 0);
        if (usable.length > 0) yield usable;
        if (quoteError !== undefined) throw new Error(quoteError.message);
        parser?.resume();
        continue;
      }
      if (done) return;
    }
  } finally {
    // A consumer that stops early, or a quote error: stop reading the file.
    if (!done) parser?.abort();
    stream.destroy();
    source.destroy();
  }
}

/**
 * The line break papaparse guesses for a text that starts with `text` (papaparse 5's
 * guessLineEndings, from the first 1 MiB with quoted parts left out): the byte reader of
 * read-table.ts splits lines as papaparse would.
 */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const input = text.substring(0, FIRST_CHUNK).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  const nAppearsFirst = n.length > 1 && n[0]!.length < r[0]!.length;
  if (r.length === 1 || nAppearsFirst) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/** The records of `source`, one by one; `first` is wholeRecords', for tests. */
export async function* csvRecords(source: Readable, separator: string, first = FIRST_CHUNK): AsyncGenerator<string[]> {
  for await (const batch of csvRecordBatches(source, separator, first)) yield* batch;
}
