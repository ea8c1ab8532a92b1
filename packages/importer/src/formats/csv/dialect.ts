/**
 * The dialect of a CSV file as spreadsheets write it, found from its first bytes (64 KiB): the
 * separator (`,`, or `;` as Swedish Excel writes, or a tab), a byte-order mark, and the encoding
 * (UTF-8; UTF-16 when a byte-order mark says so; Windows-1252, which older Excel writes, when the
 * bytes are not UTF-8, hold not a single UTF-8 sequence, and the bytes that are not UTF-8 include
 * Latin letters such as Å, ä, ö or é). Both table readers open their files
 * here: a file in the canonical dialect (comma, UTF-8, with or without a byte-order mark) is handed
 * over as the raw file stream it always was; any other is decoded to UTF-8 text (iconv-lite) and the
 * reader is told the separator. A file that is mostly UTF-8 with a stray bad byte stays UTF-8, so
 * the bad byte is reported where it is rather than the whole file read as something else.
 * O(64 KiB) to detect, O(size) to decode.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';

import type Iconv from 'iconv-lite';

import { IMPORT_CODES } from '../../errors.js';
import { lazyRequire } from '../../lazy-require.js';
import type { ImportNote } from '../../types.js';

const iconv = lazyRequire<typeof Iconv>('iconv-lite');

export type CsvSeparator = ',' | ';' | '\t';
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface CsvDialect {
  separator: CsvSeparator;
  encoding: CsvEncoding;
  /** The file starts with a byte-order mark. */
  bom: boolean;
}

export const CANONICAL_DIALECT: CsvDialect = { separator: ',', encoding: 'utf-8', bom: false };

/** How many bytes the dialect is judged from. */
export const DIALECT_SAMPLE_BYTES = 64 * 1024;

const ICONV_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'utf8',
  'windows-1252': 'win1252',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

/** A Windows-1252 (Latin-1) letter: À to þ, except × and ÷. ÿ (0xFF) is left out: it is hardly ever a letter of a name. */
const isLatinLetter = (byte: number) => byte >= 0xc0 && byte <= 0xfe && byte !== 0xd7 && byte !== 0xf7;

/**
 * Valid UTF-8 multi-byte sequences, bytes that belong to none, and how many of those are Latin
 * letters in Windows-1252, in `bytes` (a sequence cut by the end of the sample is none of these).
 */
function utf8Evidence(bytes: Uint8Array): { sequences: number; invalid: number; letters: number } {
  let sequences = 0;
  let invalid = 0;
  let letters = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) {
      if (i + k >= bytes.length) return { sequences, invalid, letters }; // cut by the sample's end
      ok = (bytes[i + k]! & 0xc0) === 0x80;
    }
    if (ok) {
      sequences++;
      i += length;
    } else {
      invalid++;
      if (isLatinLetter(lead)) letters++;
      i++;
    }
  }
  return { sequences, invalid, letters };
}

/** The separator of the first line of `text`: the most frequent of `,`, `;` and tab outside quotes (`,` on a tie or none). */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as CsvSeparator))
      counts.set(c as CsvSeparator, counts.get(c as CsvSeparator)! + 1);
  }
  let best: CsvSeparator = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/** The dialect of a file whose first bytes are `sample`. */
export function detectDialect(sample: Uint8Array): CsvDialect {
  let encoding: CsvEncoding;
  let bom = true;
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) encoding = 'utf-8';
  else if (sample[0] === 0xff && sample[1] === 0xfe) encoding = 'utf-16le';
  else if (sample[0] === 0xfe && sample[1] === 0xff) encoding = 'utf-16be';
  else {
    bom = false;
    // Windows-1252 only when nothing in the sample is UTF-8 and its other bytes include letters
    // (Å, ä, ö, é, ...); otherwise a stray byte stays an encoding error where it is.
    const { sequences, invalid, letters } = utf8Evidence(sample);
    encoding = invalid > 0 && sequences === 0 && letters > 0 ? 'windows-1252' : 'utf-8';
  }
  // UTF-8, by far the most common, is decoded natively: loading iconv-lite costs a command 10 ms.
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const text = encoding === 'utf-8' ? bytes.toString('utf8') : iconv().decode(bytes, ICONV_NAMES[encoding]);
  return { separator: detectSeparator(text), encoding, bom };
}

/** Whether the readers can take the file as it is (comma-separated UTF-8). */
export const isCanonical = (dialect: CsvDialect) => dialect.separator === ',' && dialect.encoding === 'utf-8';

/** "`;`-separated, Windows-1252", what a note says of a dialect. */
export function describeDialect(dialect: CsvDialect): string {
  const separator = { ',': 'comma-separated', ';': '`;`-separated', '\t': 'tab-separated' }[dialect.separator];
  const encoding = {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252',
    'utf-16le': 'UTF-16 (little-endian)',
    'utf-16be': 'UTF-16 (big-endian)',
  }[dialect.encoding];
  return `${separator}, ${encoding}${dialect.bom ? ' with a byte-order mark' : ''}`;
}

/** The note that says how a file that is not in the canonical dialect was read. */
export function dialectNote(file: string, dialect: CsvDialect): ImportNote {
  return { file, code: IMPORT_CODES.csvDialect, message: `read as ${describeDialect(dialect)} (detected)` };
}

/** The first `size` bytes of a file (fewer when it is shorter). */
export async function fileHead(path: string, size = DIALECT_SAMPLE_BYTES): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface OpenedCsv {
  dialect: CsvDialect;
  /** The file's bytes (canonical dialect) or its text decoded to UTF-8 strings (any other). */
  stream: Readable;
}

/** Opens a CSV file for a reader: its dialect, and a stream the reader parses with the dialect's separator. */
export async function openCsv(path: string, encoding?: BufferEncoding): Promise<OpenedCsv> {
  const dialect = detectDialect(await fileHead(path));
  if (isCanonical(dialect)) return { dialect, stream: createReadStream(path, encoding) };
  const decoder = iconv().decodeStream(ICONV_NAMES[dialect.encoding]) as unknown as Readable & NodeJS.WritableStream;
  return { dialect, stream: createReadStream(path).pipe(decoder) };
}

/** The whole text of a CSV file in its dialect, decoded (for locating a syntax error). */
export async function readCsvText(path: string): Promise<{ text: string; dialect: CsvDialect }> {
  const bytes = await readFile(path);
  const dialect = detectDialect(bytes.subarray(0, DIALECT_SAMPLE_BYTES));
  const text = isCanonical(dialect) ? bytes.toString('utf8') : iconv().decode(bytes, ICONV_NAMES[dialect.encoding]);
  return { text, dialect };
}
