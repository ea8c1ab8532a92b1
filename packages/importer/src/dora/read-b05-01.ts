/**
 * Reading template B_05.01, the ICT third-party service providers: code c0010, legal name c0050
 * (or the Latin name c0060), country of headquarters c0080 and ultimate parent c0110, or the same
 * facts where the 2024 dry run numbered them (provider-layout.ts). Errors: an empty code, a
 * provider listed twice (the first is kept), a legal name that is a country code. Warnings: no name
 * (the provider is named by its code), no country, a country that is not an ISO code (left out),
 * a table in the dry run's numbering. O(rows).
 */
import { isCountryCode, type Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import type { Row } from '../formats/csv/index.js';
import { IMPORT_CODES } from '../errors.js';
import { providerLayout, type ProviderColumns } from './provider-layout.js';
import type { Place, TableRead, TemplateTable } from './types.js';
import { cellProblem, clean, emptyKeys } from './utils.js';

/** A provider; name, country and parent only when the register gives them (parent: not itself). */
export interface ProviderRecord {
  code: string;
  line: number;
  name?: string;
  country?: string;
  parent?: string;
}

export function readB0501(read: TemplateTable): TableRead<ProviderRecord> {
  const layout = providerLayout(read);
  const { table, columns } = layout;
  const providers = new Map<string, ProviderRecord>();
  const diagnostics: Diagnostic[] = [...layout.diagnostics];
  for (const row of table.rows) {
    const code = clean(row.cell('c0010'));
    if (code === '') continue;
    const previous = providers.get(code);
    if (previous) {
      const message = `provider ${quoteValue(code)} is already listed on line ${previous.line}`;
      diagnostics.push(cellProblem({ table, row }, IMPORT_CODES.doraDuplicateKey, 'error', 'c0010', message));
      continue;
    }
    providers.set(code, provider(table, row, code, columns, diagnostics));
  }
  return { records: [...providers.values()], emptyKeys: emptyKeys(table), diagnostics };
}

/** The provider of one row, with warnings for a missing name and a missing or invalid country. */
function provider(
  table: TemplateTable,
  row: Row,
  code: string,
  columns: ProviderColumns,
  diagnostics: Diagnostic[],
): ProviderRecord {
  const at: Place = { table, row };
  const warn = (column: string, diagnostic: string, message: string) =>
    diagnostics.push(cellProblem(at, diagnostic, 'warning', column, message));
  const name = columns.names.map((column) => clean(row.cell(column))).find((value) => value !== '') ?? '';
  const country = clean(row.cell(columns.country)).toUpperCase();
  const parent = clean(row.cell(columns.parent));
  const record: ProviderRecord = {
    code,
    line: row.line,
    ...(name ? { name } : {}),
    ...(parent && parent !== code ? { parent } : {}),
  };
  const [nameColumn, ...fallbacks] = columns.names;
  if (!name) {
    const fallback = fallbacks.length > 0 ? ` (nor ${fallbacks.join(', ')})` : '';
    warn(
      nameColumn!,
      IMPORT_CODES.doraIncomplete,
      `provider ${code} has no legal name${fallback}; it is named by its code`,
    );
  }
  if (country === '')
    warn(columns.country, IMPORT_CODES.doraIncomplete, `provider ${code} has no country of headquarters`);
  else if (!isCountryCode(country))
    warn(
      columns.country,
      IMPORT_CODES.doraBadValue,
      `${quoteValue(country)} is not an ISO 3166-1 alpha-2 code; left out`,
    );
  else record.country = country;
  return record;
}
