export { renderChartSvg, renderCharts } from './render-charts.js';
export { MAP_LABELS, renderScenarioMapSvg, type MapLabels, type ScenarioMapOptions } from './render-map.js';
export { boundariesFrom, readMapBoundaries, type MapArea, type MapBoundaries } from './map-boundaries.js';
