/**
 * The normalisation report as a person reads it (Markdown): the counts first, then every merge
 * with its method and evidence, the ambiguous names with their candidates, the new nodes flagged
 * unresolved, the non-answers, the countries and the skipped rows (report-sections.ts, one
 * function per section); and both forms written to a folder (JSON and Markdown). Every raw
 * spelling of the answers appears in exactly one table. O(spellings).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  ambiguous,
  countries,
  merged,
  methods,
  newNodes,
  notNames,
  organisations,
  skippedRows,
  summary,
  title,
  unresolved,
  type ReportSection,
} from './report-sections.js';
import type { NormalisationReport } from './report-types.js';

const SECTIONS: readonly ReportSection[] = [
  title,
  summary,
  methods,
  merged,
  ambiguous,
  unresolved,
  newNodes,
  notNames,
  organisations,
  countries,
  skippedRows,
];

export function renderNormalisationReport(report: NormalisationReport): string {
  const lines = SECTIONS.flatMap((section) => section(report));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Writes normalisation-report.json and normalisation-report.md into `folder`; returns their paths. */
export async function writeNormalisationReport(report: NormalisationReport, folder: string): Promise<string[]> {
  const json = join(folder, 'normalisation-report.json');
  const markdown = join(folder, 'normalisation-report.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await writeFile(markdown, renderNormalisationReport(report), 'utf8');
  return [json, markdown];
}
