/**
 * `kedja import-procurement`: what was read from the notices and what the graph holds, as the
 * `--json` document and as two sentences that point at the report. O(size of the report's counts).
 */
import type { Lang } from '@kedja/core/i18n';
import type { ProcurementReport } from '@kedja/importer';

import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';

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

/** "26 notices (21 contract award, 5 modification)": the notice kinds are eForms' own words, most first. */
function describeNotices(notices: ProcurementReport['read']['notices'], lang: Lang): string {
  const entries = Object.entries(notices).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]));
  const total = entries.reduce((sum, [, count]) => sum + (count ?? 0), 0);
  const kinds = entries.map(([kind, count]) => `${count} ${kind}`).join(', ');
  return messagesIn(lang).imports.procurement.notices(formatNumber(total, lang), total, kinds);
}

/** Two sentences in `lang` (English unless told) that end with where the report is. */
export function renderProcurementImport(
  { inputs, output, report, warnings }: ProcurementImport,
  lang: Lang = 'en',
): string {
  const { common, imports } = messagesIn(lang);
  const m = imports.procurement;
  const n = (value: number) => formatNumber(value, lang);
  const edge = (count: number, kind: string) => common.nouns.edge(n(count), count, kind);
  const c = report.counts;
  const reportFile = `${output.replace(/\/+$/, '')}/procurement-report.md`;
  const nodes = [
    common.nouns.organisation(n(c.organisations), c.organisations),
    common.nouns.supplier(n(c.suppliers), c.suppliers),
    common.nouns.service(n(c.services), c.services),
  ];
  const edges = [
    edge(c.contracts, 'contracts'),
    edge(c.subcontracts, 'subcontracts'),
    edge(c.uses, 'uses'),
    edge(c.providedBy, 'providedBy'),
  ];
  const warned = warnings > 0 ? `, ${common.warningsAbove(common.nouns.warning(n(warnings), warnings))}` : '';
  return (
    `${m.summary(
      inputs.join(', '),
      describeNotices(report.read.notices, lang),
      m.contract(n(report.read.awards), report.read.awards),
      nodes.join(', '),
      edges.join(', '),
    )}\n` +
    `${m.footer(
      m.merge(n(report.merges.length), report.merges.length),
      n(report.skipped.length),
      report.skipped.length,
      warned,
      reportFile,
    )}\n`
  );
}
