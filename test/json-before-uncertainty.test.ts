/**
 * Without possible edges (issue 13), every command's JSON is what it was before uncertainty came
 * in, byte for byte. test/fixtures/json-before-uncertainty/ holds each command's output (name.stdout) as printed
 * by the commit before the `certainty` column existed (ff1c380), with the command lines in
 * cases.json; never regenerate these files: a difference is a change to today's JSON.
 *
 * The datasets have since gained doubt, so each command runs on a copy of its dataset without it,
 * written to a temporary folder of the same name: the uncertainty columns taken out (certainty and
 * probability of every edge table, subcontracting of suppliers.csv), and, where the doubt came as
 * new edges, those rows too (POSSIBLE_ROWS). Every other cell, the survey's answers too (question
 * 26, subcontractor_routine), stays as it is.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { parseString } from '@fast-csv/parse';
import { beforeAll, describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/json-before-uncertainty');

interface Case {
  name: string;
  args: string[];
}

const CASES = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as Case[];
/** The columns issue 13 added, which a copy without uncertainty leaves out. */
const UNCERTAINTY_COLUMNS = new Set(['certainty', 'probability', 'subcontracting']);
const DATASETS = [...new Set(CASES.map((c) => c.args[1]!))];
/**
 * What a dataset's possible rows were before they were possible: datasets/sweden-2018's generator
 * marks subcontracts that were there before possible and adds none ('confirmed': keep the rows);
 * datasets/demo gained its possible subcontract as a new row (cef8a8c; 'new': leave it out).
 */
const POSSIBLE_ROWS: Record<string, 'confirmed' | 'new'> = {
  'datasets/demo': 'new',
  'datasets/sweden-2018': 'confirmed',
};

const parseCsv = (text: string) =>
  new Promise<string[][]>((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text)
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The CSV text without the uncertainty columns (the same text when it has none), and without its possible rows when they are new. */
async function withoutUncertainty(text: string, possibleRows: 'confirmed' | 'new'): Promise<string> {
  const [header, ...rows] = await parseCsv(text);
  const names = header!.map((name) => name.trim().toLowerCase());
  const keep = names.map((name, i) => (UNCERTAINTY_COLUMNS.has(name) ? -1 : i)).filter((i) => i >= 0);
  if (keep.length === header!.length) return text;
  const certainty = names.indexOf('certainty');
  const kept = rows.filter((row) => possibleRows === 'confirmed' || certainty < 0 || row[certainty] !== 'possible');
  return [header!, ...kept].map((row) => keep.map((i) => quote(row[i] ?? '')).join(',')).join('\n') + '\n';
}

/** Copies a dataset folder's files (not its subfolders) into `out`, its CSV files without the uncertainty columns. */
async function strippedCopy(dataset: string, out: string): Promise<string> {
  const folder = join(out, basename(dataset));
  mkdirSync(folder);
  for (const name of readdirSync(join(ROOT, dataset))) {
    const file = join(ROOT, dataset, name);
    if (!statSync(file).isFile()) continue;
    if (name.endsWith('.csv')) {
      writeFileSync(join(folder, name), await withoutUncertainty(readFileSync(file, 'utf8'), POSSIBLE_ROWS[dataset]!));
    } else copyFileSync(file, join(folder, name));
  }
  return folder;
}

const copies = new Map<string, string>();

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'kedja-before-uncertainty-'));
  for (const dataset of DATASETS) copies.set(dataset, await strippedCopy(dataset, out));
});

describe('JSON on graphs without possible edges is unchanged', () => {
  it('covers blast, rank, timeline, metrics, why, simulate, screen and advise on both datasets', () => {
    const commands = new Set(CASES.map((c) => `${c.args[0]} ${c.args[1]}`));
    for (const command of ['blast', 'rank', 'timeline', 'metrics', 'why', 'simulate', 'screen', 'advise']) {
      expect(commands).toContain(`${command} datasets/demo`);
      expect(commands).toContain(`${command} datasets/sweden-2018`);
    }
  });

  it('runs on copies without any uncertainty: sweden-2018 keeps its possible rows, the demo loses its new one', async () => {
    const sweden = join(ROOT, 'datasets/sweden-2018');
    const header = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8').split('\n', 1)[0]!;
    expect(header(sweden, 'subcontracts.csv')).toMatch(/,certainty,probability$/);
    expect(header(sweden, 'suppliers.csv')).toMatch(/,subcontracting$/);
    for (const copy of copies.values()) {
      for (const name of readdirSync(copy).filter((f) => f.endsWith('.csv'))) {
        const columns = header(copy, name).split(',');
        expect(
          columns.filter((column) => /^(certainty|probability|subcontracting)$/.test(column)),
          name,
        ).toEqual([]);
      }
    }
    const organisations = readFileSync(join(copies.get('datasets/sweden-2018')!, 'organisations.csv'), 'utf8');
    expect(organisations).toBe(readFileSync(join(sweden, 'organisations.csv'), 'utf8'));
    const lines = (folder: string) => readFileSync(join(folder, 'subcontracts.csv'), 'utf8').trimEnd().split('\n');
    expect(lines(copies.get('datasets/sweden-2018')!)).toHaveLength(lines(sweden).length);
    const demo = join(ROOT, 'datasets/demo');
    const possible = lines(demo).filter((line) => line.includes(',possible'));
    expect(lines(copies.get('datasets/demo')!)).toHaveLength(lines(demo).length - possible.length);
  });

  it.concurrent.each(CASES)('$name', async ({ name, args }) => {
    const [command, dataset, ...rest] = args;
    const result = await kedja([command!, copies.get(dataset!)!, ...rest]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(FIXTURES, `${name}.stdout`), 'utf8'));
  });
});
