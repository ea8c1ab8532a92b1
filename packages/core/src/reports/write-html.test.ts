import { describe, expect, it } from 'vitest';

import { chart, code, em, heading, metric, paragraph, strong, sub, text, type ReportDocument } from './document.js';
import { reportToHtml } from './write-html.js';

const HOSTILE = `<script>alert("x")</script> & O'Brien`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien';

/** A small document by hand: one section of each kind of block, and blocks for Markdown only. */
function handMade(): ReportDocument {
  return {
    title: `Kedja report: ${HOSTILE}`,
    heading: 'Dependence and concentration: test',
    intro: [
      paragraph(['A report on ', code('data/<x>'), '.'], { style: 'lede', only: 'html' }),
      paragraph('For Markdown only.', { only: 'markdown' }),
    ],
    sections: [
      {
        id: 'first',
        title: 'First & foremost',
        blocks: [
          heading(HOSTILE),
          paragraph(["The page's own words & more: ", text(HOSTILE), ', ', em('it'), ', CR', sub('k'), '.']),
          paragraph([strong('Count'), ': ', metric('things', 3, '3'), ' and ', metric('share', null, '–')], {
            style: 'note',
          }),
          paragraph('Nothing found.', { metric: { metric: 'found', value: 0 } }),
          { kind: 'list', ordered: true, style: 'findings', items: [[text(HOSTILE)], ['second']] },
          {
            kind: 'table',
            id: 'suppliers',
            columns: [
              { label: 'supplier', numeric: false },
              { label: 'organisations', numeric: true },
              { label: 'agree', numeric: false },
            ],
            rows: [
              {
                data: { supplier: 'sup-1' },
                cells: [
                  { text: HOSTILE },
                  { text: '1,234', value: 1234, numeric: true, data: { field: 'organisations' } },
                  { text: 'no', value: false, data: { field: 'match' }, warning: true },
                ],
              },
            ],
          },
          chart('bars'),
          chart('missing'),
          paragraph('Markdown words.', { only: 'markdown' }),
        ],
      },
      { id: 'md-only', title: 'Only in Markdown', only: 'markdown', blocks: [paragraph('Hidden from HTML.')] },
    ],
    footer: [paragraph(['Made by ', text('9.9.9')], { only: 'html' }), paragraph('md footer', { only: 'markdown' })],
    charts: [{ id: 'bars', title: 'Bars & <lines>', description: 'How to read it.', spec: {} }],
  };
}

const SVGS = new Map([['bars', '<svg width="10" height="10"><path d="M0 0"/></svg>']]);

describe('reportToHtml', () => {
  const page = reportToHtml(handMade(), SVGS);

  it('writes one complete page with a table of contents of its HTML sections', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page.endsWith('</main>\n</body>\n</html>\n')).toBe(true);
    expect(page).toContain(`<title>Kedja report: ${ESCAPED}</title>`);
    expect(page).toContain('<nav><ol>\n<li><a href="#first">First &amp; foremost</a></li>\n</ol></nav>');
    expect(page).toContain('<section id="first">\n<h2>First &amp; foremost</h2>\n');
    expect(page).toContain('<footer>Made by 9.9.9</footer>');
  });

  it('says the language of the page: English unless the document names another', () => {
    expect(reportToHtml({ ...handMade(), lang: 'sv' }, SVGS)).toContain('<html lang="sv">');
    expect(reportToHtml({ ...handMade(), lang: '"><script>' }, SVGS)).toContain(
      '<html lang="&quot;&gt;&lt;script&gt;">',
    );
  });

  it('writes names from data as text, never as HTML', () => {
    expect(page).not.toContain('<script');
    expect(page).toContain(`<h3>${ESCAPED}</h3>`);
    expect(page).toContain(`<li>${ESCAPED}</li>`);
    expect(page).toContain(`<td>${ESCAPED}</td>`);
    expect(page).toContain('<p class="lede">A report on <code>data/&lt;x&gt;</code>.</p>');
    // The page's own wording is text too; it needs only &, < and > escaped.
    expect(page).toContain(`<p>The page's own words &amp; more: ${ESCAPED}, <em>it</em>, CR<sub>k</sub>.</p>`);
  });

  it('keeps raw values in data- attributes for tools', () => {
    expect(page).toContain(
      '<p class="note"><strong>Count</strong>: <strong data-metric="things" data-value="3">3</strong> and <strong data-metric="share" data-value="">–</strong></p>',
    );
    expect(page).toContain('<p data-metric="found" data-value="0">Nothing found.</p>');
    expect(page).toContain(
      '<table data-table="suppliers">\n<thead><tr><th>supplier</th><th class="num">organisations</th><th>agree</th></tr></thead>\n<tbody>\n' +
        `<tr data-supplier="sup-1"><td>${ESCAPED}</td><td class="num" data-field="organisations" data-value="1234">1,234</td>` +
        '<td class="no" data-field="match" data-value="false">no</td></tr>\n</tbody>\n</table>',
    );
    expect(page).toContain('<ol class="findings">\n<li>');
  });

  it('puts each table in a box that scrolls on its own, reachable by Tab, named by the heading above it', () => {
    expect(page).toContain(
      `<div class="table-scroll" role="region" tabindex="0" aria-label="${ESCAPED}">\n<table data-table="suppliers">`,
    );
    expect(page).toContain('</table>\n</div>');
  });

  it('draws the charts it has an SVG for, labelled and described by their captions, and nothing for the others', () => {
    expect(page).toContain(
      '<figure class="chart" data-chart="bars">\n<svg role="img" aria-label="Bars &amp; &lt;lines&gt;" aria-describedby="caption-bars" width="10" height="10"><path d="M0 0"/></svg>\n' +
        '<figcaption id="caption-bars">Bars &amp; &lt;lines&gt;. How to read it.</figcaption>\n</figure>',
    );
    expect(page).not.toContain('data-chart="missing"');
    expect(reportToHtml(handMade(), new Map())).not.toContain('<figure');
  });

  it('leaves out what is for Markdown only', () => {
    expect(page).not.toMatch(/Markdown|md footer|md-only/);
  });
});
