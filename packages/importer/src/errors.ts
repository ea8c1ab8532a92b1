/**
 * Diagnostic codes of @kedja/importer. Stable: tools and tests match on them, never on wording.
 * The messages (built where the problem is found) say what is wrong and what to do.
 */
export { KedjaError, type Diagnostic } from '@kedja/core';

export const IMPORT_CODES = {
  inputNotFound: 'KEDJA_INPUT_NOT_FOUND',
  inputUnsupported: 'KEDJA_INPUT_UNSUPPORTED',
  missingFile: 'KEDJA_CSV_MISSING_FILE',
  unknownFile: 'KEDJA_CSV_UNKNOWN_FILE',
  emptyFile: 'KEDJA_CSV_EMPTY_FILE',
  encoding: 'KEDJA_CSV_ENCODING',
  missingColumn: 'KEDJA_CSV_MISSING_COLUMN',
  unknownColumn: 'KEDJA_CSV_UNKNOWN_COLUMN',
  duplicateColumn: 'KEDJA_CSV_DUPLICATE_COLUMN',
  malformedRow: 'KEDJA_CSV_MALFORMED_ROW',
  emptyRequired: 'KEDJA_CSV_EMPTY_REQUIRED',
  duplicateId: 'KEDJA_CSV_DUPLICATE_ID',
  unknownReference: 'KEDJA_CSV_UNKNOWN_REFERENCE',
  wrongKind: 'KEDJA_CSV_WRONG_KIND',
  selfLoop: 'KEDJA_CSV_SELF_LOOP',
  duplicateEdge: 'KEDJA_CSV_DUPLICATE_EDGE',
  badEnum: 'KEDJA_CSV_BAD_ENUM',
  badNumber: 'KEDJA_CSV_BAD_NUMBER',
  badBoolean: 'KEDJA_CSV_BAD_BOOLEAN',
  badCountry: 'KEDJA_CSV_BAD_COUNTRY',
  jsonSyntax: 'KEDJA_JSON_SYNTAX',
  jsonShape: 'KEDJA_JSON_SHAPE',
  writeFailed: 'KEDJA_WRITE_FAILED',
  xmlSyntax: 'KEDJA_XML_SYNTAX',
  graphShape: 'KEDJA_GRAPH_SHAPE',
  graphNoKinds: 'KEDJA_GRAPH_NO_KINDS',
  surveyRowSkipped: 'KEDJA_SURVEY_ROW_SKIPPED',
  surveyBadAnswer: 'KEDJA_SURVEY_BAD_ANSWER',
  surveyUnreadCountry: 'KEDJA_SURVEY_UNREAD_COUNTRY',
  surveyUnknownAliasTarget: 'KEDJA_SURVEY_UNKNOWN_ALIAS_TARGET',
  doraMissingTable: 'KEDJA_DORA_MISSING_TABLE',
  doraTableNotRead: 'KEDJA_DORA_TABLE_NOT_READ',
  doraEmptyKey: 'KEDJA_DORA_EMPTY_KEY',
  doraBadRank: 'KEDJA_DORA_BAD_RANK',
  doraDuplicateKey: 'KEDJA_DORA_DUPLICATE_KEY',
  doraUnknownReference: 'KEDJA_DORA_UNKNOWN_REFERENCE',
  doraIncomplete: 'KEDJA_DORA_INCOMPLETE',
  doraBadValue: 'KEDJA_DORA_BAD_VALUE',
  doraInconsistent: 'KEDJA_DORA_INCONSISTENT',
} as const;

export type ImportCode = (typeof IMPORT_CODES)[keyof typeof IMPORT_CODES];
