/**
 * Turning a survey export into a Kedja graph, and showing the work. The catalogue (a canonical CSV
 * folder of known services and suppliers, with their providers and subcontractors) is the known
 * world; every name in the answers is matched against it (name-matcher.ts), a name that fits
 * nothing becomes a new node flagged unresolved (one per normalised key, however it was spelt), a
 * name that fits several a new node flagged ambiguous, never a guess. Organisations become
 * organisation nodes with their answers as attributes (merged into a catalogue organisation of the
 * same id, or else of the same normalised name); Q7:1, Q8:1, Q9:1 give `uses` edges, Q15
 * `contracts` edges, Q23:1 the countries of the services the organisation uses. Nothing is dropped
 * silently: rows that cannot be used, answers that cannot be read and columns that are not read
 * are diagnostics with their line, and every raw spelling is in the report.
 *
 * The stages: read the catalogue and the aliases (read-catalogue.ts), read every answer row
 * (read-answers.ts), import each row (import-row.ts: the respondent, its answers, its names and
 * edges), assemble the report (assemble-report.ts), validate the graph.
 * O(rows × names per row + distinct spellings × catalogue spellings).
 */
import { hasErrors, validateGraph, type Diagnostic, type KedjaGraph } from '@kedja/core';

import { assembleReport } from './assemble-report.js';
import { importRow } from './import-row.js';
import { createNameMatcher, MATCH_DEFAULTS } from './name-matcher.js';
import type { MatchOptions } from './matcher-types.js';
import { readAnswers } from './read-answers.js';
import { readCatalogue } from './read-catalogue.js';
import type { NormalisationReport } from './report-types.js';
import { createSurveyBuild } from './survey-build.js';

export interface SurveyImportOptions extends MatchOptions {
  /** Canonical CSV folder of known services and suppliers (organisations.csv optional). */
  catalogue: string;
  /** Optional CSV file `alias,id` of further known spellings. */
  aliases?: string;
}

export interface SurveyImportResult {
  /** The graph, or null when any diagnostic is an error. */
  graph: KedjaGraph | null;
  report: NormalisationReport | null;
  diagnostics: Diagnostic[];
}

export async function importSurvey(answers: string, options: SurveyImportOptions): Promise<SurveyImportResult> {
  const { threshold, margin } = { ...MATCH_DEFAULTS, ...options };
  const diagnostics: Diagnostic[] = [];
  const fail = (): SurveyImportResult => ({ graph: null, report: null, diagnostics });

  const catalogue = await readCatalogue(options.catalogue, options.aliases, diagnostics);
  if (!catalogue) return fail();
  const matcher = createNameMatcher(catalogue.entries, { threshold, margin });
  // Every row first: a malformed file imports nothing.
  const rows = await readAnswers(answers, diagnostics);
  if (hasErrors(diagnostics)) return fail();

  const build = createSurveyBuild(answers, catalogue.graph, matcher, diagnostics);
  for (const row of rows) importRow(build, row);
  const settings = { answers, catalogue: options.catalogue, aliases: options.aliases ?? null, threshold, margin };
  const report = assembleReport(build, settings, rows.length);

  for (const d of validateGraph(build.graph)) diagnostics.push({ file: answers, ...d });
  return hasErrors(diagnostics) ? fail() : { graph: build.graph, report, diagnostics };
}
