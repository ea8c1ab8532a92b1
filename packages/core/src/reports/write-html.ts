/**
 * The report document as one self-contained HTML page: inline CSS and SVG, no scripts, no fonts or
 * images fetched from anywhere, so that it opens from disk and can be mailed to a colleague. A
 * table of contents from the sections; every number in a cell or element with a `data-` attribute
 * holding its raw value, so that tests and other tools can read the page. The charts come drawn,
 * as a map chart id → SVG markup (the CLI draws them with vega; core stays free of it).
 *
 * The serialisers live in core, beside the document they write: they are pure string functions
 * with no vega and nothing Node-only, so a browser (the viewer) can write the same page, and they
 * are tested beside the model. O(size of the page).
 */
import { writtenIn, type Block, type ChartBlock, type ReportDocument, type ReportSection } from './document.js';
import { attrs, esc, inline, table } from './html.js';

const STYLE = `
:root { color-scheme: light; --ink: #1b2430; --muted: #5b6673; --rule: #d9dee3; --accent: #1f5f8b; --warn: #b03a48; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 40px 0 8px; padding-top: 8px; border-top: 2px solid var(--rule); }
h3 { font-size: 16px; margin: 24px 0 6px; }
p, li { max-width: 78ch; }
.lede { color: var(--muted); margin: 0 0 16px; }
.findings li { margin: 6px 0; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13.5px; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.no { color: var(--warn); font-weight: 600; }
figure.chart { margin: 16px 0 24px; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
.note { color: var(--muted); font-size: 13.5px; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.table-scroll { overflow-x: auto; margin: 8px 0 16px; }
.table-scroll > table { margin: 0; }
nav ol { columns: 2; font-size: 14px; }
footer { margin-top: 48px; color: var(--muted); font-size: 13px; }
td { overflow-wrap: break-word; }
table.fixed { width: 100%; table-layout: fixed; }
table.fixed td { overflow-wrap: anywhere; }
/* Narrow windows and zoom to 400 % (WCAG 1.4.10): one column of contents; after the rules it overrides. */
@media (max-width: 480px) { main { padding: 16px 10px 40px; } nav ol { columns: 1; } table { font-size: 12.5px; } th, td { padding: 4px 5px; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  main { max-width: none; padding: 0; }
  body { font-size: 11pt; }
  table { font-size: 9pt; }
  nav { display: none; }
  h2 { break-before: auto; break-after: avoid; }
  h3 { break-after: avoid; }
  figure.chart, tr { break-inside: avoid; }
}
`;

const html = writtenIn('html');

/** The chart's figure, or nothing when the chart or its drawing is missing. */
function figure(block: ChartBlock, doc: ReportDocument, svgs: ReadonlyMap<string, string>): string {
  const spec = doc.charts.find((c) => c.id === block.id);
  const svg = svgs.get(block.id);
  if (!spec || !svg) return '';
  // A picture to screen readers, named by its title and described by its caption; the table before it
  // holds the same figures as text.
  const title = esc(spec.title);
  const caption = esc(`caption-${block.id}`);
  const drawing = svg.replace('<svg ', `<svg role="img" aria-label="${title}" aria-describedby="${caption}" `);
  return `<figure class="chart"${attrs({ 'data-chart': block.id })}>\n${drawing}\n<figcaption id="${caption}">${title}. ${esc(spec.description)}</figcaption>\n</figure>`;
}

/**
 * A table in a box that scrolls sideways on its own when it is wider than the window (WCAG 1.4.10:
 * the page reflows, a data table may scroll), reachable with Tab so that the keyboard can scroll it,
 * named for screen readers by the heading it stands under.
 */
function scrolling(tableHtml: string, label: string): string {
  return `<div class="table-scroll" role="region" tabindex="0"${attrs({ 'aria-label': label })}>\n${tableHtml}\n</div>`;
}

function block(b: Block, doc: ReportDocument, svgs: ReadonlyMap<string, string>, label = doc.heading): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'paragraph': {
      const metric = b.metric ? { 'data-metric': b.metric.metric, 'data-value': b.metric.value } : {};
      return `<p${attrs({ class: b.style, ...metric })}>${inline(b.content)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((item) => `<li>${inline(item)}</li>`);
      return [`<${tag}${attrs({ class: b.style })}>`, ...items, `</${tag}>`].join('\n');
    }
    case 'table':
      return scrolling(table(b), label);
    case 'chart':
      return figure(b, doc, svgs);
    case 'figure': {
      const svg = svgs.get(b.id);
      if (!svg) return '';
      // A drawing that labels itself keeps its label; one that does not gets the block's title.
      const drawing = /^<svg[^>]*\brole=/.test(svg)
        ? svg
        : svg.replace('<svg ', `<svg role="img" aria-label="${esc(b.title)}" `);
      return `<figure class="chart"${attrs({ 'data-figure': b.id })}>\n${drawing}\n<figcaption>${esc(b.description)}</figcaption>\n</figure>`;
    }
  }
}

function section(s: ReportSection, doc: ReportDocument, svgs: ReadonlyMap<string, string>): string[] {
  let label = s.title; // a table is named by the heading it stands under
  const blocks = s.blocks.filter(html).map((b) => {
    if (b.kind === 'heading') label = b.text;
    return block(b, doc, svgs, label);
  });
  return [`<section${attrs({ id: s.id })}>`, `<h2>${esc(s.title)}</h2>`, ...blocks, '</section>'];
}

function header(doc: ReportDocument, sections: ReportSection[]): string[] {
  return [
    '<header>',
    `<h1>${esc(doc.heading)}</h1>`,
    ...doc.intro.filter(html).map((p) => block(p, doc, new Map())),
    '<nav><ol>',
    ...sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`),
    '</ol></nav>',
    '</header>',
  ];
}

/** The page; `svgs` maps a chart id to its drawing (SVG markup), and charts without one are left out. */
export function reportToHtml(doc: ReportDocument, svgs: ReadonlyMap<string, string>): string {
  const sections = doc.sections.filter(html);
  const lines = [
    '<!doctype html>',
    `<html lang="${esc(doc.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...header(doc, sections),
    ...sections.flatMap((s) => section(s, doc, svgs)),
    ...doc.footer.filter(html).map((p) => `<footer>${inline(p.content)}</footer>`),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${lines.join('\n')}\n`;
}
