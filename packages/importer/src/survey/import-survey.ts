/**
 * Turning a survey export into a Kedja graph, and showing the work. The catalogue (a canonical CSV
 * folder of known services and suppliers, with their providers and subcontractors) is the known
 * world, widened by its aliases and the brand lists (renames and abbreviations, brand-list.ts);
 * every name in the answers is matched against it (name-matcher.ts). Spellings are judged once all
 * are known (resolve-spellings.ts): what the same respondent names elsewhere is evidence, a
 * reviewer's decisions file overrides the matcher, and the names that fit nothing are clustered
 * across respondents into proposed new entries, each one new node flagged unresolved; a name that
 * fits several becomes a new node flagged ambiguous, never a guess. Organisations become
 * organisation nodes with their answers as attributes (merged into a catalogue organisation of
 * the same id, or else of the same normalised name); Q7:1, Q8:1, Q9:1 give `uses` edges, Q15
 * `contracts` edges, Q23:1 the countries of the services the organisation uses; "egen drift" and
 * the like are recorded as its own operation. Nothing is dropped silently: rows that cannot be
 * used, answers that cannot be read, columns that are not read and decisions that no longer
 * match are diagnostics with their line, and every raw spelling is in the report.
 *
 * The stages: read the brand lists, the catalogue and aliases (read-catalogue.ts), the answers
 * (read-answers.ts) and the decisions (read-decisions.ts); identify every row's respondent
 * (identify-respondent.ts); collect and resolve the spellings (spelling-uses.ts,
 * resolve-spellings.ts); import each row (import-row.ts); assemble the report
 * (assemble-report.ts); validate the graph. O(rows × names per row + distinct spellings ×
 * catalogue spellings + the clustering of unresolved spellings).
 */
import { hasErrors, validateGraph, type Diagnostic, type KedjaGraph } from '@kedja/core';

import { assembleReport } from './assemble-report.js';
import { SHIPPED_BRANDS, type BrandLine } from './brand-list.js';
import { readBrandList } from './brands.js';
import { identifyRespondents } from './identify-respondent.js';
import { importRow } from './import-row.js';
import { createNameMatcher, MATCH_DEFAULTS } from './name-matcher.js';
import type { MatchOptions } from './matcher-types.js';
import { readAnswers } from './read-answers.js';
import { readCatalogue } from './read-catalogue.js';
import { readDecisions, type Decision } from './read-decisions.js';
import type { NormalisationReport } from './report-types.js';
import { resolveSpellings } from './resolve-spellings.js';
import { collectSpellingUses } from './spelling-uses.js';
import { createSurveyBuild } from './survey-build.js';

export interface SurveyImportOptions extends MatchOptions {
  /** Canonical CSV folder of known services and suppliers (organisations.csv optional). */
  catalogue: string;
  /** Optional CSV file `alias,id` of further known spellings. */
  aliases?: string;
  /** Brand lists of your own (CSV `kind,brand,spelling,source`), used after the shipped one. */
  brands?: readonly string[];
  /** Use the brand list Kedja ships (default true); false with `brands` replaces it. */
  shippedBrands?: boolean;
  /** A reviewer's decisions file (the decisions.csv an import writes, edited): accept, reject, map-to. */
  decisions?: string;
}

export interface SurveyImportResult {
  /** The graph, or null when any diagnostic is an error. */
  graph: KedjaGraph | null;
  report: NormalisationReport | null;
  diagnostics: Diagnostic[];
}

/** The brand lines in use: the shipped list unless left out, then each file's. */
async function brandLines(options: SurveyImportOptions, diagnostics: Diagnostic[]): Promise<BrandLine[]> {
  const lines = options.shippedBrands === false ? [] : [...SHIPPED_BRANDS];
  for (const file of options.brands ?? []) for (const line of await readBrandList(file, diagnostics)) lines.push(line);
  return lines;
}

export async function importSurvey(answers: string, options: SurveyImportOptions): Promise<SurveyImportResult> {
  const { threshold, margin } = { ...MATCH_DEFAULTS, ...options };
  const diagnostics: Diagnostic[] = [];
  const fail = (): SurveyImportResult => ({ graph: null, report: null, diagnostics });

  const brands = await brandLines(options, diagnostics);
  const catalogue = await readCatalogue(options.catalogue, options.aliases, diagnostics, brands);
  if (!catalogue) return fail();
  const matcher = createNameMatcher(catalogue.entries, { threshold, margin });
  // Every row first: a malformed file imports nothing.
  const rows = await readAnswers(answers, diagnostics);
  const decisions: Decision[] =
    options.decisions === undefined ? [] : await readDecisions(options.decisions, diagnostics);
  if (hasErrors(diagnostics)) return fail();

  const identified = identifyRespondents(rows, catalogue.graph);
  const uses = collectSpellingUses(
    identified.flatMap(({ row, respondent }) =>
      respondent.result === 'respondent' ? [{ row, organisation: respondent.id }] : [],
    ),
  );
  const kindOf = (id: string) =>
    catalogue.graph.hasNode(id) ? catalogue.graph.getNodeAttribute(id, 'kind') : undefined;
  const resolved = resolveSpellings(uses, matcher, {
    threshold,
    margin,
    decisions,
    decisionsFile: options.decisions ?? null,
    kindOf,
    diagnostics,
  });
  const build = createSurveyBuild(answers, catalogue.graph, resolved.spellings, diagnostics);
  for (const row of identified) importRow(build, row);
  const settings = {
    answers,
    catalogue: options.catalogue,
    aliases: options.aliases ?? null,
    brands: [...(options.shippedBrands === false ? [] : ['shipped']), ...(options.brands ?? [])],
    decisionsFile: options.decisions ?? null,
    threshold,
    margin,
  };
  const report = assembleReport(build, settings, rows.length, resolved.decisions);

  for (const d of validateGraph(build.graph)) diagnostics.push({ file: answers, ...d });
  return hasErrors(diagnostics) ? fail() : { graph: build.graph, report, diagnostics };
}
