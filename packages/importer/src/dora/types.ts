/**
 * The shapes the register's readers and its builder share: a template's table as read from its CSV
 * file, the place of a record in it (so that a later diagnostic can name file, line and column),
 * and what every template reader returns.
 */
import type { Diagnostic } from '@kedja/core';

import type { Row } from '../formats/csv/index.js';
import type { DoraTemplate } from './templates.js';

/** One template's CSV file as read: its well-formed rows, each with its line. */
export interface TemplateTable {
  template: DoraTemplate;
  file: string;
  rows: Row[];
}

/** Where a record was read: its table and row. */
export interface Place {
  table: TemplateTable;
  row: Row;
}

/** What a template reader gives: the table's records and the problems found in it. */
export interface TableRead<T> {
  records: T[];
  /** Empty key cells (errors), reported for every table before any other check. */
  emptyKeys: Diagnostic[];
  /** The template's own checks, reported after the keys of every table. */
  diagnostics: Diagnostic[];
}
