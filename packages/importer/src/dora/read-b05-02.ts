/**
 * Reading template B_05.02, the ICT service supply chains: per row, the arrangement c0010, the type
 * of ICT services c0020, the provider c0030, its rank c0050 (1 for the direct provider, 2 or more
 * for subcontractors) and the recipient c0060 of its service ('' when not given). Errors: empty
 * keys, a rank that is not a natural number. O(rows).
 */
import type { Diagnostic } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import type { Place, TableRead, TemplateTable } from './types.js';
import { cellProblem, clean, emptyKeys } from './utils.js';

/** One link of a supply chain: `provider` serves `recipient` at `rank` in the chain of an arrangement's type. */
export interface ChainLinkRecord {
  at: Place;
  arrangement: string;
  /** The type of ICT services, upper case (`S19`). */
  type: string;
  provider: string;
  rank: number;
  recipient: string;
}

export function readB0502(table: TemplateTable): TableRead<ChainLinkRecord> {
  const diagnostics: Diagnostic[] = [];
  const records = table.rows.map((row): ChainLinkRecord => {
    const at = { table, row };
    const rank = clean(row.cell('c0050'));
    if (rank !== '' && !/^[1-9]\d*$/.test(rank)) {
      const message = `${quoteValue(rank)} is not a rank; write a natural number: 1 for the direct provider, 2 or more for subcontractors`;
      diagnostics.push(cellProblem(at, IMPORT_CODES.doraBadRank, 'error', 'c0050', message));
    }
    return {
      at,
      arrangement: clean(row.cell('c0010')),
      type: clean(row.cell('c0020')).toUpperCase(),
      provider: clean(row.cell('c0030')),
      rank: Number(rank),
      recipient: clean(row.cell('c0060')),
    };
  });
  return { records, emptyKeys: emptyKeys(table), diagnostics };
}
