/**
 * Reading the alias table (aliases.csv, columns `alias,id`): further known spellings of catalogue
 * services and suppliers, by catalogue id, in the order of the file. A row with an empty alias, or
 * whose id is no catalogue service or supplier, is a warning with its line and is not used.
 * O(rows).
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import { readTable, type Row, type TableSpec } from '../formats/csv/index.js';

const ALIAS_TABLE: TableSpec = {
  file: 'aliases.csv',
  required: false,
  columns: [
    { name: 'alias', required: true, value: { type: 'text' } },
    { name: 'id', required: true, value: { type: 'text' } },
  ],
};

function unusedAlias(file: string, row: Row, alias: string, id: string): Diagnostic {
  return {
    file,
    line: row.line,
    column: row.column(alias === '' ? 'alias' : 'id') ?? 1,
    code: IMPORT_CODES.surveyUnknownAliasTarget,
    severity: 'warning',
    message:
      alias === ''
        ? 'the alias is empty; this row is not used'
        : `no catalogue service or supplier has id ${quoteValue(id)}; this alias is not used`,
  };
}

/** Catalogue id -> its aliases; problems go to `diagnostics`. */
export async function readAliases(
  file: string,
  known: KedjaGraph,
  diagnostics: Diagnostic[],
): Promise<Map<string, string[]>> {
  const aliases = new Map<string, string[]>();
  for await (const row of readTable(file, file, ALIAS_TABLE, diagnostics)) {
    const alias = row.cell('alias');
    const id = row.cell('id');
    const kind = known.hasNode(id) ? known.getNodeAttribute(id, 'kind') : undefined;
    if (alias === '' || (kind !== 'service' && kind !== 'supplier')) {
      diagnostics.push(unusedAlias(file, row, alias, id));
      continue;
    }
    aliases.set(id, [...(aliases.get(id) ?? []), alias]);
  }
  return aliases;
}
