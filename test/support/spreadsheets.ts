/**
 * Canonical folders as spreadsheets write them, for tests: a `;`-separated copy (Swedish Excel's
 * "CSV"), in UTF-8 or Windows-1252, with or without a byte-order mark; and an `.xlsx` workbook with
 * one sheet per table (ExcelJS), whole numbers stored as numbers as Excel stores them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

/** The fields of one line of simple CSV (quoted fields with `""`, no line breaks inside). */
export function csvFields(line: string, separator = ','): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

const quote = (field: string, separator: string) =>
  field.includes(separator) || field.includes('"') ? `"${field.replace(/"/g, '""')}"` : field;

/** The rows of every CSV file of `folder`, by file name. */
export function tables(folder: string): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()) {
    const lines = readFileSync(join(folder, file), 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '');
    found.set(
      file,
      lines.map((line) => csvFields(line)),
    );
  }
  return found;
}

export interface SemicolonOptions {
  encoding: 'utf8' | 'windows-1252';
  bom?: boolean;
}

/** Writes a `;`-separated copy of the canonical folder `from` into `to` (CRLF line ends, as Excel writes). */
export function semicolonCopy(from: string, to: string, options: SemicolonOptions): void {
  mkdirSync(to, { recursive: true });
  for (const [file, rows] of tables(from)) {
    const text = `${rows.map((row) => row.map((field) => quote(field, ';')).join(';')).join('\r\n')}\r\n`;
    // Windows-1252 and Latin-1 agree on every letter of the datasets (å, ä, ö, é, ...).
    const bytes = options.encoding === 'utf8' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1');
    writeFileSync(join(to, file), options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes);
  }
}

/** Writes the canonical folder `from` as an `.xlsx` workbook, a sheet per table named after it. */
export async function workbookCopy(
  from: string,
  file: string,
  sheetName = (table: string) => table.replace(/\.csv$/, ''),
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [table, rows] of tables(from)) {
    const sheet = workbook.addWorksheet(sheetName(table));
    for (const row of rows)
      sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) && !cell.startsWith('0') ? Number(cell) : cell)));
  }
  await workbook.xlsx.writeFile(file);
}
