/**
 * Small helpers the register's readers and builder share: cleaning the EBA's closed-list values, a
 * diagnostic about one cell, the empty key cells of a table, and appending diagnostics. O(1) per
 * cell.
 */
import type { Diagnostic } from '@kedja/core';
import { checkNodeId } from '@kedja/core/kernel';

import { IMPORT_CODES } from '../errors.js';
import { columnLabel } from './templates.js';
import type { Place, TemplateTable } from './types.js';

/** Strips the EBA's QName prefixes from closed-list values: `eba_GA:SE` -> `SE`, `eba_TA:S19` -> `S19`. */
export const clean = (value: string) => value.replace(/^eba_[A-Za-z]+:/, '').trim();

/** A diagnostic about one cell: file, line, the column's field number (1 when absent) and its label. */
export function cellProblem(
  at: Place,
  code: string,
  severity: 'error' | 'warning',
  column: string,
  message: string,
): Diagnostic {
  return {
    file: at.table.file,
    line: at.row.line,
    column: at.row.column(column) ?? 1,
    code,
    severity,
    message: `${columnLabel(at.table.template, column)}: ${message}`,
  };
}

/** The empty key cells of a table, and those no node id can be, row by row and column by column: a row cannot be placed without them. */
export function emptyKeys(table: TemplateTable): Diagnostic[] {
  const keys = table.template.columns.filter((column) => column.key === true);
  const found: Diagnostic[] = [];
  for (const row of table.rows) {
    for (const { code } of keys) {
      if (row.column(code) === undefined) continue;
      const key = clean(row.cell(code));
      if (key === '') {
        const message = 'is empty; the row cannot be placed in the graph without it';
        found.push(cellProblem({ table, row }, IMPORT_CODES.doraEmptyKey, 'error', code, message));
        continue;
      }
      // A key becomes a node id (or part of one): an id the graph cannot hold is refused here.
      const refused = checkNodeId(key);
      if (refused !== undefined) found.push(cellProblem({ table, row }, refused.code, 'error', code, refused.message));
    }
  }
  return found;
}

/** Appends `more` to `diagnostics` one by one (no spread: a large table's list is no argument list). */
export function report(diagnostics: Diagnostic[], more: readonly Diagnostic[]): void {
  for (const diagnostic of more) diagnostics.push(diagnostic);
}
