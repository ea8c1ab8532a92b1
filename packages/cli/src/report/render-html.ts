/**
 * The HTML report: one self-contained page (inline CSS and SVG, no scripts, no fonts or images
 * fetched from anywhere) that opens from disk and can be mailed to a colleague. Key findings first,
 * then the sharing tables (beside the study's figures when given), charts, the systemic ranking,
 * hidden concentration, market concentration, categories, geography and ownership, single points
 * of failure, false redundancy and the definitions. Every number sits in a table cell or element
 * with a `data-` attribute holding its raw value, so tests (and other tools) can read the page.
 * O(size of the report).
 */
import type { ComparisonTable, ReportData } from '@kedja/core/reports';

import { attrs, esc, num, table, type Cell } from './html.js';
import { agreeText, comparisonText, decimal, int, MODEL_EXPLANATION, pct, ratio } from './format.js';

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
nav ol { columns: 2; font-size: 14px; }
footer { margin-top: 48px; color: var(--muted); font-size: 13px; }
@media print { h2 { break-before: auto; } figure.chart, table { break-inside: avoid; } }
`;

function comparisonTable(t: ComparisonTable): string {
  const head = ['', ...t.groups.flatMap((g) => [`${g ? `${g}: ` : ''}study`, `${g ? `${g}: ` : ''}Kedja`, 'agree'])];
  const numeric = head.map((h, i) => i > 0 && h !== 'agree');
  const rows = t.rows.map((row) => ({
    data: { label: row.label },
    cells: [
      { text: row.label } as Cell,
      ...row.values.flatMap((v, i): Cell[] => [
        { text: comparisonText(v.study, t.unit), value: v.study, numeric: true, data: { group: i, field: 'study' } },
        {
          text: comparisonText(v.computed, t.unit),
          value: v.computed,
          numeric: true,
          data: { group: i, field: 'computed' },
        },
        {
          text: agreeText(v.match),
          value: v.match,
          data: { group: i, field: 'match' },
          ...(v.match === false ? { className: 'no' } : {}),
        },
      ]),
    ],
  }));
  return `<h3>${esc(t.title)}</h3>\n${table({ table: `study-${t.id}` }, head, rows, numeric)}`;
}

function chart(data: ReportData, svgs: ReadonlyMap<string, string>, id: string): string {
  const spec = data.charts.find((c) => c.id === id);
  const svg = svgs.get(id);
  if (!spec || !svg) return '';
  return `<figure class="chart"${attrs({ 'data-chart': id })}>\n${svg.replace('<svg ', `<svg role="img" aria-label="${esc(spec.title)}" `)}\n<figcaption>${esc(spec.title)}. ${esc(spec.description)}</figcaption>\n</figure>`;
}

export function renderReportHtml(
  data: ReportData,
  svgs: ReadonlyMap<string, string>,
  meta: { input: string; version: string },
): string {
  const m = data.metrics;
  const out: string[] = [];
  const section = (id: string, title: string) => out.push(`</section>\n<section id="${id}">\n<h2>${esc(title)}</h2>`);

  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Kedja report: ${esc(data.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>Dependence and concentration: ${esc(data.title)}</h1>`,
    `<p class="lede">A Kedja report on <code>${esc(meta.input)}</code>: ${int(data.counts.organisations)} organisations, ${int(data.counts.services)} services, ${int(data.counts.suppliers)} suppliers and ${int(data.counts.edges)} dependencies.` +
      (data.study ? ` Published figures of <em>${esc(data.study)}</em> are shown beside Kedja's.` : '') +
      '</p>',
    '<nav><ol>',
    ...[
      ['findings', 'Key findings'],
      ['sharing', 'How widely services and suppliers are shared'],
      ...(data.comparison ? [['study', 'Beside the study']] : []),
      ['ranking', 'Systemic ranking'],
      ['hidden', 'Where concentration hides'],
      ['markets', 'Market concentration'],
      ['geography', 'Geography and ownership'],
      ['spof', 'Single points of failure'],
      ['false-redundancy', 'False redundancy'],
      ['method', 'Definitions'],
    ].map(([id, title]) => `<li><a href="#${id}">${esc(title!)}</a></li>`),
    '</ol></nav>',
    '</header>',
    '<section id="findings">',
    '<h2>Key findings</h2>',
    '<ol class="findings">',
    ...data.findings.map((f) => `<li>${esc(f)}</li>`),
    '</ol>',
  );

  section('sharing', 'How widely services and suppliers are shared');
  const { models, rows } = data.serviceSharing;
  out.push('<h3>Services shared by n organisations</h3>');
  if (rows.length === 0) out.push('<p>No organisation uses any service in the data.</p>');
  else {
    out.push(
      table(
        { table: 'service-sharing' },
        ['shared by n', ...models],
        rows.map((r) => ({
          data: { n: r.n },
          cells: [{ text: r.n }, ...r.counts.map((count, i) => num(count, int(count), { model: models[i]! }))],
        })),
        [true, ...models.map(() => true)],
      ),
      chart(data, svgs, 'service-sharing'),
    );
  }
  out.push('<h3>Suppliers shared by n organisations</h3>', `<p class="note">${esc(MODEL_EXPLANATION)}</p>`);
  if (data.supplierSharing.length === 0) out.push('<p>No organisation depends on any supplier in the data.</p>');
  else {
    out.push(
      table(
        { table: 'supplier-sharing' },
        ['shared by n', 'contracted', 'declared', 'effective'],
        data.supplierSharing.map((r) => ({
          data: { n: r.n },
          cells: [
            { text: r.n },
            num(r.contracted, int(r.contracted), { measure: 'contracted' }),
            num(r.declared, int(r.declared), { measure: 'declared' }),
            num(r.effective, int(r.effective), { measure: 'effective' }),
          ],
        })),
        [true, true, true, true],
      ),
      chart(data, svgs, 'supplier-sharing'),
    );
  }
  const categoryRows = data.categories.rows;
  out.push('<h3>Distinct services used per category and organisation type</h3>');
  if (categoryRows.length === 0) out.push('<p>No service in the data has a category.</p>');
  else {
    out.push(
      table(
        { table: 'categories' },
        ['category', ...data.categories.types],
        categoryRows.map((r) => ({
          data: { category: r.category },
          cells: [{ text: r.category }, ...r.counts.map((c, i) => num(c, int(c), { type: data.categories.types[i]! }))],
        })),
        [false, ...data.categories.types.map(() => true)],
      ),
    );
  }

  if (data.comparison) {
    section('study', 'Beside the study');
    out.push(
      `<p>Published figures of <em>${esc(data.study ?? '')}</em> beside what Kedja computes from this graph. Counts agree when they are equal, shares when they are within one percentage point.</p>`,
    );
    for (const t of data.comparison) out.push(comparisonTable(t));
    if (data.notes.length > 0) {
      out.push(
        '<h3>Notes on the study</h3>',
        '<ul class="note">',
        ...data.notes.map((n) => `<li>${esc(n)}</li>`),
        '</ul>',
      );
    }
  }

  section('ranking', 'Systemic ranking');
  out.push(
    '<p>Every supplier failing alone, ranked by the organisations affected. <em>Hidden</em> organisations never named the supplier nor use a service it provides directly: they are reached through subcontractors.</p>',
  );
  if (data.ranking.length === 0) out.push('<p>No supplier failing alone affects any organisation.</p>');
  else {
    out.push(
      table(
        { table: 'ranking' },
        ['#', 'supplier', 'organisations', 'critical', 'named it', 'hidden', 'population'],
        data.ranking.map((r, i) => ({
          data: { supplier: r.supplier },
          cells: [
            num(i + 1, String(i + 1)),
            { text: r.name },
            num(r.organisations, int(r.organisations), { field: 'organisations' }),
            num(r.critical, int(r.critical), { field: 'critical' }),
            num(r.direct, int(r.direct), { field: 'direct' }),
            num(r.hidden, int(r.hidden), { field: 'hidden' }),
            num(r.population, int(r.population), { field: 'population' }),
          ],
        })),
        [true, false, true, true, true, true, true],
      ),
      chart(data, svgs, 'systemic-ranking'),
    );
  }

  section('hidden', 'Where concentration hides');
  out.push(`<p>${esc(MODEL_EXPLANATION)} Amplification is effective divided by declared.</p>`);
  if (data.amplification.length === 0) out.push('<p>No supplier has any dependants in the data.</p>');
  else {
    out.push(
      table(
        { table: 'amplification' },
        ['supplier', 'contracted', 'declared', 'effective', 'amplification'],
        data.amplification.map((r) => ({
          data: { supplier: r.supplier },
          cells: [
            { text: r.name },
            num(r.contracted, int(r.contracted), { field: 'contracted' }),
            num(r.declared, int(r.declared), { field: 'declared' }),
            num(r.effective, int(r.effective), { field: 'effective' }),
            { text: ratio(r.ratio, r.effective), value: r.ratio, numeric: true, data: { field: 'ratio' } },
          ],
        })),
        [false, true, true, true, true],
      ),
      chart(data, svgs, 'amplification'),
    );
  }

  section('markets', 'Market concentration');
  out.push(
    "<p>Per service model and per category, each supplier's share of the organisations served (a service with several providers counts for each). HHI on the 0–10,000 scale: above 1,800 is highly concentrated, 1,000–1,800 moderately (US merger guidelines, 2023). CR<sub>k</sub> is the share of the k largest suppliers.</p>",
  );
  if (data.markets.length === 0) out.push('<p>No service is used in the data.</p>');
  else {
    out.push(
      table(
        { table: 'markets' },
        ['market', 'suppliers', 'organisations', 'HHI', 'CR1', 'CR3', 'CR5', 'Gini', 'largest supplier'],
        data.markets.map((r) => ({
          data: { market: r.market, kind: r.kind },
          cells: [
            { text: r.kind === 'model' ? `${r.market} (model)` : r.market },
            num(r.suppliers, int(r.suppliers), { field: 'suppliers' }),
            num(r.organisations, int(r.organisations), { field: 'organisations' }),
            num(r.hhi, int(Math.round(r.hhi)), { field: 'hhi' }),
            num(r.cr1, pct(r.cr1, 0), { field: 'cr1' }),
            num(r.cr3, pct(r.cr3, 0), { field: 'cr3' }),
            num(r.cr5, pct(r.cr5, 0), { field: 'cr5' }),
            num(r.gini, r.gini.toFixed(2), { field: 'gini' }),
            { text: r.leaderName ?? '–' },
          ],
        })),
        [false, true, true, true, true, true, true, true, false],
      ),
    );
  }

  section('geography', 'Geography and ownership');
  if (data.countries.length === 0) out.push('<p>No service in the data names a processing country.</p>');
  else {
    const withStudy = data.countries.some((c) => c.study !== null);
    out.push(
      `<p>Shares of service–country pairs: a service processing data in two countries counts in both. Inside the EU/EEA: <strong data-metric="eea-share" data-value="${m.eeaShare ?? ''}">${m.eeaShare === null ? '–' : pct(m.eeaShare)}</strong>.</p>`,
      table(
        { table: 'countries' },
        ['country', 'share', ...(withStudy ? ['study'] : [])],
        data.countries.map((c) => ({
          data: { country: c.country },
          cells: [
            { text: `${c.name} (${c.country})` },
            num(c.share, pct(c.share), { field: 'share' }),
            ...(withStudy ? [num(c.study ?? 0, c.study === null ? '–' : pct(c.study), { field: 'study' })] : []),
          ],
        })),
        [false, true, true],
      ),
      chart(data, svgs, 'countries'),
    );
  }
  if (data.suppliersByCountry.length > 0) {
    out.push(
      '<h3>Suppliers by country of the legal entity</h3>',
      table(
        { table: 'supplier-countries' },
        ['country', 'suppliers'],
        data.suppliersByCountry.map((c) => ({
          data: { country: c.country },
          cells: [{ text: c.name }, num(c.suppliers, int(c.suppliers), { field: 'suppliers' })],
        })),
        [false, true],
      ),
    );
  }
  out.push('<h3>Ownership groups</h3>');
  if (data.parentGroups.length === 0) out.push('<p>No supplier in the data names a parent group.</p>');
  else {
    out.push(
      "<p>Declared: organisations that contract any of the group's suppliers or use a service they provide. Effective: organisations affected when every supplier of the group fails.</p>",
      table(
        { table: 'parent-groups' },
        ['group', 'suppliers', 'declared', 'effective'],
        data.parentGroups.map((g) => ({
          data: { group: g.group },
          cells: [
            { text: g.group },
            num(g.suppliers, int(g.suppliers), { field: 'suppliers' }),
            num(g.declared, int(g.declared), { field: 'declared' }),
            num(g.effective, int(g.effective), { field: 'effective' }),
          ],
        })),
        [false, true, true, true],
      ),
    );
  }

  section('spof', 'Single points of failure');
  const spof = data.singlePointsOfFailure;
  out.push(
    `<p><strong data-metric="spof-organisations" data-value="${spof.organisations.length}">${int(spof.organisations.length)}</strong> of ${int(data.counts.organisationsWithDependencies)} organisations with dependencies can be taken down by one supplier alone; ` +
      `<strong data-metric="single-provider-services" data-value="${spof.singleProviderServices.length}">${int(spof.singleProviderServices.length)}</strong> of ${int(data.counts.services)} services have a single provider and no alternative.</p>`,
  );
  if (spof.organisations.length > 0) {
    out.push(
      table(
        { table: 'single-points-of-failure' },
        ['organisation', 'type', 'suppliers', 'which'],
        spof.organisations.map((o) => ({
          data: { organisation: o.id },
          cells: [
            { text: o.name },
            { text: o.type },
            num(o.suppliers.length, int(o.suppliers.length), { field: 'suppliers' }),
            { text: o.suppliers.map((s) => s.name).join(', ') },
          ],
        })),
        [false, false, true, false],
      ),
    );
  }

  section('false-redundancy', 'False redundancy');
  out.push(
    '<p>Alternatives that one failure defeats: every member falls with one supplier (a shared subcontractor, or a member the others depend on), with one ownership group, or with one country. An owner or a country is listed only when no single supplier already defeats the group.</p>',
  );
  if (data.falseRedundancy.length === 0)
    out.push('<p data-metric="false-redundancy" data-value="0">No false redundancy found.</p>');
  else {
    out.push(
      table(
        { table: 'false-redundancy' },
        ['alternatives of', 'group', 'members', 'all fall with', 'exposed', 'exposed organisations'],
        data.falseRedundancy.map((f) => ({
          data: { owner: f.owner, group: f.group, cause: `${f.cause.kind}:${f.cause.id}` },
          cells: [
            { text: f.ownerName },
            { text: f.group },
            { text: f.members.map((x) => x.name).join(' | ') },
            { text: f.cause.label },
            num(f.organisations.length, int(f.organisations.length), { field: 'exposed' }),
            {
              text:
                f.organisations.length > 12
                  ? `${f.organisations
                      .slice(0, 12)
                      .map((o) => o.name)
                      .join(', ')} and ${int(f.organisations.length - 12)} more`
                  : f.organisations.map((o) => o.name).join(', '),
            },
          ],
        })),
        [false, false, false, false, true, false],
      ),
    );
  }

  section('method', 'Definitions');
  out.push(
    '<ul>',
    '<li><strong>Failure</strong>: a service or supplier fails when a required dependency fails or every member of one of its alternatives groups fails; an organisation is affected by the same rule over its uses and contracts. A dependency is required unless declared as an alternative.</li>',
    `<li><strong>Sharing</strong>: ${esc(MODEL_EXPLANATION)}</li>`,
    '<li><strong>Hidden</strong>: an affected organisation that never named the failed supplier and does not use a service it provides directly.</li>',
    '<li><strong>Single point of failure</strong>: a supplier whose failure alone affects the organisation.</li>',
    "<li><strong>Geography</strong>: shares of service–country pairs; EU/EEA is today's (the UK is outside).</li>",
    '<li><strong>Centralities</strong>: ' +
      data.centrality
        .map(
          (c) =>
            `${esc(c.measure)}: ${
              c.top
                .slice(0, 5)
                .map((t) => `${esc(t.name)} ${esc(decimal(t.value, 3))}`)
                .join(', ') || '–'
            }`,
        )
        .join('; ') +
      '.</li>',
    '</ul>',
    '</section>',
    `<footer>Generated by Kedja ${esc(meta.version)} from <code>${esc(meta.input)}</code>. Charts drawn with Vega-Lite. This page loads nothing from the network.</footer>`,
    '</main>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}
