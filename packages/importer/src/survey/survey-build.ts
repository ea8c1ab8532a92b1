/**
 * The state of one survey import while its rows are read: the graph being built (a copy of the
 * catalogue, to which respondents, new nodes and edges are added), the matcher, asked once per
 * distinct spelling, kind and service model, the tallies the report is assembled from, and the
 * diagnostics. The row steps change it in place. Creating it copies the catalogue: O(catalogue).
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import type { Row } from '../formats/index.js';
import {
  createCountryTally,
  createServiceCountries,
  type CountryTally,
  type ServiceCountries,
} from './answered-countries.js';
import { organisationsByKey } from './identify-respondent.js';
import type { NameMatcher, Resolution } from './matcher-types.js';
import { createNewNodes, type NewNodes } from './new-nodes.js';
import type { OrganisationReport, SkippedRow } from './report-types.js';
import { createSpellingTally, type SpellingTally } from './spelling-tally.js';
import type { NameQuestion } from './survey-table.js';

export interface SurveyBuild {
  /** The answers file, named in the diagnostics. */
  file: string;
  /** The catalogue as read. */
  known: KedjaGraph;
  /** The graph being built. */
  graph: KedjaGraph;
  diagnostics: Diagnostic[];
  organisationsByKey: ReadonlyMap<string, readonly string[]>;
  /** Organisation id -> the line on which it answered. */
  answeredOn: Map<string, number>;
  /** The matcher's resolution of a name under a question. */
  resolve(raw: string, question: NameQuestion): Resolution;
  newNodes: NewNodes;
  spellings: SpellingTally;
  countries: CountryTally;
  serviceCountries: ServiceCountries;
  counts: { respondents: number; dontKnowAnswers: number; uses: number; contracts: number };
  organisations: OrganisationReport[];
  skippedRows: SkippedRow[];
}

/** The matcher, asked once per distinct spelling, kind and model. */
function matchOnce(matcher: NameMatcher): SurveyBuild['resolve'] {
  const resolutions = new Map<string, Resolution>();
  return (raw, question) => {
    const memo = `${question.kind}\u0000${question.model ?? ''}\u0000${raw}`;
    let resolution = resolutions.get(memo);
    if (!resolution) {
      resolution = matcher.match(raw, question.kind, question.model);
      resolutions.set(memo, resolution);
    }
    return resolution;
  };
}

export function createSurveyBuild(
  file: string,
  known: KedjaGraph,
  matcher: NameMatcher,
  diagnostics: Diagnostic[],
): SurveyBuild {
  const graph = known.copy() as KedjaGraph;
  return {
    file,
    known,
    graph,
    diagnostics,
    organisationsByKey: organisationsByKey(known),
    answeredOn: new Map(),
    resolve: matchOnce(matcher),
    newNodes: createNewNodes(graph),
    spellings: createSpellingTally(),
    countries: createCountryTally(),
    serviceCountries: createServiceCountries(),
    counts: { respondents: 0, dontKnowAnswers: 0, uses: 0, contracts: 0 },
    organisations: [],
    skippedRows: [],
  };
}

/** A warning about a cell of the answers file. */
export function warnRow(build: SurveyBuild, row: Row, column: string, code: string, message: string): void {
  build.diagnostics.push({
    file: build.file,
    line: row.line,
    column: row.column(column) ?? 1,
    code,
    severity: 'warning',
    message,
  });
}

/** A row that is not used: in the report's skipped rows, and a warning naming the column to blame. */
export function skipRow(build: SurveyBuild, row: Row, column: string, reason: string): void {
  build.skippedRows.push({ line: row.line, reason });
  warnRow(build, row, column, IMPORT_CODES.surveyRowSkipped, `row skipped: ${reason}`);
}
