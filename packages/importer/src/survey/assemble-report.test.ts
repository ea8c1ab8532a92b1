import { createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { assembleReport, countByMethod } from './assemble-report.js';
import type { SpellingReport } from './report-types.js';
import { createSurveyBuild } from './survey-build.js';

const spelling = (result: SpellingReport['result'], method?: SpellingReport['method']): SpellingReport => ({
  question: 'q7_1',
  kind: 'service',
  raw: 'x',
  occurrences: 1,
  lines: [2],
  result,
  ...(method ? { method } : {}),
  reason: 'r',
});

describe('countByMethod', () => {
  it('counts merges by method and the rest by result, in order of first appearance', () => {
    const counts = countByMethod([
      spelling('unresolved'),
      spelling('merged', 'alias'),
      spelling('ambiguous', 'edit'),
      spelling('merged', 'alias'),
      spelling('merged', 'edit'),
    ]);
    expect(Object.entries(counts)).toEqual([
      ['unresolved', 1],
      ['alias', 2],
      ['ambiguous', 1],
      ['edit', 1],
    ]);
  });
});

describe('assembleReport', () => {
  it('gives the settings and zero counts for no answers', () => {
    const build = createSurveyBuild('a.csv', createKedjaGraph(), new Map(), []);
    const settings = {
      answers: 'a.csv',
      catalogue: 'cat',
      aliases: null,
      brands: ['shipped'],
      decisionsFile: null,
      threshold: 0.85,
      margin: 0.05,
    };
    expect(assembleReport(build, settings, 0, [])).toEqual({
      ...settings,
      counts: {
        rows: 0,
        respondents: 0,
        skippedRows: 0,
        spellings: 0,
        occurrences: 0,
        byMethod: {},
        newNodes: { unresolved: 0, ambiguous: 0 },
        edges: { uses: 0, contracts: 0 },
        dontKnowAnswers: 0,
        ownOperationAnswers: 0,
        decisions: { applied: 0, noMatch: 0, invalid: 0 },
      },
      spellings: [],
      newNodes: [],
      organisations: [],
      countries: [],
      serviceCountries: [],
      skippedRows: [],
      decisions: [],
    });
  });
});

describe('assembleReport with decisions', () => {
  it('counts the decisions by status', () => {
    const build = createSurveyBuild('a.csv', createKedjaGraph(), new Map(), []);
    const settings = {
      answers: 'a.csv',
      catalogue: 'cat',
      aliases: null,
      brands: [],
      decisionsFile: 'd.csv',
      threshold: 0.85,
      margin: 0.05,
    };
    const decision = { line: 2, spelling: 'x', question: '', decision: 'accept', id: 'a', note: '' };
    const report = assembleReport(build, settings, 0, [
      { ...decision, status: 'applied' },
      { ...decision, status: 'no-match' },
      { ...decision, status: 'no-match' },
      { ...decision, status: 'invalid' },
    ]);
    expect(report.counts.decisions).toEqual({ applied: 1, noMatch: 2, invalid: 1 });
  });
});
