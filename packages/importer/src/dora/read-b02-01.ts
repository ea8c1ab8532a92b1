/**
 * Reading template B_02.01, the contractual arrangements in general: their reference numbers c0010,
 * against which B_02.02 and B_05.02 are checked. An empty reference is an error. O(rows).
 */
import type { TableRead, TemplateTable } from './types.js';
import { clean, emptyKeys } from './utils.js';

/** A contractual arrangement, by its reference number. */
export interface ArrangementRecord {
  reference: string;
}

export function readB0201(table: TemplateTable): TableRead<ArrangementRecord> {
  return {
    records: table.rows.map((row) => ({ reference: clean(row.cell('c0010')) })),
    emptyKeys: emptyKeys(table),
    diagnostics: [],
  };
}
