/**
 * Reading template B_06.01, the functions of the financial entities: per function identifier c0010
 * and entity c0040, its criticality or importance assessment c0050 (Yes `eba_BT:x28`, No
 * `eba_BT:x29`, Assessment not performed `eba_BT:x21`; the words are accepted too) and its name
 * c0030. A value outside the list is a warning and counts as critical. Empty keys are errors.
 * O(rows).
 */
import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import type { Place, TableRead, TemplateTable } from './types.js';
import { cellProblem, clean, emptyKeys } from './utils.js';

/** A function's assessment: critical or important, neither, or not assessed (which counts as critical). */
export type Criticality = 'critical' | 'not critical' | 'not assessed';

export interface FunctionRecord {
  at: Place;
  functionId: string;
  entity: string;
  name?: string;
  criticality: Criticality;
}

const CRITICALITY = new Map<string, Criticality>([
  ['x28', 'critical'],
  ['yes', 'critical'],
  ['true', 'critical'],
  ['ja', 'critical'],
  ['x29', 'not critical'],
  ['no', 'not critical'],
  ['false', 'not critical'],
  ['nej', 'not critical'],
  ['x21', 'not assessed'],
  ['assessment not performed', 'not assessed'],
  ['', 'not assessed'],
]);

export function readB0601(table: TemplateTable): TableRead<FunctionRecord> {
  const diagnostics = [];
  const records: FunctionRecord[] = [];
  for (const row of table.rows) {
    const at = { table, row };
    const value = clean(row.cell('c0050'));
    let criticality = CRITICALITY.get(value.toLowerCase());
    if (criticality === undefined) {
      const message = `${quoteValue(value)} is not Yes (eba_BT:x28), No (eba_BT:x29) or Assessment not performed (eba_BT:x21); the function counts as critical`;
      diagnostics.push(cellProblem(at, IMPORT_CODES.doraBadValue, 'warning', 'c0050', message));
      criticality = 'not assessed';
    }
    const name = clean(row.cell('c0030'));
    records.push({
      at,
      functionId: clean(row.cell('c0010')),
      entity: clean(row.cell('c0040')),
      ...(name ? { name } : {}),
      criticality,
    });
  }
  return { records, emptyKeys: emptyKeys(table), diagnostics };
}
