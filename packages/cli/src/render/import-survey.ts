/**
 * `kedja import-survey`: what became of the survey's names, as the `--json` summary and as lines
 * that end with where the full normalisation report is (every spelling, what it became and why)
 * and the decisions file to review; with `--decisions`, a line on what became of the decisions.
 */
import type { NormalisationReport } from '@kedja/importer';

import { formatNumber, plural } from '../output/table.js';

/** How each matching method is named in the summary (the importer's method ids). */
export const METHOD_WORDS: Readonly<Record<string, string>> = {
  alias: 'alias',
  key: 'normalised key',
  fingerprint: 'word order',
  brand: 'brand list',
  'via-supplier': 'supplier for its only service',
  'via-service': 'service for its only supplier',
  ngram: 'character pairs',
  edition: 'edition',
  prefix: 'leading words',
  'token-set': 'token set',
  phonetic: 'phonetic',
  edit: 'edit distance',
  context: 'context',
  decision: 'decision',
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

/** "Decisions: 12 applied, 1 no longer matches anything, 0 invalid.", or nothing when none were given. */
function decisionsLine({ decisions: d }: SurveyImport['counts']): string {
  if (d.applied + d.noMatch + d.invalid === 0) return '';
  return (
    `Decisions: ${formatNumber(d.applied)} applied, ${formatNumber(d.noMatch)} no longer ` +
    `${d.noMatch === 1 ? 'matches' : 'match'} anything, ${formatNumber(d.invalid)} invalid` +
    `${d.noMatch + d.invalid > 0 ? ' (see the warnings)' : ''}.\n`
  );
}

export function renderSurveyImport({ answers, output, counts: c }: SurveyImport): string {
  return (
    `${answers}: ${plural(c.respondents, 'respondent')} imported into ${output}/` +
    `${c.skippedRows ? ` (${plural(c.skippedRows, 'row')} skipped, see the warnings)` : ''}.\n` +
    `${plural(c.occurrences, 'name')} in the answers, ${plural(c.spellings, 'distinct spelling')}: ${describeMethods(c.byMethod)}.\n` +
    `New nodes: ${formatNumber(c.newNodes.unresolved)} unresolved, ${formatNumber(c.newNodes.ambiguous)} ambiguous. ` +
    `${plural(c.edges.uses, 'uses edge')}, ${plural(c.edges.contracts, 'contracts edge')}.\n` +
    decisionsLine(c) +
    `Every spelling, what it became and why: ${output}/normalisation-report.md\n` +
    `Proposals to review (accept, reject, map-to), for --decisions: ${output}/review/decisions.csv\n`
  );
}
