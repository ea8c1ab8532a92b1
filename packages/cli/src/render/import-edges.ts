/**
 * `kedja import-edges`: what a list became, as the `--json` document and one sentence. O(1).
 */
import type { Lang } from '@kedja/core/i18n';
import type { EdgeListReport } from '@kedja/importer';

import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';
import type { GraphCounts } from './validate.js';

export interface EdgesImport {
  output: string;
  kind: string;
  report: EdgeListReport;
  counts: GraphCounts;
  warnings: number;
}

export function edgesImportJson({ output, kind, report, counts, warnings }: EdgesImport) {
  return {
    source: report.source,
    output,
    kind,
    rows: report.rows,
    edges: report.edges,
    repeated: report.repeated,
    withoutEdge: report.withoutEdge,
    counts: { organisations: counts.organisations, services: counts.services, suppliers: counts.suppliers },
    merges: report.merges.map((m) => ({
      node: m.node,
      name: m.name,
      spellings: m.spellings.map((s) => s.name),
      rule: m.rule,
    })),
    warnings,
  };
}

/** One sentence in `lang` (English unless told), and the merges of different spellings. */
export function renderEdgesImport({ output, kind, report, counts, warnings }: EdgesImport, lang: Lang = 'en'): string {
  const { common, imports } = messagesIn(lang);
  const m = imports.edges;
  const n = (value: number) => formatNumber(value, lang);
  const nodes = [
    counts.organisations > 0 ? common.nouns.organisation(n(counts.organisations), counts.organisations) : '',
    counts.services > 0 ? common.nouns.service(n(counts.services), counts.services) : '',
    counts.suppliers > 0 ? common.nouns.supplier(n(counts.suppliers), counts.suppliers) : '',
  ].filter((text) => text !== '');
  // Only merges of different spellings are news in the text; --json lists every merge.
  const merged = report.merges
    .filter((merge) => merge.spellings.length > 1)
    .map((merge) => `${merge.name} (${merge.spellings.map((s) => s.name).join(' = ')})`);
  const rest =
    (report.repeated > 0 ? `, ${m.repeated(n(report.repeated), report.repeated)}` : '') +
    (report.withoutEdge > 0 ? `, ${m.withoutEdge(common.nouns.row(n(report.withoutEdge), report.withoutEdge))}` : '') +
    (warnings > 0 ? `; ${common.warningsAbove(common.nouns.warning(n(warnings), warnings))}` : '');
  return (
    `${m.summary(
      report.source,
      common.nouns.row(n(report.rows), report.rows),
      output,
      nodes.join(', ') || m.noNode,
      common.nouns.edge(n(report.edges), report.edges, kind),
      rest,
    )}\n` + (merged.length > 0 ? `${m.merged(merged.join('; '))}\n` : '')
  );
}
