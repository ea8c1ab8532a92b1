/**
 * Reading template B_01.01, the entity maintaining the register: its LEI c0010 and name c0020. The
 * first row names the register's graph; with B_01.02 the rows name the financial entities. An empty
 * LEI is an error. O(rows).
 */
import type { Row } from '../formats/csv/index.js';
import type { TableRead, TemplateTable } from './types.js';
import { clean, emptyKeys } from './utils.js';

/** A financial entity: LEI and name ('' when the register does not give one). */
export interface EntityRecord {
  lei: string;
  name: string;
}

/** The entity of a B_01.01 or B_01.02 row (both give the LEI in c0010 and the name in c0020). */
export const entityRecord = (row: Row): EntityRecord => ({
  lei: clean(row.cell('c0010')),
  name: clean(row.cell('c0020')),
});

export function readB0101(table: TemplateTable): TableRead<EntityRecord> {
  return { records: table.rows.map(entityRecord), emptyKeys: emptyKeys(table), diagnostics: [] };
}
