/**
 * `kedja import-edges`: what a list became, as the `--json` document and one sentence. O(1).
 */
import type { EdgeListReport } from '@kedja/importer';

import { plural } from '../output/table.js';
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

export function renderEdgesImport({ output, kind, report, counts, warnings }: EdgesImport): string {
  const nodes = [
    plural(counts.organisations, 'organisation'),
    plural(counts.services, 'service'),
    plural(counts.suppliers, 'supplier'),
  ].filter((text) => !text.startsWith('0 '));
  // Only merges of different spellings are news in the text; --json lists every merge.
  const merged = report.merges
    .filter((m) => m.spellings.length > 1)
    .map((m) => `${m.name} (${m.spellings.map((s) => s.name).join(' = ')})`);
  return (
    `${report.source}: ${plural(report.rows, 'row')} -> ${output}: ${nodes.join(', ') || 'no node'}; ` +
    `${plural(report.edges, `${kind} edge`)}` +
    `${report.repeated > 0 ? `, ${plural(report.repeated, 'repeated row')}` : ''}` +
    `${report.withoutEdge > 0 ? `, ${plural(report.withoutEdge, 'row')} without an edge` : ''}` +
    `${warnings > 0 ? `; ${plural(warnings, 'warning')} above` : ''}.\n` +
    (merged.length > 0 ? `Merged: ${merged.join('; ')}.\n` : '')
  );
}
