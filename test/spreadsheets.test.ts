/**
 * Spreadsheets as they come: a `;`-separated copy of datasets/demo (UTF-8 with a byte-order mark,
 * and Windows-1252 without) and an `.xlsx` workbook of it validate with the original's summary and
 * rank alike with either loader, with a note on stderr that says how the files were read; a bad
 * cell in a workbook is reported with workbook, sheet, row and column; and `kedja import-edges`
 * turns a framework agreement's list of suppliers and subcontractors into a canonical folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';
import { semicolonCopy, workbookCopy } from './support/spreadsheets.js';

const DEMO = join(ROOT, 'datasets/demo');
const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-sheets-'));

/** What `validate --json` says apart from where the input is. */
async function summary(input: string) {
  const result = await kedja(['validate', input, '--json']);
  const { input: _input, ...rest } = JSON.parse(result.stdout) as { input: string };
  return { code: result.code, stderr: result.stderr, rest };
}

describe('canonical tables as spreadsheets write them', () => {
  it('a `;`-separated copy (Windows-1252, or UTF-8 with a BOM) and an .xlsx validate as the original', async () => {
    const dir = tmp();
    semicolonCopy(DEMO, join(dir, 'ansi'), { encoding: 'windows-1252' });
    semicolonCopy(DEMO, join(dir, 'bom'), { encoding: 'utf8', bom: true });
    await workbookCopy(DEMO, join(dir, 'demo.xlsx'));
    expect(readFileSync(join(dir, 'ansi/organisations.csv')).includes(Buffer.from('\xC5dalens', 'latin1'))).toBe(true);
    const original = await summary(DEMO);
    for (const copy of ['ansi', 'bom', 'demo.xlsx']) {
      const read = await summary(join(dir, copy));
      expect(read.code, read.stderr).toBe(0);
      expect(read.rest).toEqual(original.rest);
    }
    const text = await kedja(['validate', join(dir, 'ansi')]);
    expect(text.stdout).toBe(
      `${join(dir, 'ansi')}: valid: 4 organisations, 4 services, 7 suppliers; 9 uses edges, 2 contracts edges, 5 providedBy edges, 6 subcontracts edges\n`,
    );
    expect(text.stderr).toContain(
      `${join(dir, 'ansi/organisations.csv')}: note KEDJA_CSV_DIALECT: read as \`;\`-separated, Windows-1252 (detected)`,
    );
    const bom = await kedja(['validate', join(dir, 'bom')]);
    expect(bom.stderr).toContain('read as `;`-separated, UTF-8 with a byte-order mark (detected)');
  });

  it('names and attributes come through unchanged: the same ranking from the copies, as a snapshot and as a graph', async () => {
    const dir = tmp();
    semicolonCopy(DEMO, join(dir, 'ansi'), { encoding: 'windows-1252' });
    await workbookCopy(DEMO, join(dir, 'demo.xlsx'));
    const original = (await kedja(['rank', DEMO, '--json'])).stdout;
    for (const input of [join(dir, 'ansi'), join(dir, 'demo.xlsx')]) {
      const ranked = await kedja(['rank', input, '--json']);
      expect(ranked.stdout, input).toBe(original);
    }
    // A graph read from the copy (blast --duration reads the graph) gives the same levels as the original.
    const args = ['blast', '{}', '--supplier', 'sup-hosting', '--duration', '48h', '--json'];
    const graphOriginal = (await kedja(args.map((a) => (a === '{}' ? DEMO : a)))).stdout;
    const graphCopy = (await kedja(args.map((a) => (a === '{}' ? join(dir, 'ansi') : a)))).stdout;
    expect(graphCopy).toBe(graphOriginal);
  });

  it('a bad cell of a workbook is reported with workbook, sheet, row and column; a stray sheet too', async () => {
    const dir = tmp();
    const file = join(dir, 'demo.xlsx');
    await workbookCopy(DEMO, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('organisations')!.getCell('F3').value = 'tolv tusen';
    workbook.addWorksheet('Anteckningar').addRow(['utkast']);
    await workbook.xlsx.writeFile(file);
    const result = await kedja(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}[organisations]:3:6: error KEDJA_CSV_BAD_NUMBER: column "population"`);
    expect(result.stderr).toContain(`${file}[Anteckningar]:1:1: error KEDJA_CSV_UNKNOWN_FILE`);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('a semicolon file whose separator is not detected as such is never misread silently', async () => {
    const dir = tmp();
    semicolonCopy(DEMO, join(dir, 'copy'), { encoding: 'utf8' });
    // A header written with commas over `;`-separated rows: the rows have one field each, reported.
    const file = join(dir, 'copy/suppliers.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^[^\r\n]*/, 'id,name,country,parent,failure_probability'));
    const result = await kedja(['validate', join(dir, 'copy')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /suppliers\.csv:2:2: error KEDJA_CSV_MALFORMED_ROW: this row has 1 fields but the header has 5/,
    );
  });
});

describe('kedja import-edges', () => {
  const LIST =
    'Leverantör;Org.nr;Underleverantör;Org.nr underleverantör\r\n' +
    'Tietoevry Sverige AB;556021-0261;Microsoft Ireland Operations Ltd;\r\n' +
    'TietoEvry Sverige AB;5560210261;Amazon Web Services EMEA SARL;\r\n' +
    'Atea Sverige AB;556448-0282;;\r\n' +
    'Atea Sverige AB;556448-0282;Microsoft Ireland Operations Ltd.;\r\n';

  it('turns a framework list (Windows-1252, `;`) into suppliers and subcontracts, merging names and keeping numbers', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ramavtal.csv'), Buffer.from(LIST, 'latin1'));
    const out = join(dir, 'out');
    const args = ['import-edges', join(dir, 'ramavtal.csv'), '--kind', 'subcontracts', '--from', 'leverantör'];
    const result = await kedja([...args, '--from-code', 'Org.nr', '--to', 'Underleverantör', '-o', out, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 4, edges: 3, withoutEdge: 1, counts: { suppliers: 4 } });
    expect(readFileSync(join(out, 'suppliers.csv'), 'utf8')).toBe(
      'id,name,country,parent,failure_probability\n' +
        'sup-5560210261,Tietoevry Sverige AB,,,\n' +
        'sup-5564480282,Atea Sverige AB,,,\n' +
        'sup-microsoft-ireland-operations-ltd,Microsoft Ireland Operations Ltd,,,\n' +
        'sup-amazon-web-services-emea-sarl,Amazon Web Services EMEA SARL,,,\n',
    );
    expect(readFileSync(join(out, 'subcontracts.csv'), 'utf8')).toBe(
      'supplier,subcontractor,rank,service,alternatives\n' +
        'sup-5560210261,sup-microsoft-ireland-operations-ltd,,,\n' +
        'sup-5560210261,sup-amazon-web-services-emea-sarl,,,\n' +
        'sup-5564480282,sup-microsoft-ireland-operations-ltd,,,\n',
    );
    expect(result.stderr).toContain('note KEDJA_CSV_DIALECT');
    expect(result.stderr).toContain('warning KEDJA_EDGE_LIST_EMPTY_NAME');
    expect((await kedja(['validate', out])).code).toBe(0);
  });

  it('reads the same list from an .xlsx sheet', async () => {
    const dir = tmp();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Info').addRow(['Ramavtal, bilaga 3']);
    const sheet = workbook.addWorksheet('Underleverantörer');
    for (const line of LIST.trim().split('\r\n')) sheet.addRow(line.split(';'));
    await workbook.xlsx.writeFile(join(dir, 'ramavtal.xlsx'));
    const args = [
      '--kind',
      'subcontracts',
      '--from',
      'Leverantör',
      '--to',
      'Underleverantör',
      '--sheet',
      'underleverantörer',
    ];
    const result = await kedja(['import-edges', join(dir, 'ramavtal.xlsx'), ...args, '-o', join(dir, 'out'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      source: `${join(dir, 'ramavtal.xlsx')}[Underleverantörer]`,
      edges: 3,
    });
  });

  it('marks every edge possible with --certainty possible, refuses another word and a column that is not there', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'list.csv'), LIST);
    const base = [
      'import-edges',
      join(dir, 'list.csv'),
      '--kind',
      'subcontracts',
      '--to',
      'Underleverantör',
      '-o',
      join(dir, 'out'),
    ];
    const [possible, word, column] = await Promise.all([
      kedja([...base, '--from', 'Leverantör', '--certainty', 'possible']),
      kedja([...base, '--from', 'Leverantör', '--certainty', 'likely']),
      kedja([...base, '--from', 'Supplier']),
    ]);
    expect(possible.code, possible.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'out', 'subcontracts.csv'), 'utf8')
      .trim()
      .split('\n');
    // No row has a probability, so that column is not written.
    expect(rows[0]).toBe('supplier,subcontractor,rank,service,alternatives,certainty');
    expect(rows.slice(1)).toHaveLength(3);
    for (const row of rows.slice(1)) expect(row).toMatch(/,possible$/);
    expect(word.code).toBe(1);
    expect(word.stderr).toContain("argument 'likely' is invalid");
    expect(column.code).toBe(2);
    expect(column.stderr).toContain(
      'error KEDJA_EDGE_LIST_COLUMN: no column "Supplier" (--from); the header has "Leverantör"',
    );
  });
});
