/**
 * The normalisation report of a survey import, assembled once every row is read: the settings,
 * the counts (distinct spellings by what became of them, new nodes by flag, edges, "vet ej" and
 * own-operation answers, the reviewer's decisions by status), every spelling, the new nodes, the
 * organisations, the countries, the skipped rows and the decisions. O(spellings + new nodes +
 * countries + decisions).
 */
import { dataRecord } from '@kedja/core';
import type { DecisionReport, NewNodeReport, NormalisationReport, SpellingReport } from './report-types.js';
import type { SurveyBuild } from './survey-build.js';

/** What the report says it was run on. */
export type ReportSettings = Pick<
  NormalisationReport,
  'answers' | 'catalogue' | 'aliases' | 'brands' | 'decisionsFile' | 'threshold' | 'margin'
>;

/** Distinct spellings by method for merges, else by result, in order of first appearance. */
export function countByMethod(spellings: readonly SpellingReport[]): Record<string, number> {
  const byMethod = dataRecord<number>();
  for (const s of spellings) {
    const bucket = s.result === 'merged' ? s.method! : s.result;
    byMethod[bucket] = (byMethod[bucket] ?? 0) + 1;
  }
  return byMethod;
}

function countFlags(newNodes: readonly NewNodeReport[]): NormalisationReport['counts']['newNodes'] {
  const counts = { unresolved: 0, ambiguous: 0 };
  for (const node of newNodes) counts[node.flag]++;
  return counts;
}

function countDecisions(decisions: readonly DecisionReport[]): NormalisationReport['counts']['decisions'] {
  const counts = { applied: 0, noMatch: 0, invalid: 0 };
  for (const d of decisions) counts[d.status === 'no-match' ? 'noMatch' : d.status]++;
  return counts;
}

export function assembleReport(
  build: SurveyBuild,
  settings: ReportSettings,
  rows: number,
  decisions: DecisionReport[],
): NormalisationReport {
  const spellings = build.spellings.reports();
  const newNodes = build.newNodes.reports();
  return {
    answers: settings.answers,
    catalogue: settings.catalogue,
    aliases: settings.aliases,
    brands: settings.brands,
    decisionsFile: settings.decisionsFile,
    threshold: settings.threshold,
    margin: settings.margin,
    counts: {
      rows,
      respondents: build.counts.respondents,
      skippedRows: build.skippedRows.length,
      spellings: spellings.length,
      occurrences: spellings.reduce((sum, s) => sum + s.occurrences, 0),
      byMethod: countByMethod(spellings),
      newNodes: countFlags(newNodes),
      edges: { uses: build.counts.uses, contracts: build.counts.contracts },
      dontKnowAnswers: build.counts.dontKnowAnswers,
      ownOperationAnswers: build.counts.ownOperationAnswers,
      decisions: countDecisions(decisions),
    },
    spellings,
    newNodes,
    organisations: build.organisations,
    countries: build.countries.reports(),
    serviceCountries: build.serviceCountries.reports(),
    skippedRows: build.skippedRows,
    decisions,
  };
}
