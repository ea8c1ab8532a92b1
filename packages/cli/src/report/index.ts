export { renderChartSvg, renderCharts } from './render-charts.js';
export { renderReportHtml } from './render-html.js';
export { renderReportMarkdown } from './render-markdown.js';
