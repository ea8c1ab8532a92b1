/**
 * Spreadsheet workbooks (`.xlsx`, ExcelJS): a canonical graph with one sheet per table
 * (`readWorkbook`), and any sheet as rows of text for the list importers (`readSheets`).
 */
export { readWorkbook, sheetTable, sheetPlace } from './read-workbook.js';
export { readSheets, cellText, type Sheet, type SheetRow } from './workbook.js';
