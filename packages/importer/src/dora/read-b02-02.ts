/**
 * Reading template B_02.02, the contractual arrangements in detail: per row, the arrangement c0010,
 * the entity c0020 that uses the ICT services, their direct provider c0030, the function c0050, the
 * type of ICT services c0060 and the countries of the data at rest c0150 and of its processing
 * c0160. Empty keys are errors. A country that is not an ISO code is left out with a warning that
 * stays with the record: the builder reports it where it places the row, in the register's order
 * of diagnostics. O(rows).
 */
import { isCountryCode, type Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import type { Place, TableRead, TemplateTable } from './types.js';
import { cellProblem, clean, emptyKeys } from './utils.js';

/** One use of an arrangement's ICT services by an entity. */
export interface ServiceUseRecord {
  at: Place;
  arrangement: string;
  entity: string;
  provider: string;
  /** The function identifier, '' when none is given. */
  functionId: string;
  /** The type of ICT services, upper case (`S19`). */
  type: string;
  /** The valid countries of c0150 and c0160, in that order. */
  countries: string[];
  /** The countries left out, for the builder to report. */
  warnings: Diagnostic[];
}

export function readB0202(table: TemplateTable): TableRead<ServiceUseRecord> {
  const records = table.rows.map((row): ServiceUseRecord => {
    const at = { table, row };
    const warnings: Diagnostic[] = [];
    return {
      at,
      arrangement: clean(row.cell('c0010')),
      entity: clean(row.cell('c0020')),
      provider: clean(row.cell('c0030')),
      functionId: clean(row.cell('c0050')),
      type: clean(row.cell('c0060')).toUpperCase(),
      countries: [...country(at, 'c0150', warnings), ...country(at, 'c0160', warnings)],
      warnings,
    };
  });
  return { records, emptyKeys: emptyKeys(table), diagnostics: [] };
}

/** The country of a cell as a list: empty when the cell is, or when it is not an ISO code (a warning). */
function country(at: Place, column: string, warnings: Diagnostic[]): string[] {
  const value = clean(at.row.cell(column)).toUpperCase();
  if (value === '') return [];
  if (isCountryCode(value)) return [value];
  const message = `${quoteValue(value)} is not an ISO 3166-1 alpha-2 code; left out`;
  warnings.push(cellProblem(at, IMPORT_CODES.doraBadValue, 'warning', column, message));
  return [];
}
