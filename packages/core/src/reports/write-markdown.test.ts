import { describe, expect, it } from 'vitest';

import { chart, code, em, heading, metric, paragraph, strong, text, type ReportDocument } from './document.js';
import { reportToMarkdown } from './write-markdown.js';

/** A small document by hand, with cells that would break a Markdown table. */
function handMade(): ReportDocument {
  return {
    title: 'Kedja report: test',
    heading: 'Dependence and concentration: test',
    intro: [
      paragraph('For HTML only.', { style: 'lede', only: 'html' }),
      paragraph(['A report on ', code('data/x'), ' by ', em('Kedja'), '.'], { only: 'markdown' }),
    ],
    sections: [
      {
        id: 'first',
        title: 'First',
        blocks: [
          heading('Suppliers'),
          chart('bars'),
          {
            kind: 'table',
            id: 'suppliers',
            columns: [
              { label: 'supplier | name', numeric: false },
              { label: 'organisations', numeric: true },
            ],
            rows: [
              {
                data: { supplier: 'a' },
                cells: [{ text: 'Alfa | Beta AB' }, { text: '1,234', value: 1234, numeric: true }],
              },
              {
                data: { supplier: 'b' },
                cells: [{ text: 'Two\nlines\r\nhere' }, { text: '2', value: 2, numeric: true }],
              },
            ],
          },
          paragraph([strong('Count'), ': ', metric('things', 3, '3'), ' of ', text('5'), '.']),
          paragraph('Only on the page.', { only: 'html' }),
          { kind: 'list', ordered: true, items: [['first'], [text('second')]] },
          { kind: 'list', ordered: false, items: [['a note']] },
        ],
      },
      { id: 'page', title: 'Definitions', only: 'html', blocks: [paragraph('Only on the page.')] },
      { id: 'last', title: 'Last', blocks: [paragraph('The end.')] },
    ],
    footer: [
      paragraph('html footer', { only: 'html' }),
      paragraph(['Generated from ', code('x'), '.'], { only: 'markdown' }),
    ],
    charts: [{ id: 'bars', title: 'Bars', description: 'How to read it.', spec: {} }],
  };
}

describe('reportToMarkdown', () => {
  const text = reportToMarkdown(handMade());

  it('writes the blocks of its format apart by a blank line, without the charts', () => {
    expect(text).toBe(
      [
        '# Dependence and concentration: test',
        'A report on `data/x` by _Kedja_.',
        '## First',
        '### Suppliers',
        [
          '| supplier \\| name | organisations |',
          '| --- | ---: |',
          '| Alfa \\| Beta AB | 1,234 |',
          '| Two lines here | 2 |',
        ].join('\n'),
        '**Count**: 3 of 5.',
        '1. first\n2. second',
        '- a note',
        '## Last',
        'The end.',
        'Generated from `x`.',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps every table row on one line, pipes escaped', () => {
    const rows = text.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});

describe('reportToMarkdown with hostile names (issue 17, item 10)', () => {
  const EVIL =
    '<script>alert(1)</script> *bold* _em_ [link](javascript:alert(1)) ![img](x) `code` ~~del~~ &amp; \\ | x';
  const doc: ReportDocument = {
    title: 'x',
    heading: `Dependence and concentration: ${EVIL}`,
    intro: [paragraph([text('# Not a heading'), ' and ', strong(EVIL), ' and ', code('a ` b ``c')])],
    sections: [
      {
        id: 's',
        title: 'S',
        blocks: [
          heading(EVIL),
          {
            kind: 'table',
            id: 't',
            columns: [{ label: 'supplier', numeric: false }],
            rows: [{ data: {}, cells: [{ text: EVIL }] }],
          },
        ],
      },
    ],
    footer: [],
    charts: [],
  };
  const out = reportToMarkdown(doc);

  it('writes no markup, HTML or link from data: each special character escaped', () => {
    expect(out).not.toMatch(/(^|[^\\])</m); // no HTML can open
    for (const raw of ['*bold*', '_em_', '[link]', '![img]', '~~del~~']) {
      expect(out).not.toContain(raw);
    }
    expect(out).toContain('\\<script>alert(1)\\</script>');
    expect(out).toContain('\\[link\\](javascript:alert(1))');
    expect(out).toContain('\\&amp;');
  });

  it('keeps the table one cell wide and a leading # from making a heading', () => {
    const row = out.split('\n').find((line) => line.startsWith('| \\<script'))!;
    expect(row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|')).toHaveLength(3);
    expect(out).toContain('\n\n\\# Not a heading and **');
  });

  it('fences code from data with more backticks than it holds', () => {
    expect(out).toContain('``` a ` b ``c ```');
  });
});
