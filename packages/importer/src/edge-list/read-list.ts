/**
 * A list from any spreadsheet as a header and rows of text: a CSV file in any dialect the canonical
 * readers accept (formats/csv/dialect.ts: `,` or `;`, UTF-8 or Windows-1252, with or without a
 * byte-order mark) or a sheet of an `.xlsx` workbook (the one named, else the first with content).
 * Each row keeps its line (CSV, counting the lines of quoted fields) or its row number (sheet);
 * blank rows are left out. The list is held in memory: such lists are spreadsheets, not bulk data.
 * O(size of the list).
 */
import { extname } from 'node:path';

import type { Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import { checkRegularFile } from '../guarded-file.js';
import { csvRecords, dialectNote, isCanonical, openCsv } from '../formats/csv/index.js';
import { readSheets, sheetPlace } from '../formats/xlsx/index.js';
import type { ImportNote } from '../types.js';

export interface ListRow {
  line: number;
  cells: string[];
}

export interface ReadList {
  /** Where diagnostics say the list is: the file, or `book.xlsx[Sheet]`. */
  place: string;
  header: string[];
  rows: ListRow[];
  notes: ImportNote[];
  diagnostics: Diagnostic[];
}

const newlines = (text: string) => text.split('\n').length - 1;

async function readCsvList(path: string): Promise<ReadList> {
  const list: ReadList = { place: path, header: [], rows: [], notes: [], diagnostics: [] };
  let line = 1;
  try {
    const { dialect, stream } = await openCsv(path, 'utf8');
    if (!isCanonical(dialect)) list.notes.push(dialectNote(path, dialect));
    for await (const raw of csvRecords(stream, dialect.separator)) {
      const cells = raw.map((cell) => cell.trim());
      if (list.header.length === 0 && line === 1) list.header = cells;
      else if (cells.some((cell) => cell !== '')) list.rows.push({ line, cells });
      line += 1 + raw.reduce((sum, cell) => sum + newlines(cell), 0);
    }
  } catch (error) {
    const message = `cannot read this list: ${(error as Error).message}; rows from line ${line} on were not read`;
    list.diagnostics.push({ file: path, line, code: IMPORT_CODES.malformedRow, severity: 'error', message });
  }
  return list;
}

async function readSheetList(path: string, sheetName: string | undefined): Promise<ReadList> {
  const list: ReadList = { place: path, header: [], rows: [], notes: [], diagnostics: [] };
  const fail = (code: string, message: string) => {
    list.diagnostics.push({ file: path, code, severity: 'error', message });
    return list;
  };
  let sheets;
  try {
    sheets = await readSheets(path);
  } catch (error) {
    return fail(IMPORT_CODES.workbookUnreadable, `cannot read this workbook (${(error as Error).message})`);
  }
  const sheet =
    sheetName === undefined
      ? sheets.find((each) => each.rows.length > 0)
      : sheets.find((each) => each.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
  if (sheet === undefined) {
    const names = sheets.map((each) => JSON.stringify(each.name)).join(', ');
    return fail(
      IMPORT_CODES.edgeListColumn,
      sheetName === undefined
        ? 'the workbook has no sheet with content'
        : `no sheet ${quoteValue(sheetName)}; the workbook has ${names}`,
    );
  }
  list.place = sheetPlace(path, sheet.name);
  const [header, ...rows] = sheet.rows;
  list.header = header?.cells.map((cell) => cell.trim()) ?? [];
  for (const row of rows) {
    const cells = row.cells.map((cell) => cell.trim());
    if (cells.some((cell) => cell !== '')) list.rows.push({ line: row.number, cells });
  }
  return list;
}

/** Reads the list in `path` (`.xlsx`: the sheet named `sheet`, else the first with content). */
export async function readList(path: string, sheet?: string): Promise<ReadList> {
  const checked = await checkRegularFile(path, 'list');
  if (!checked.ok) return { place: path, header: [], rows: [], notes: [], diagnostics: [checked.diagnostic] };
  return extname(path).toLowerCase() === '.xlsx' ? readSheetList(path, sheet) : readCsvList(path);
}
