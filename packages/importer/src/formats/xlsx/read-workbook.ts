/**
 * A canonical graph as an `.xlsx` workbook: one sheet per table, named after it (`organisations`
 * or `organisations.csv`, in any case), with the same header and columns as the CSV file. The
 * sheets' rows go through the same checks as a folder's files (scan-folder.ts, with the CSV
 * readers' row assembly), and every diagnostic names the workbook and sheet
 * (`graph.xlsx[organisations]`), the row on the sheet and the column (counted from 1, A = 1). A
 * sheet with content that is no table is an error, as a stray `.csv` file in a folder is; empty
 * sheets (Excel's `Sheet1`) are ignored. O(cells).
 */
import type { Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import type { ImportResult } from '../../types.js';
import { readTables, RowAssembler, TABLE_FILES, type RowSource } from '../csv/index.js';
import { readSheets, type Sheet } from './workbook.js';

/** The table file a sheet holds (`organisations.csv`), or undefined. */
export function sheetTable(name: string): string | undefined {
  const base = name
    .trim()
    .toLowerCase()
    .replace(/\.csv$/, '');
  const file = `${base}.csv`;
  return TABLE_FILES.includes(file) ? file : undefined;
}

/** Where diagnostics say a sheet is: `graph.xlsx[organisations]`. */
export const sheetPlace = (workbook: string, sheet: string) => `${workbook}[${sheet}]`;

function unreadable(path: string, error: unknown): ImportResult {
  const message = `cannot read this workbook (${(error as Error).message}); give an .xlsx file as Excel or LibreOffice saves it`;
  return {
    graph: null,
    diagnostics: [{ file: path, code: IMPORT_CODES.workbookUnreadable, severity: 'error', message }],
  };
}

/** The sheets by table file, with the problems of sheets that are no table or a table twice. */
function tableSheets(path: string, sheets: readonly Sheet[], diagnostics: Diagnostic[]): Map<string, Sheet> {
  const tables = new Map<string, Sheet>();
  for (const sheet of sheets) {
    if (sheet.rows.length === 0) continue;
    const file = sheetTable(sheet.name);
    const problem = (code: string, message: string) =>
      diagnostics.push({ file: sheetPlace(path, sheet.name), line: 1, column: 1, code, severity: 'error', message });
    if (file === undefined) {
      const names = TABLE_FILES.map((table) => table.replace(/\.csv$/, '')).join(', ');
      problem(
        IMPORT_CODES.unknownFile,
        `a workbook holds only the sheets ${names}; rename or delete this sheet so that no data is silently left out`,
      );
    } else if (tables.has(file)) {
      problem(
        IMPORT_CODES.unknownFile,
        `sheet ${quoteValue(tables.get(file)!.name)} already holds ${file.replace(/\.csv$/, '')}; keep one`,
      );
    } else tables.set(file, sheet);
  }
  return tables;
}

/** Reads a workbook of canonical tables. Never throws on bad data: problems come back as diagnostics. */
export async function readWorkbook(path: string): Promise<ImportResult> {
  let sheets: Sheet[];
  try {
    sheets = await readSheets(path);
  } catch (error) {
    return unreadable(path, error);
  }
  const problems: Diagnostic[] = [];
  const tables = tableSheets(path, sheets, problems);
  const rows: RowSource = async function* (_path, file, spec, diagnostics, status) {
    const sheet = tables.get(spec.file)!;
    const assembler = new RowAssembler(file, spec, diagnostics, status);
    // One batch, its rows assembled as the scanner takes them (so problems stay in row order).
    yield (function* () {
      for (const row of sheet.rows) {
        assembler.nextLine = row.number;
        const read = assembler.accept(row.cells);
        if (read !== undefined) yield read;
      }
    })();
    assembler.finish();
  };
  const result = await readTables(path, rows, { entries: [...tables.keys()] });
  // Diagnostics name the workbook's sheet, not the file a folder would have.
  const places = new Map([...tables].map(([file, sheet]) => [`${path}/${file}`, sheetPlace(path, sheet.name)]));
  const located = (d: Diagnostic) => {
    const place = d.file === undefined ? undefined : places.get(d.file.replace(/\\/g, '/'));
    return place ? { ...d, file: place } : d;
  };
  const diagnostics = [...problems, ...result.diagnostics.map(located)];
  return { ...result, graph: problems.length > 0 ? null : result.graph, diagnostics };
}
