export { renderChartSvg, renderCharts } from './render-charts.js';
