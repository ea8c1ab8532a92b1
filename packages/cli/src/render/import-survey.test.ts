/** The survey import summary on hand-made counts of what became of the names. */
import { describe, expect, it } from 'vitest';

import { describeMethods, renderSurveyImport, surveyImportJson, type SurveyImport } from './import-survey.js';

const imported: SurveyImport = {
  answers: 'answers.csv',
  output: 'out',
  files: ['out/organisations.csv', 'out/normalisation-report.md'],
  counts: {
    rows: 12,
    respondents: 10,
    skippedRows: 2,
    spellings: 30,
    occurrences: 1234,
    byMethod: { edit: 3, alias: 20, 'via-supplier': 1, mystery: 6 },
    newNodes: { unresolved: 5, ambiguous: 1 },
    edges: { uses: 40, contracts: 1 },
    dontKnowAnswers: 0,
    ownOperationAnswers: 2,
    decisions: { applied: 0, noMatch: 0, invalid: 0 },
  },
  warnings: 2,
};

describe('describeMethods', () => {
  it('lists spellings by method, most first, in words (an unknown method by its id)', () => {
    expect(describeMethods(imported.counts.byMethod)).toBe(
      '20 alias, 6 mystery, 3 edit distance, 1 supplier for its only service',
    );
  });
});

describe('renderSurveyImport', () => {
  it('tells respondents, names, new nodes, edges, and where the full report and the proposals are', () => {
    expect(renderSurveyImport(imported)).toBe(
      [
        'answers.csv: 10 respondents imported into out/ (2 rows skipped, see the warnings).',
        '1,234 names in the answers, 30 distinct spellings: 20 alias, 6 mystery, 3 edit distance, 1 supplier for its only service.',
        'New nodes: 5 unresolved, 1 ambiguous. 40 uses edges, 1 contracts edge.',
        'Every spelling, what it became and why: out/normalisation-report.md',
        'Proposals to review (accept, reject, map-to), for --decisions: out/review/decisions.csv',
        '',
      ].join('\n'),
    );
  });

  it('tells what became of the decisions when there were any', () => {
    const reviewed = {
      ...imported,
      counts: { ...imported.counts, decisions: { applied: 12, noMatch: 1, invalid: 0 } },
    };
    expect(renderSurveyImport(reviewed).split('\n')[3]).toBe(
      'Decisions: 12 applied, 1 no longer matches anything, 0 invalid (see the warnings).',
    );
  });

  it('says nothing of skipped rows when none were', () => {
    const none = { ...imported, counts: { ...imported.counts, skippedRows: 0 } };
    expect(renderSurveyImport(none).split('\n')[0]).toBe('answers.csv: 10 respondents imported into out/.');
  });
});

describe('surveyImportJson', () => {
  it('carries the answers, the output, the files, the counts and the warnings', () => {
    expect(surveyImportJson(imported)).toEqual({
      answers: 'answers.csv',
      output: 'out',
      files: imported.files,
      counts: imported.counts,
      warnings: 2,
    });
    expect(Object.keys(surveyImportJson(imported))).toEqual(['answers', 'output', 'files', 'counts', 'warnings']);
  });
});

describe('renderSurveyImport in Swedish', () => {
  it('tells respondents, names and methods in Swedish, with Swedish numbers', () => {
    const lines = renderSurveyImport(imported, 'sv').replaceAll('\u00a0', ' ').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'answers.csv: 10 respondenter importerade till out/ (2 rader hoppades över, se varningarna).',
      '1 234 namn i svaren, 30 distinkta stavningar: 20 alias, 6 mystery, 3 redigeringsavstånd, 1 leverantör för dess enda tjänst.',
      'Nya noder: 5 olösta, 1 tvetydiga. 40 uses-kanter, 1 contracts-kant.',
    ]);
    expect(lines).toContain('Förslag att granska (accept, reject, map-to), för --decisions: out/review/decisions.csv');
  });
});
