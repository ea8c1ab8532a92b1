/**
 * The state of one survey import while its rows are added: the graph being built (a copy of the
 * catalogue, to which respondents, new nodes and edges are added), what every spelling stands for
 * (resolve-spellings.ts, decided before any row is added), the tallies the report is assembled
 * from, and the diagnostics. The row steps change it in place. Creating it copies the catalogue:
 * O(catalogue).
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import type { Row } from '../formats/csv/index.js';
import {
  createCountryTally,
  createServiceCountries,
  type CountryTally,
  type ServiceCountries,
} from './answered-countries.js';
import { createNewNodes, type NewNodes } from './new-nodes.js';
import type { OrganisationReport, SkippedRow } from './report-types.js';
import type { ResolvedSpelling } from './resolve-spellings.js';
import { createSpellingTally, type SpellingTally } from './spelling-tally.js';

export interface SurveyBuild {
  /** The answers file, named in the diagnostics. */
  file: string;
  /** The graph being built. */
  graph: KedjaGraph;
  diagnostics: Diagnostic[];
  /** What each spelling stands for, by spellingKey (spelling-uses.ts). */
  resolved: ReadonlyMap<string, ResolvedSpelling>;
  newNodes: NewNodes;
  spellings: SpellingTally;
  countries: CountryTally;
  serviceCountries: ServiceCountries;
  counts: {
    respondents: number;
    dontKnowAnswers: number;
    uses: number;
    contracts: number;
    ownOperationAnswers: number;
  };
  organisations: OrganisationReport[];
  skippedRows: SkippedRow[];
}

export function createSurveyBuild(
  file: string,
  known: KedjaGraph,
  resolved: ReadonlyMap<string, ResolvedSpelling>,
  diagnostics: Diagnostic[],
): SurveyBuild {
  const graph = known.copy() as KedjaGraph;
  return {
    file,
    graph,
    diagnostics,
    resolved,
    newNodes: createNewNodes(graph),
    spellings: createSpellingTally(),
    countries: createCountryTally(),
    serviceCountries: createServiceCountries(),
    counts: { respondents: 0, dontKnowAnswers: 0, uses: 0, contracts: 0, ownOperationAnswers: 0 },
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
