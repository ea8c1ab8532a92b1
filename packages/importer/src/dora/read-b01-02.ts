/**
 * Reading template B_01.02, the entities within the scope of the register: LEI c0010 and name
 * c0020, which name the financial entities (organisations) where B_01.01 does not. An empty LEI is
 * an error. O(rows).
 */
import { entityRecord, type EntityRecord } from './read-b01-01.js';
import type { TableRead, TemplateTable } from './types.js';
import { emptyKeys } from './utils.js';

export function readB0102(table: TemplateTable): TableRead<EntityRecord> {
  return { records: table.rows.map(entityRecord), emptyKeys: emptyKeys(table), diagnostics: [] };
}
