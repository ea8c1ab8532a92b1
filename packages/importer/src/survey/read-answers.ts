/**
 * Reading the answers table (survey-table.ts): every row is read before any is used, so that a
 * malformed file imports nothing; problems go to the diagnostics with their line and column.
 * O(rows).
 */
import type { Diagnostic } from '@kedja/core';

import { readTable, type Row } from '../formats/csv/index.js';
import { SURVEY_TABLE } from './survey-table.js';

export async function readAnswers(file: string, diagnostics: Diagnostic[]): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of readTable(file, file, SURVEY_TABLE, diagnostics)) rows.push(row);
  return rows;
}
