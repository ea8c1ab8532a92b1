/**
 * `kedja import-survey`: what became of the survey's names, as the `--json` summary and as four
 * lines that end with where the full normalisation report is (every spelling, what it became and why).
 */
import type { NormalisationReport } from '@kedja/importer';

import { formatNumber, plural } from '../output/table.js';

/** How each matching method is named in the summary (the importer's method ids). */
export const METHOD_WORDS: Readonly<Record<string, string>> = {
  alias: 'alias',
  key: 'normalised key',
  'via-supplier': 'supplier for its only service',
  'via-service': 'service for its only supplier',
  prefix: 'leading words',
  fuzzy: 'fuzzy',
  ambiguous: 'ambiguous',
  unresolved: 'unresolved',
  'not-a-name': 'not a name',
};

export interface SurveyImport {
  /** The answers file. */
  answers: string;
  /** The folder written. */
  output: string;
  /** The files written into it. */
  files: string[];
  counts: NormalisationReport['counts'];
  /** Warnings the importer reported. */
  warnings: number;
}

export function surveyImportJson({ answers, output, files, counts, warnings }: SurveyImport) {
  return { answers, output, files, counts, warnings };
}

/** "12 fuzzy, 3 alias, ...": distinct spellings by method, the most common first. */
export function describeMethods(byMethod: Readonly<Record<string, number>>): string {
  return Object.entries(byMethod)
    .sort((a, b) => b[1] - a[1])
    .map(([method, n]) => `${formatNumber(n)} ${METHOD_WORDS[method] ?? method}`)
    .join(', ');
}

export function renderSurveyImport({ answers, output, counts: c }: SurveyImport): string {
  return (
    `${answers}: ${plural(c.respondents, 'respondent')} imported into ${output}/` +
    `${c.skippedRows ? ` (${plural(c.skippedRows, 'row')} skipped, see the warnings)` : ''}.\n` +
    `${plural(c.occurrences, 'name')} in the answers, ${plural(c.spellings, 'distinct spelling')}: ${describeMethods(c.byMethod)}.\n` +
    `New nodes: ${formatNumber(c.newNodes.unresolved)} unresolved, ${formatNumber(c.newNodes.ambiguous)} ambiguous. ` +
    `${plural(c.edges.uses, 'uses edge')}, ${plural(c.edges.contracts, 'contracts edge')}.\n` +
    `Every spelling, what it became and why: ${output}/normalisation-report.md\n`
  );
}
