import { Readable } from 'node:stream';

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { csvRecords, wholeRecords } from './csv-records.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `text` cut at random places, as strings or as UTF-8 bytes (which may cut a character in two). */
function chunks(text: string, next: () => number, bytes: boolean): (string | Buffer)[] {
  const whole = bytes ? Buffer.from(text) : text;
  const parts: (string | Buffer)[] = [];
  for (let at = 0; at < whole.length;) {
    const length = 1 + Math.floor(next() * 12);
    parts.push(whole.slice(at, at + length));
    at += length;
  }
  return parts;
}

async function records(
  parts: readonly (string | Buffer)[],
  first?: number,
): Promise<{ rows: string[][]; error?: string }> {
  const rows: string[][] = [];
  try {
    for await (const row of csvRecords(Readable.from(parts), ',', first)) rows.push(row);
  } catch (error) {
    return { rows, error: (error as Error).message };
  }
  return { rows };
}

describe('csvRecords', () => {
  it('gives the same records and errors however the text is cut into chunks', async () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const next = random(seed);
      // Line breaks of one kind: with mixed ones, papaparse's guess depends on its first chunk (below).
      const alphabet = ['a', 'é', ',', '"', '""', '\n', ' ', '\t'];
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * 8)]).join('');
      const whole = await records([text], 0);
      expect(await records(chunks(text, next, false), 0), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(whole);
      expect(await records(chunks(text, next, true), 0), `seed ${seed} (bytes): ${JSON.stringify(text)}`).toEqual(
        whole,
      );
      const parsed = Papa.parse<string[]>(text, { delimiter: ',' });
      // papaparse on a whole string gives a last empty record after a final line break; streamed, it does not.
      if (text.endsWith('\n')) parsed.data.pop();
      if (parsed.errors.length === 0 && text !== '') expect(whole.rows, `seed ${seed}`).toEqual(parsed.data);
    }
  });

  it('guesses the line break as papaparse does on the whole text, however it is cut', async () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const alphabet = ['a', ',', '"', '\n', '\r\n', '\r'];
      const text = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * 6)]).join('');
      expect(await records(chunks(text, next, false)), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(
        await records([text]),
      );
    }
  });

  it('hands papaparse whole records only, so a long quoted field is parsed once (issue 17, defect 6)', async () => {
    // One quoted field of 1 MB with line breaks and doubled quotes, read in 64 KiB chunks: papaparse
    // re-parsed the unfinished record with every chunk (16 MB took 13 s); now it gets it in one piece.
    const field = 'x,""\n'.repeat(200_000);
    const text = `id,name\na,"${field}"\nb,c\n`;
    const parts = cut(text, 65_536);
    const pieces: string[] = [];
    for await (const piece of wholeRecords(Readable.from(parts), 0)) pieces.push(piece);
    expect(pieces.join('')).toBe(text);
    expect(pieces).toEqual(['id,name\n', `a,"${field}"\nb,c\n`]);
    // A chunk that ends between the two quotes of a doubled quote is no place for a cut either.
    const doubled = `id\n"a""\nb"\n`;
    const got: string[] = [];
    for await (const piece of wholeRecords(Readable.from([doubled.slice(0, 7), doubled.slice(7)]), 0)) got.push(piece);
    expect(got).toEqual(['id\n', '"a""\nb"\n']);
    expect((await records([doubled])).rows).toEqual([['id'], ['a"\nb']]);
  });
});

function cut(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return parts;
}
