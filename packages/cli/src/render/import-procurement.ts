/**
 * `kedja import-procurement`: what was read from the notices and what the graph holds, as the
 * `--json` document and as two sentences that point at the report. O(size of the report's counts).
 */
import type { ProcurementReport } from '@kedja/importer';

import { plural } from '../output/table.js';

export interface ProcurementImport {
  /** The inputs as given. */
  inputs: readonly string[];
  output: string;
  report: ProcurementReport;
  /** The files written (the CSV tables and the report). */
  files: readonly string[];
  warnings: number;
}

export function procurementImportJson({ inputs, output, report, files, warnings }: ProcurementImport) {
  return {
    inputs: [...inputs],
    output,
    notices: report.read.notices,
    contracts: report.read.awards,
    counts: report.counts,
    merges: report.merges.length,
    keptApart: report.keptApart.length,
    skipped: report.skipped.length,
    files: [...files],
    warnings,
  };
}

/** "21 contract award, 5 modification" (most first), or "no notice". */
function describeNotices(notices: ProcurementReport['read']['notices']): string {
  const entries = Object.entries(notices).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]));
  const total = entries.reduce((sum, [, count]) => sum + (count ?? 0), 0);
  const kinds = entries.map(([kind, count]) => `${count} ${kind}`).join(', ');
  return `${plural(total, 'notice')} (${kinds})`;
}

export function renderProcurementImport({ inputs, output, report, warnings }: ProcurementImport): string {
  const c = report.counts;
  const reportFile = `${output.replace(/\/+$/, '')}/procurement-report.md`;
  return (
    `${inputs.join(', ')}: ${describeNotices(report.read.notices)}, ${plural(report.read.awards, 'settled contract')}; ` +
    `${plural(c.organisations, 'organisation')}, ${plural(c.suppliers, 'supplier')}, ${plural(c.services, 'service')}; ` +
    `${plural(c.contracts, 'contracts edge')}, ${plural(c.subcontracts, 'subcontracts edge')}, ${plural(c.uses, 'uses edge')}, ` +
    `${plural(c.providedBy, 'providedBy edge')}.\n` +
    `${plural(report.merges.length, 'merge')}, ${plural(report.skipped.length, 'item')} skipped` +
    `${warnings > 0 ? `, ${plural(warnings, 'warning')} above` : ''}: see ${reportFile}.\n`
  );
}
