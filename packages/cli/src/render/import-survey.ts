/**
 * `kedja import-survey`: what became of the survey's names, as the `--json` summary and as lines
 * that end with where the full normalisation report is (every spelling, what it became and why)
 * and the decisions file to review; with `--decisions`, a line on what became of the decisions.
 */
import type { Lang } from '@kedja/core/i18n';
import type { NormalisationReport } from '@kedja/importer';

import { IMPORT_MESSAGES } from '../messages/imports.js';
import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';

/** How each matching method is named in the English summary (the importer's method ids). */
export const METHOD_WORDS: Readonly<Record<string, string>> = IMPORT_MESSAGES.en.survey.methods;

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
export function describeMethods(byMethod: Readonly<Record<string, number>>, lang: Lang = 'en'): string {
  const words: Readonly<Record<string, string>> = messagesIn(lang).imports.survey.methods;
  return Object.entries(byMethod)
    .sort((a, b) => b[1] - a[1])
    .map(([method, n]) => `${formatNumber(n, lang)} ${words[method] ?? method}`)
    .join(', ');
}

/** "Decisions: 12 applied, 1 no longer matches anything, 0 invalid.", or nothing when none were given. */
function decisionsLine({ decisions: d }: SurveyImport['counts'], lang: Lang): string {
  if (d.applied + d.noMatch + d.invalid === 0) return '';
  const m = messagesIn(lang).imports.survey;
  const n = (value: number) => formatNumber(value, lang);
  const see = d.noMatch + d.invalid > 0 ? m.seeWarnings : '';
  return `${m.decisions(n(d.applied), n(d.noMatch), d.noMatch, n(d.invalid), see)}\n`;
}

/** The summary in `lang` (English unless told), ending with where the report and the proposals are. */
export function renderSurveyImport({ answers, output, counts: c }: SurveyImport, lang: Lang = 'en'): string {
  const { common, imports } = messagesIn(lang);
  const m = imports.survey;
  const n = (value: number) => formatNumber(value, lang);
  const skipped = c.skippedRows ? m.skipped(common.nouns.row(n(c.skippedRows), c.skippedRows)) : '';
  const edges = [
    common.nouns.edge(n(c.edges.uses), c.edges.uses, 'uses'),
    common.nouns.edge(n(c.edges.contracts), c.edges.contracts, 'contracts'),
  ];
  return (
    `${m.imported(answers, n(c.respondents), c.respondents, output, skipped)}\n` +
    `${m.names(n(c.occurrences), c.occurrences, n(c.spellings), c.spellings, describeMethods(c.byMethod, lang))}\n` +
    `${m.newNodes(n(c.newNodes.unresolved), n(c.newNodes.ambiguous), edges.join(', '))}\n` +
    decisionsLine(c, lang) +
    `${m.report(`${output}/normalisation-report.md`)}\n` +
    `${m.proposals(`${output}/review/decisions.csv`)}\n`
  );
}
