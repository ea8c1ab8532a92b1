import { createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { assembleReport, countByMethod } from './assemble-report.js';
import { createNameMatcher } from './name-matcher.js';
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
      spelling('ambiguous', 'fuzzy'),
      spelling('merged', 'alias'),
      spelling('merged', 'fuzzy'),
    ]);
    expect(Object.entries(counts)).toEqual([
      ['unresolved', 1],
      ['alias', 2],
      ['ambiguous', 1],
      ['fuzzy', 1],
    ]);
  });
});

describe('assembleReport', () => {
  it('gives the settings and zero counts for no answers', () => {
    const build = createSurveyBuild('a.csv', createKedjaGraph(), createNameMatcher([]), []);
    const settings = { answers: 'a.csv', catalogue: 'cat', aliases: null, threshold: 0.85, margin: 0.05 };
    expect(assembleReport(build, settings, 0)).toEqual({
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
      },
      spellings: [],
      newNodes: [],
      organisations: [],
      countries: [],
      serviceCountries: [],
      skippedRows: [],
    });
  });
});
