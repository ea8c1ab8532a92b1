/**
 * The normalisation report as a person reads it (Markdown): the counts first, then every merge
 * with its method and evidence, the ambiguous names with their candidates, the new nodes flagged
 * unresolved, the proposed new entries, the non-answers, the organisations, the countries, the
 * skipped rows and the reviewer's decisions (report-sections.ts, one function per section); and
 * both forms written to a folder (JSON and Markdown) with the decisions file for the next review
 * (write-decisions.ts) in its subfolder review/. Every raw spelling of the answers appears in exactly one table.
 * O(spellings).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import {
  ambiguous,
  decisions,
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
import { renderDecisions } from './write-decisions.js';

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
  decisions,
];

export function renderNormalisationReport(report: NormalisationReport): string {
  const lines = SECTIONS.flatMap((section) => section(report));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Where the decisions file goes: in a subfolder, since a canonical folder holds only its own CSV files. */
const DECISIONS_FILE = join('review', 'decisions.csv');

/**
 * Writes normalisation-report.json and normalisation-report.md into `folder`, and the decisions
 * file to review as review/decisions.csv; returns their paths.
 */
export async function writeNormalisationReport(report: NormalisationReport, folder: string): Promise<string[]> {
  const json = join(folder, 'normalisation-report.json');
  const markdown = join(folder, 'normalisation-report.md');
  const review = join(folder, DECISIONS_FILE);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await writeFile(markdown, renderNormalisationReport(report), 'utf8');
  await mkdir(dirname(review), { recursive: true });
  await writeFile(review, renderDecisions(report), 'utf8');
  return [json, markdown, review];
}
