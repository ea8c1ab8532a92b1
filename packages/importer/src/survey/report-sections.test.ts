import { describe, expect, it } from 'vitest';

import { renderNormalisationReport } from './render-report.js';
import { countries, lineList, methods, title } from './report-sections.js';
import type { NormalisationReport } from './report-types.js';

const REPORT: NormalisationReport = {
  answers: 'answers.csv',
  catalogue: 'catalogue',
  aliases: null,
  brands: ['shipped'],
  decisionsFile: null,
  threshold: 0.85,
  margin: 0.05,
  counts: {
    rows: 1,
    respondents: 1,
    skippedRows: 0,
    spellings: 2,
    occurrences: 2,
    byMethod: { alias: 1, unresolved: 1, fuzzy: 2 },
    newNodes: { unresolved: 1, ambiguous: 0 },
    edges: { uses: 2, contracts: 0 },
    dontKnowAnswers: 0,
    ownOperationAnswers: 0,
    decisions: { applied: 0, noMatch: 0, invalid: 0 },
  },
  spellings: [],
  newNodes: [],
  organisations: [],
  countries: [{ raw: 'EU', code: null, occurrences: 1, lines: [2] }],
  serviceCountries: [],
  skippedRows: [],
  decisions: [],
};

describe('report sections', () => {
  it('lists at most eight lines, then how many', () => {
    expect(lineList([2, 3])).toBe('2, 3');
    expect(lineList([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('1, 2, 3, 4, 5, 6, 7, 8, … (10)');
  });

  it('names the aliases file only when there is one', () => {
    expect(title(REPORT)[2]).toBe(
      'Answers `answers.csv`, catalogue `catalogue`; brand lists: shipped; threshold 0.85, close calls within 0.05.',
    );
    expect(title({ ...REPORT, aliases: 'aliases.csv' })[2]).toContain(', aliases `aliases.csv`;');
  });

  it('orders the results by how many spellings had them, ties as they came', () => {
    expect(
      methods(REPORT)[2]!
        .split('\n')
        .map((line) => line.split(' | ')[0]),
    ).toEqual(['| result', '| ---', '| fuzzy', '| alias', '| unresolved', '']);
  });

  it('tells the countries that are not one, and has a table of services even when empty', () => {
    expect(countries(REPORT).slice(2)).toEqual([
      '| as answered | country | times | lines |\n| --- | --- | --- | --- |\n| EU | not a country: not used | 1 | 2 |\n',
      '_none_\n',
    ]);
  });

  it('renders the sections in order, with single blank lines between them', () => {
    const markdown = renderNormalisationReport(REPORT);
    expect(markdown.match(/^#+ .*$/gm)).toEqual([
      '# Normalisation report',
      '## What became of each spelling',
      '## Merged into the catalogue',
      '## Ambiguous (not guessed)',
      '## Unresolved (new nodes)',
      '## New nodes (proposed catalogue entries)',
      '## Not names',
      '## Organisations',
      '## Countries (Q23:1)',
      '## Skipped rows',
    ]);
    const reviewed: NormalisationReport = {
      ...REPORT,
      decisionsFile: 'decisions.csv',
      decisions: [
        { line: 2, spelling: 'Zom', question: 'q7_1', decision: 'map-to', id: 'svc-zoom', status: 'applied', note: '' },
        {
          line: 3,
          spelling: 'Gone',
          question: '',
          decision: 'reject',
          id: '',
          status: 'no-match',
          note: 'no answer spells it',
        },
      ],
    };
    const withDecisions = renderNormalisationReport(reviewed);
    expect(withDecisions.match(/^#+ .*$/gm)!.at(-1)).toBe('## Review decisions');
    expect(withDecisions).toContain('| 3 | Gone |  | reject |  | no longer matches anything | no answer spells it |');
    expect(markdown).not.toMatch(/\n\n\n/);
    expect(markdown.endsWith('_none_\n')).toBe(true);
  });
});
