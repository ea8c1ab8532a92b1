/**
 * Reading template B_07.01, the assessment of the ICT services: per arrangement c0010 and type of
 * ICT services c0040, the substitutability c0050, the exit plan c0080 and whether alternative
 * providers are identified c0110 (as the register codes them, prefixes stripped). The provider
 * c0020 is a key but is not otherwise read. Empty keys are errors. O(rows).
 */
import type { Place, TableRead, TemplateTable } from './types.js';
import { clean, emptyKeys } from './utils.js';

/** The assessment cells Kedja keeps, and the service attribute each becomes. */
const ASSESSMENT = [
  ['c0050', 'substitutability'],
  ['c0080', 'exitPlan'],
  ['c0110', 'alternativeProvidersIdentified'],
] as const;

/** The assessment of the ICT services of type `type` under `arrangement`; empty cells left out. */
export interface AssessmentRecord {
  at: Place;
  arrangement: string;
  /** The type of ICT services, upper case (`S19`). */
  type: string;
  assessment: Partial<Record<(typeof ASSESSMENT)[number][1], string>>;
}

export function readB0701(table: TemplateTable): TableRead<AssessmentRecord> {
  const records = table.rows.map((row): AssessmentRecord => {
    const assessment: AssessmentRecord['assessment'] = {};
    for (const [code, attribute] of ASSESSMENT) {
      const value = clean(row.cell(code));
      if (value) assessment[attribute] = value;
    }
    return {
      at: { table, row },
      arrangement: clean(row.cell('c0010')),
      type: clean(row.cell('c0040')).toUpperCase(),
      assessment,
    };
  });
  return { records, emptyKeys: emptyKeys(table), diagnostics: [] };
}
