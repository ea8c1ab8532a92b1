/**
 * Which value type each model attribute has, per node or edge kind, read off the canonical CSV
 * schema (csv/schema.ts) so that there is one list. Graph files written by other tools (Gephi, yEd,
 * a spreadsheet turned into GraphML) often carry numbers, booleans and lists as text; `coerce`
 * turns such text into the model's type with the same rules as the CSV reader, and leaves anything
 * it cannot read for validation to report. O(1) per attribute.
 */
import type { EdgeKind, NodeKind } from '@kedja/core';

import { parseCell } from '../csv/index.js';
import { TABLES, type ColumnType } from '../csv/index.js';

const TYPES = new Map<string, Map<string, ColumnType>>();
for (const table of TABLES) {
  const kind = table.node ?? table.edge;
  if (kind === undefined) continue;
  const types = new Map<string, ColumnType>();
  for (const column of table.columns) if (column.attribute !== undefined) types.set(column.attribute, column.value);
  TYPES.set(kind, types);
}

/** The model type of `attribute` on elements of `kind`, when the model has that attribute. */
export function attributeType(kind: NodeKind | EdgeKind, attribute: string): ColumnType | undefined {
  return TYPES.get(kind)?.get(attribute);
}

/** Whether the model stores the attribute as a list (written as `a;b` where a format has no lists). */
export function isListAttribute(kind: NodeKind | EdgeKind, attribute: string): boolean {
  const type = attributeType(kind, attribute)?.type;
  return type === 'list' || type === 'countries';
}

/** `value` in the model's type when it is text that reads as one; otherwise `value` unchanged. */
export function coerce(kind: NodeKind | EdgeKind, attribute: string, value: unknown): unknown {
  const type = attributeType(kind, attribute);
  if (type === undefined || typeof value !== 'string') return value;
  if (type.type === 'text' || type.type === 'id' || type.type === 'ref') return value;
  const cell = value.trim();
  if (cell === '') return value;
  const parsed = parseCell(cell, type);
  return parsed.ok ? parsed.value : value;
}
