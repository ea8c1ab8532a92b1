/**
 * Public procurement notices (eForms, the EU standard in which Swedish public bodies publish their
 * awards) as a Kedja graph: buyers, winning suppliers and declared subcontractors with the
 * contracts between them, merged across notices, with provenance on every edge and a report of
 * what was read, merged and skipped. docs/procurement.md describes the mapping.
 */
export {
  importProcurement,
  type ProcurementImportOptions,
  type ProcurementImportResult,
} from './import-procurement.js';
export { renderProcurementReport, writeProcurementReport } from './render-report.js';
export {
  cpvCategory,
  parseCpvPrefixes,
  CPV_ICT_CATEGORIES,
  CPV_DIVISIONS,
  ICT_PREFIXES,
  type CpvMapping,
} from './cpv-categories.js';
export {
  organisationNumberKey,
  mergeParties,
  idPart,
  type MergeEntry,
  type MergeResult,
  type MergedParty,
  type PartyOccurrence,
  type KeptApart,
  type MergeRule,
  type PartyKind,
} from './merge-parties.js';
export type * from './report-types.js';
export type { NoticeKind } from './notice-model.js';
