/**
 * Writing the procurement report: `procurement-report.json` (the document as it is) and
 * `procurement-report.md` (the same for people: what was read, the categories, every merge, what was
 * kept apart, what was skipped and why, and where every edge comes from). Names are text: cells are
 * escaped, never interpreted. O(size of the report).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { escapeMarkdown } from '@kedja/core/reports';

import type { ProcurementReport } from './report-types.js';

/** A cell from notices, escaped as data: no markup, HTML or link from a notice's text. */
const cell = (value: unknown) => escapeMarkdown(String(value));

function table(header: readonly string[], rows: readonly (readonly unknown[])[]): string[] {
  if (rows.length === 0) return ['(none)'];
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function readSection(report: ProcurementReport): string[] {
  const notices = Object.entries(report.read.notices).map(([kind, count]) => `${count} ${kind}`);
  const c = report.counts;
  return [
    '## Read',
    '',
    `- inputs: ${report.inputs.join(', ')}`,
    `- files and archive entries looked at: ${report.read.entries}`,
    `- notices read: ${notices.join(', ') || 'none'}`,
    `- settled contracts (one per tender) imported: ${report.read.awards}`,
    `- CPV filter: ${report.cpvPrefixes.length > 0 ? report.cpvPrefixes.join(', ') : 'none (every code kept)'}`,
    `- graph: ${c.organisations} organisations, ${c.suppliers} suppliers, ${c.services} services; ${c.contracts} contracts, ${c.subcontracts} subcontracts, ${c.uses} uses, ${c.providedBy} providedBy edges`,
    '',
  ];
}

/** Appends each of `more` to `lines` (a long table spread into push would overflow the stack). */
function append(lines: string[], more: readonly string[]): void {
  for (const line of more) lines.push(line);
}

export function renderProcurementReport(report: ProcurementReport): string {
  const lines = ['# Procurement import report', '', ...readSection(report)];
  lines.push('## Service categories (contracts per category)', '');
  append(
    lines,
    table(
      ['category', 'contracts'],
      report.categories.map((c) => [c.category, c.contracts]),
    ),
  );
  lines.push('');
  lines.push('## Merged', '', 'Each row is one node made of parties that several notices (or roles) describe.', '');
  append(
    lines,
    table(
      ['node', 'kind', 'name kept', 'spellings (notices)', 'organisation numbers', 'rule', 'notices', 'names differ'],
      report.merges.map((m) => [
        m.node,
        m.kind,
        m.name,
        m.spellings.map((s) => `${s.name} (${s.notices})`).join('; '),
        m.organisationNumbers.join('; '),
        m.rule,
        m.notices,
        m.namesDiffer ? 'yes: check' : '',
      ]),
    ),
  );
  lines.push('');
  lines.push('## Kept apart', '');
  append(
    lines,
    table(
      ['kind', 'name', 'nodes', 'why'],
      report.keptApart.map((k) => [k.kind, k.name, k.nodes.join(', '), k.reason]),
    ),
  );
  lines.push('');
  lines.push('## Skipped', '');
  append(
    lines,
    table(
      ['where', 'what', 'why'],
      report.skipped.map((s) => [s.where, s.what, s.reason]),
    ),
  );
  lines.push('');
  lines.push('## Provenance', '', 'Every edge and the contracts it stands for.', '');
  append(
    lines,
    table(
      ['edge', 'notice', 'date', 'contract', 'lot', 'CPV', 'file'],
      report.provenance.flatMap((p) =>
        p.sources.map((s) => [
          p.edge,
          s.publication ? `${s.notice} (${s.publication})` : s.notice,
          s.date ? `${s.date} (${s.dateKind})` : '',
          s.contractReference ? `${s.contract} (${s.contractReference})` : s.contract,
          s.lot ?? '',
          s.cpv.join(', '),
          s.file,
        ]),
      ),
    ),
  );
  lines.push('');
  return lines.join('\n');
}

/** Writes the report as JSON and Markdown into `folder`; returns the files written. */
export async function writeProcurementReport(report: ProcurementReport, folder: string): Promise<string[]> {
  const json = join(folder, 'procurement-report.json');
  const markdown = join(folder, 'procurement-report.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await writeFile(markdown, renderProcurementReport(report), 'utf8');
  return [json, markdown];
}
