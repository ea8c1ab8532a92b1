/**
 * The smaller defects of issue 17, item 10, through the real command: a graph file too large to
 * hold as text was reported as not found; a named pipe given as a graph file or workbook blocked
 * for ever; `1e309` in JSON was "not null"; messages repeated whole field values (100,000
 * characters on one line). Every file read whole now goes through one guarded opener
 * (packages/importer/src/guarded-file.ts) and every value in a message through `quoteValue`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kedja-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refused(result: { code: number; stdout: string; stderr: string }, code: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(`error ${code}:`);
  expect(result.stderr).not.toMatch(STACK_FRAME);
}

describe('inputs read whole, through one guarded opener', () => {
  it('a graph file too large to hold as text is too large, not missing', async () => {
    // A sparse file: 600 MB long, nothing on disk.
    for (const name of ['huge.json', 'huge.gexf', 'huge.graphml']) {
      const file = join(dir, name);
      writeFileSync(file, '');
      truncateSync(file, 600_000_000);
      const result = await kedja(['validate', file]);
      refused(result, 'KEDJA_INPUT_TOO_LARGE');
      expect(result.stderr).toContain('this graph file is 600 MB, more than Node.js can hold as one text (537 MB)');
      expect(result.stderr).toContain('a canonical CSV folder or a binary graph');
      rmSync(file);
    }
  });

  it('a named pipe where a graph file, workbook or register package should be is refused, never opened', async () => {
    for (const name of ['pipe.json', 'pipe.gexf', 'pipe.xlsx', 'pipe.zip']) {
      const fifo = join(dir, name);
      execFileSync('mkfifo', [fifo]);
      const result = await kedja(['validate', fifo]);
      refused(result, 'KEDJA_INPUT_NOT_A_FILE');
      expect(result.stderr).toContain('a named pipe, where a file or folder should be');
    }
    const rules = await kedja([
      'blast',
      join(ROOT, 'datasets/demo'),
      '--supplier',
      'sup-hosting',
      '--duration',
      '24h',
      '--rules',
      join(dir, 'pipe.json'),
    ]);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('KEDJA_INPUT_NOT_A_FILE');
  });

  it('a graph file that is not UTF-8, or holds U+FFFD, is refused with line and column, never read as it', async () => {
    // Ådalen's Å as Windows-1252 (one byte 0xC5) is not UTF-8; U+FFFD is what an earlier wrong decoding left.
    const gexf = join(dir, 'latin1.gexf');
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', 'gexf', '-o', gexf])).code).toBe(0);
    const text = readFileSync(gexf, 'utf8');
    const line = text.slice(0, text.indexOf('Å')).split('\n').length;
    writeFileSync(gexf, Buffer.from(text, 'latin1'));
    for (const command of ['validate', 'import']) {
      const result = await kedja(command === 'import' ? [command, gexf, '-o', join(dir, 'never')] : [command, gexf]);
      refused(result, 'KEDJA_INPUT_ENCODING');
      expect(result.stderr).toContain(`latin1.gexf:${line}:`);
      expect(result.stderr).toContain('not valid UTF-8 here; save it as UTF-8');
    }
    const json = join(dir, 'replacement.json');
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', 'json', '-o', json])).code).toBe(0);
    writeFileSync(json, readFileSync(json, 'utf8').replace('Ådalen', '\uFFFDdalen'));
    const result = await kedja(['rank', json]);
    refused(result, 'KEDJA_INPUT_ENCODING');
    expect(result.stderr).toContain('replacement character U+FFFD');
    const utf16 = join(dir, 'utf16.graphml');
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', 'graphml', '-o', utf16])).code).toBe(0);
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(utf16, 'utf8'), 'utf16le')]),
    );
    const sixteen = await kedja(['validate', utf16]);
    refused(sixteen, 'KEDJA_INPUT_ENCODING');
    expect(sixteen.stderr).toContain('is UTF-16; save it as UTF-8');
  });

  it('a NUL character is refused in a CSV table and in a graph file (the CSV writer dropped it: names changed)', async () => {
    const folder = join(dir, 'nul');
    cpSync(join(ROOT, 'datasets/demo'), folder, { recursive: true });
    const organisations = join(folder, 'organisations.csv');
    writeFileSync(organisations, readFileSync(organisations, 'utf8').replace('Björkby kommun', 'Björk\u0000by kommun'));
    for (const args of [
      ['validate', folder],
      ['rank', folder],
      ['metrics', folder, '--json'],
    ]) {
      const result = await kedja(args);
      refused(result, 'KEDJA_CSV_ENCODING');
      expect(result.stderr).toMatch(/organisations\.csv:3:2: error KEDJA_CSV_ENCODING: a NUL character here/);
    }
    const gexf = join(dir, 'nul.gexf');
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', 'gexf', '-o', gexf])).code).toBe(0);
    writeFileSync(gexf, readFileSync(gexf, 'utf8').replace('Kontorsmoln Ltd', 'Kontorsmoln L\u0000td'));
    for (const args of [
      ['validate', gexf],
      ['import', gexf, '-o', join(dir, 'never')],
    ]) {
      const result = await kedja(args);
      refused(result, 'KEDJA_INPUT_ENCODING');
      expect(result.stderr).toContain('a NUL character here');
    }
    // In JSON, NUL may come as an escape in a name; an escaped backslash before u0000 is text.
    const json = join(dir, 'nul.json');
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', 'json', '-o', json])).code).toBe(0);
    const exported = readFileSync(json, 'utf8');
    writeFileSync(json, exported.replace('Kontorsmoln Ltd', 'Kontorsmoln L\\u0000td'));
    const escaped = await kedja(['import', json, '-o', join(dir, 'never')]);
    refused(escaped, 'KEDJA_INPUT_ENCODING');
    expect(escaped.stderr).toMatch(/nul\.json:\d+:\d+: error KEDJA_INPUT_ENCODING: a NUL character here/);
    writeFileSync(json, exported.replace('Kontorsmoln Ltd', 'Kontorsmoln \\\\u0000 Ltd'));
    expect((await kedja(['validate', json])).code).toBe(0);
  });

  it('1e309 in a JSON graph is a number beyond the largest, not null', async () => {
    const exported = join(dir, 'demo.json');
    expect((await kedja(['export', join(ROOT, 'datasets/demo'), '--format', 'json', '-o', exported])).code).toBe(0);
    const file = join(dir, 'infinite.json');
    writeFileSync(file, readFileSync(exported, 'utf8').replace('"population":25000', '"population":1e309'));
    const result = await kedja(['validate', file]);
    refused(result, 'KEDJA_MODEL_BAD_NUMBER');
    expect(result.stderr).toContain(
      'population must be a whole number of 0 or more, not Infinity (beyond the largest number, about 1.8e308)',
    );
    expect(result.stderr).not.toContain('not null');
  });

  it('messages cut long values: one readable line however long the field', async () => {
    const folder = join(dir, 'long');
    cpSync(join(ROOT, 'datasets/demo'), folder, { recursive: true });
    const organisations = readFileSync(join(folder, 'organisations.csv'), 'utf8').split('\n');
    organisations[1] = organisations[1]!.replace(',25000,', `,${'9x'.repeat(50_000)},`);
    writeFileSync(join(folder, 'organisations.csv'), organisations.join('\n'));
    const uses = readFileSync(join(folder, 'uses.csv'), 'utf8').split('\n');
    uses[1] = uses[1]!.replace('svc-office', 's'.repeat(100_000));
    writeFileSync(join(folder, 'uses.csv'), uses.join('\n'));
    for (const command of ['validate', 'export']) {
      const result = await kedja([
        command,
        folder,
        ...(command === 'export' ? ['--format', 'json', '-o', join(dir, 'x.json')] : []),
      ]);
      refused(result, 'KEDJA_CSV_BAD_NUMBER');
      expect(result.stderr).toContain('KEDJA_CSV_UNKNOWN_REFERENCE');
      expect(result.stderr).toContain('(100000 characters)');
      for (const line of result.stderr.split('\n')) expect(line.length, line.slice(0, 200)).toBeLessThan(400);
    }
    const json = await kedja(['validate', folder, '--json']);
    expect(json.stdout.length).toBeLessThan(10_000);
  });

  it('a warning about a long group label, or a parser message that repeats the file, is cut too (found by the fuzz)', async () => {
    const folder = join(dir, 'lone');
    cpSync(join(ROOT, 'datasets/demo'), folder, { recursive: true });
    const providedBy = join(folder, 'provided_by.csv');
    const lines = readFileSync(providedBy, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/,$/, `,${'x'.repeat(60_000)}`);
    writeFileSync(providedBy, lines.join('\n'));
    const lone = await kedja(['validate', folder]);
    expect(lone.code, lone.stderr).toBe(0);
    expect(lone.stderr).toContain('warning KEDJA_MODEL_LONE_ALTERNATIVE: alternatives group "xxx');
    expect(lone.stderr).toContain('(60000 characters)');
    // fast-xml-parser names the whole stack of open tags when a file ends inside 50,000 of them.
    const gexf = join(dir, 'deep.gexf');
    writeFileSync(gexf, `<?xml version="1.0"?><gexf><graph><nodes>${'<x>'.repeat(50_000)}`);
    const deep = await kedja(['validate', gexf]);
    refused(deep, 'KEDJA_XML_SYNTAX');
    expect(deep.stderr).toMatch(/\(a message of \d+ characters, cut\)/);
    for (const result of [lone, deep]) {
      for (const line of result.stderr.split('\n')) expect(line.length, line.slice(0, 200)).toBeLessThan(1_200);
    }
  });
});
