/**
 * Diagnostic codes of the survey importer's review files, beside IMPORT_CODES (errors.ts): a row
 * of a brand list or of a decisions file that cannot be used, and a decision that no longer
 * matches any answer. Stable: tools and tests match on them, never on wording.
 */
export const SURVEY_CODES = {
  badBrandRow: 'KEDJA_SURVEY_BAD_BRAND_ROW',
  badDecision: 'KEDJA_SURVEY_BAD_DECISION',
  unusedDecision: 'KEDJA_SURVEY_UNUSED_DECISION',
} as const;
