/**
 * An `.xlsx` workbook as rows of text, sheet by sheet (ExcelJS): each row with its number on the
 * sheet and its cells as the text a CSV export would hold. Numbers and booleans as written
 * (`12000`, `true`), dates as yyyy-mm-dd (or a full ISO time when they have one), formulas by their
 * result, rich text and hyperlinks by their text, errors as Excel shows them (`#N/A`). Rows are
 * padded with empty cells to the width of the sheet's first row, as a CSV row has a field for every
 * column of the header. O(cells).
 */
import type ExcelJS from 'exceljs';

export interface SheetRow {
  /** The row's number on the sheet (the first row is 1). */
  number: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** The text of a cell value, as a CSV export of the sheet would write it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  return String(value);
}

function sheetRows(worksheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim() === '' ? '' : cellText(values[i]));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (rows.length === 0) width = cells.length;
    while (cells.length < width) cells.push('');
    rows.push({ number, cells });
  });
  return rows;
}

/** Every sheet of the workbook at `path`, in workbook order; throws when it is no workbook. */
export async function readSheets(path: string): Promise<Sheet[]> {
  // ExcelJS takes a fifth of a second to load: only when a workbook is read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((worksheet) => ({ name: worksheet.name, rows: sheetRows(worksheet) }));
}
