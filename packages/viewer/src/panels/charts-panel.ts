/**
 * The concentration charts of `kedja report` (core's `buildReport(...).charts`, Vega-Lite specs
 * with inline data), drawn as SVG by vega in the page. vega and vega-lite are loaded on first use,
 * so that the graph's first picture does not wait for them. The report answers for the upper bound
 * on a graph with possible dependencies (issue 13), and the panel says so.
 */
import type { Engine, KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { buildReport, keyFindings, reportCharts, type ReportData } from '@kedja/core/reports';

import { VIEWER_MESSAGES } from '../i18n/index.js';
import { el, replace } from '../ui/dom.js';

const reports = new WeakMap<KedjaGraph, ReportData>();

export async function renderChartsPanel(
  container: HTMLElement,
  lang: Lang,
  graph: KedjaGraph,
  engine: Engine,
): Promise<void> {
  const m = VIEWER_MESSAGES[lang].charts;
  replace(container, el('h2', {}, m.title), el('p', { class: 'hint' }, m.drawing));
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  // The report's data once per graph; its charts and findings in the page's language (the report's words).
  let data = reports.get(graph);
  if (data === undefined) reports.set(graph, (data = buildReport(graph, { engine })));
  const charts = reportCharts(data, lang);
  const findings = keyFindings(data, lang);
  const figures = charts.map((chart) => {
    const target = el('div', { class: 'chart' });
    const figure = el(
      'figure',
      { 'data-chart': chart.id },
      el('figcaption', { id: `caption-${chart.id}` }, el('strong', {}, chart.title), ' ', chart.description),
      target,
    );
    return { chart, figure, target };
  });
  replace(
    container,
    el('h2', {}, m.title),
    engine.possibleEdges > 0
      ? el('p', { class: 'small', 'data-testid': 'charts-bounds' }, VIEWER_MESSAGES[lang].bounds.charts)
      : null,
    findings.length ? el('ul', { class: 'findings' }, ...findings.map((f) => el('li', {}, f))) : null,
    ...figures.map((f) => f.figure),
  );
  for (const { chart, target } of figures) {
    const spec = { ...chart.spec, width: 340 } as Parameters<typeof vegaLite.compile>[0];
    const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'svg', container: target });
    await view.runAsync();
    // A picture to screen readers, named by its title and described by its caption, as in the report
    // (vega names every chart 'Vega visualization').
    target.setAttribute('role', 'img');
    target.setAttribute('aria-label', chart.title);
    target.setAttribute('aria-describedby', `caption-${chart.id}`);
    target.removeAttribute('aria-roledescription');
  }
}
