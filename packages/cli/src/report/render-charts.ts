/**
 * Rendering the report's Vega-Lite charts to static SVG, in Node without a DOM: vega-lite compiles
 * each spec to Vega, and vega's headless view (renderer "none") writes SVG markup. Ids inside each
 * SVG are prefixed with the chart's id so several charts can live inline in one HTML page. Lives in
 * the CLI, not in core, so that core and the browser bundles of its users stay free of vega.
 * O(marks) per chart.
 */
import type { ChartSpec } from '@kedja/core/reports';
import type { TopLevelSpec } from 'vega-lite';

/**
 * vega and vega-lite, imported on first use: they are large, and vega's modules use top-level
 * await, so they cannot be required and are loaded only by the commands that draw charts.
 */
async function loadVega() {
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  return { parse, View, compile };
}

export async function renderChartSvg(chart: ChartSpec): Promise<string> {
  const { parse, View, compile } = await loadVega();
  const view = new View(parse(compile(chart.spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return prefixIds(svg, chart.id);
  } finally {
    view.finalize();
  }
}

/** chart id → SVG markup, in the order of the charts. */
export async function renderCharts(charts: readonly ChartSpec[]): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const chart of charts) svgs.set(chart.id, await renderChartSvg(chart));
  return svgs;
}

function prefixIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`);
}
