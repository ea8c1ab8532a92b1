import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { readWorkbook, sheetTable } from './read-workbook.js';
import { cellText, readSheets } from './workbook.js';

describe('cellText', () => {
  it('gives the text a CSV export would hold', () => {
    expect(cellText(12000)).toBe('12000');
    expect(cellText(true)).toBe('true');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2025, 2, 31)))).toBe('2025-03-31');
    expect(cellText({ richText: [{ text: 'Ådalens ' }, { text: 'kommun' }] })).toBe('Ådalens kommun');
    expect(cellText({ formula: 'A1*2', result: 24 } as ExcelJS.CellFormulaValue)).toBe('24');
    expect(cellText({ text: 'Kontorsmoln', hyperlink: 'https://example.org' })).toBe('Kontorsmoln');
    expect(cellText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('#N/A');
  });
});

describe('sheetTable', () => {
  it('takes a sheet named after a table, in any case, with or without .csv', () => {
    expect(sheetTable('Organisations')).toBe('organisations.csv');
    expect(sheetTable(' provided_by.csv ')).toBe('provided_by.csv');
    expect(sheetTable('Sheet1')).toBeUndefined();
  });
});

describe('readWorkbook', () => {
  it('reads the sheets as tables, rows padded to the header, and places problems on the sheet', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-xlsx-')), 'graph.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const organisations = workbook.addWorksheet('organisations');
    organisations.addRow(['id', 'name', 'type', 'population']);
    organisations.addRow(['adalen', 'Ådalens kommun']);
    organisations.addRow(['bjorkby', 'Björkby kommun', 'kommunen', 12000]);
    workbook.addWorksheet('services').addRow(['id', 'name']);
    workbook.addWorksheet('suppliers').addRow(['id', 'name']);
    await workbook.xlsx.writeFile(file);
    expect((await readSheets(file)).map((sheet) => sheet.rows.map((row) => row.cells))[1]).toEqual([
      ['id', 'name', 'type', 'population'],
      ['adalen', 'Ådalens kommun', '', ''],
      ['bjorkby', 'Björkby kommun', 'kommunen', '12000'],
    ]);
    const { graph, diagnostics } = await readWorkbook(file);
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      [`${file}[organisations]`, 3, 3, 'KEDJA_CSV_BAD_ENUM'],
    ]);
  });

  it('says a file that is no workbook cannot be read', async () => {
    const { diagnostics } = await readWorkbook(join(tmpdir(), 'no-such-workbook.xlsx'));
    expect(diagnostics.map((d) => d.code)).toEqual(['KEDJA_XLSX_UNREADABLE']);
  });
});
