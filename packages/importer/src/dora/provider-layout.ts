/**
 * Which numbering a register's B_05.01 is written in. The templates of the ESAs' 2024 dry run
 * numbered B_05.01 in nine columns (c0010 code, c0020 type of code, c0030 name, c0040 type of
 * person, c0050 country of headquarters, c0060 currency, c0070 annual expense, c0080 ultimate
 * parent, c0090 type of its code); Implementing Regulation (EU) 2024/2956 inserted an additional
 * code (c0030, c0040) and the name in Latin alphabet (c0060), so the legal name is c0050, the
 * country c0080 and the parent c0110. Read in the adopted numbering, a dry-run table names its
 * providers "SE" and "IE". So: a table with no column past c0090 whose c0050 holds a country code
 * in every row that fills it is the dry run's, read as such with a warning; a table with the
 * adopted columns whose c0050 holds only country codes is refused, as is any single legal name
 * that is a country code. O(rows).
 */
import { isCountryCode, type Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import { B_05_01, type DoraTemplate } from './templates.js';
import type { TemplateTable } from './types.js';
import { cellProblem, clean } from './utils.js';

/** The columns a provider's facts are read from. */
export interface ProviderColumns {
  /** Legal name, then the fallback name. */
  names: readonly string[];
  country: string;
  parent: string;
}

export const ADOPTED_COLUMNS: ProviderColumns = { names: ['c0050', 'c0060'], country: 'c0080', parent: 'c0110' };
export const DRY_RUN_COLUMNS: ProviderColumns = { names: ['c0030'], country: 'c0050', parent: 'c0080' };

/** B_05.01 as the 2024 dry run numbered it, so that messages name its columns right. */
export const B_05_01_DRY_RUN: DoraTemplate = {
  ...B_05_01,
  name: 'ICT third-party service providers (2024 dry-run numbering)',
  columns: [
    { code: 'c0010', name: 'Identification code of ICT third-party service provider', key: true },
    { code: 'c0020', name: 'Type of code to identify the ICT third-party service provider' },
    { code: 'c0030', name: 'Name of the ICT third-party service provider' },
    { code: 'c0040', name: 'Type of person of the ICT third-party service provider' },
    { code: 'c0050', name: "Country of the ICT third-party service provider's headquarters" },
    { code: 'c0060', name: 'Currency of the amount reported in c0070' },
    { code: 'c0070', name: 'Total annual expense or estimated cost of the ICT third-party service provider' },
    {
      code: 'c0080',
      name: "Identification code of the ICT third-party service provider's ultimate parent undertaking",
    },
    {
      code: 'c0090',
      name: "Type of code to identify the ICT third-party service provider's ultimate parent undertaking",
    },
  ],
};

const DRY_RUN_CODES = new Set(B_05_01_DRY_RUN.columns.map((column) => column.code));

export interface ProviderLayout {
  /** The table to read, its template the dry run's when that is its numbering. */
  table: TemplateTable;
  columns: ProviderColumns;
  diagnostics: Diagnostic[];
}

const isCountry = (value: string) => isCountryCode(clean(value).toUpperCase());

/** The layout of a B_05.01 table, and its warning (dry run read) or errors (a country where a name belongs). */
export function providerLayout(table: TemplateTable): ProviderLayout {
  const first = table.rows[0];
  const adopted: ProviderLayout = { table, columns: ADOPTED_COLUMNS, diagnostics: [] };
  if (first === undefined) return adopted;
  const header = table.template.columns.map((column) => column.code).filter((code) => first.column(code) !== undefined);
  const filled = table.rows.filter((row) => clean(row.cell('c0050')) !== '');
  const countries = filled.filter((row) => isCountry(row.cell('c0050')));
  const countriesOnly = filled.length > 0 && countries.length === filled.length;
  if (countriesOnly && header.every((code) => DRY_RUN_CODES.has(code))) {
    const dryRun = { ...table, template: B_05_01_DRY_RUN };
    const message =
      `B_05.01 is numbered as in the ESAs' 2024 dry run (nine columns, c0050 a country in every row): read as such, ` +
      `the name from c0030, the country from c0050 and the ultimate parent from c0080; Implementing Regulation (EU) ` +
      `2024/2956 numbers them c0050, c0080 and c0110, so renumber the table before submitting it`;
    const diagnostic: Diagnostic = {
      file: table.file,
      line: 1,
      code: IMPORT_CODES.doraDryRunLayout,
      severity: 'warning',
      message,
    };
    return { table: dryRun, columns: DRY_RUN_COLUMNS, diagnostics: [diagnostic] };
  }
  const refused = countries.map((row) => {
    const value = clean(row.cell('c0050'));
    const why = countriesOnly
      ? `${quoteValue(value)} is a country code, as in every row: the table looks like the 2024 dry-run numbering (c0050 the country) under the adopted template's columns; renumber it (legal name c0050, country c0080, ultimate parent c0110)`
      : `${quoteValue(value)} is a country code, not a legal name; a column may be shifted (the 2024 dry run numbered the country c0050)`;
    return cellProblem({ table, row }, IMPORT_CODES.doraDryRunLayout, 'error', 'c0050', why);
  });
  return { ...adopted, diagnostics: refused };
}
