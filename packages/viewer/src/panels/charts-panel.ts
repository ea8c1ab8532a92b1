/**
 * The concentration charts of `kedja report` (core's `buildReport(...).charts`, Vega-Lite specs
 * with inline data), drawn as SVG by vega in the page. vega and vega-lite are loaded on first use,
 * so that the graph's first picture does not wait for them.
 */
import type { Engine, KedjaGraph } from '@kedja/core';
import { buildReport } from '@kedja/core/reports';

import { el, replace } from '../ui/dom.js';

export async function renderChartsPanel(container: HTMLElement, graph: KedjaGraph, engine: Engine): Promise<void> {
  replace(container, el('h2', {}, 'Concentration'), el('p', { class: 'hint' }, 'Drawing the charts…'));
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const { charts, findings } = buildReport(graph, { engine });
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
    el('h2', {}, 'Concentration'),
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
