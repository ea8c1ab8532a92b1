/**
 * The report's charts as Vega-Lite specifications: plain JSON with the data inline, no URLs, so any
 * Vega-Lite renderer draws them (the CLI renders static SVG with vega's headless view; a browser can
 * use vega-embed). Charts: services and suppliers shared by n organisations, the systemic ranking
 * with its hidden share, where concentration hides (declared against effective), and where data is
 * processed (beside a study's figures when given). O(rows).
 *
 * Reference: A. Satyanarayan et al., Vega-Lite: A Grammar of Interactive Graphics (IEEE TVCG, 2017).
 */
import type { ChartSpec, ReportBasis } from './types.js';

const WIDTH = 620;
const PALETTE = ['#1f5f8b', '#e07b39', '#5a9e4b', '#b03a48', '#7b5ea7'];
const CONFIG = {
  font: 'sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: '#e6e6e6', labelLimit: 280 },
  legend: { orient: 'top', labelFontSize: 11, titleFontSize: 11, labelLimit: 400 },
  title: { fontSize: 14, anchor: 'start' },
};

function base(title: string, height: number) {
  return { title, width: WIDTH, height, background: 'white', config: CONFIG };
}

function groupedBars(
  title: string,
  rows: { n: string; group: string; value: number }[],
  groups: string[],
  axis: { x: string; y: string; group: string },
): Record<string, unknown> {
  const ns = [...new Set(rows.map((r) => r.n))];
  return {
    ...base(title, 240),
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'n', type: 'ordinal', sort: ns, title: axis.x, axis: { labelAngle: 0 } },
      xOffset: { field: 'group', type: 'nominal', sort: groups },
      y: { field: 'value', type: 'quantitative', title: axis.y },
      color: {
        field: 'group',
        type: 'nominal',
        title: axis.group,
        sort: groups,
        scale: { domain: groups, range: PALETTE.slice(0, groups.length) },
      },
    },
  };
}

function serviceSharingChart(data: ReportBasis): ChartSpec | null {
  const { models, rows } = data.serviceSharing;
  if (rows.length === 0) return null;
  return {
    id: 'service-sharing',
    title: 'Services shared by n organisations',
    description:
      'Each bar counts the services used by exactly n organisations; the far right is where use concentrates.',
    spec: groupedBars(
      'Services shared by n organisations',
      rows.flatMap((r) => models.map((model, i) => ({ n: r.n, group: model, value: r.counts[i]! }))),
      models,
      { x: 'shared by n organisations', y: 'services', group: 'model' },
    ),
  };
}

function supplierSharingChart(data: ReportBasis): ChartSpec | null {
  if (data.supplierSharing.length === 0) return null;
  const groups = ['contracted', 'declared', 'effective'];
  return {
    id: 'supplier-sharing',
    title: 'Suppliers shared by n organisations: contracted, declared and effective',
    description:
      'Contracted counts contracts, declared adds the users of services a supplier provides directly, effective counts who is affected when it fails alone.',
    spec: groupedBars(
      'Suppliers shared by n organisations',
      data.supplierSharing.flatMap((r) => [
        { n: r.n, group: 'contracted', value: r.contracted },
        { n: r.n, group: 'declared', value: r.declared },
        { n: r.n, group: 'effective', value: r.effective },
      ]),
      groups,
      { x: 'shared by n organisations', y: 'suppliers', group: 'count' },
    ),
  };
}

function rankingChart(data: ReportBasis): ChartSpec | null {
  if (data.ranking.length === 0) return null;
  const parts = ['named it or use a service it provides', 'hidden: reached only through subcontractors'];
  return {
    id: 'systemic-ranking',
    title: `Systemic ranking: the ${data.ranking.length} suppliers whose failure alone affects the most organisations`,
    description: 'Each bar is one supplier failing alone; the orange part are organisations that never named it.',
    spec: {
      ...base('Organisations affected when one supplier fails alone', Math.max(60, 20 * data.ranking.length)),
      data: {
        values: data.ranking.flatMap((r, i) => [
          { supplier: r.name, rank: i, part: parts[0], order: 0, organisations: r.direct },
          { supplier: r.name, rank: i, part: parts[1], order: 1, organisations: r.hidden },
        ]),
      },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'supplier', type: 'nominal', sort: data.ranking.map((r) => r.name), title: null },
        x: { field: 'organisations', type: 'quantitative', stack: 'zero', title: 'organisations affected' },
        color: {
          field: 'part',
          type: 'nominal',
          title: null,
          sort: parts,
          scale: { domain: parts, range: [PALETTE[0], PALETTE[1]] },
        },
        order: { field: 'order', type: 'quantitative' },
      },
    },
  };
}

function amplificationChart(data: ReportBasis): ChartSpec | null {
  const amplified = data.amplification.filter((r) => r.effective !== r.declared).slice(0, 15);
  if (amplified.length === 0) return null;
  const measures = ['declared', 'effective'];
  return {
    id: 'amplification',
    title: 'Where concentration hides: declared against effective reach',
    description:
      'Declared: organisations that contract the supplier or use a service it provides. Effective: organisations affected when it fails alone.',
    spec: {
      ...base('Declared and effective reach of suppliers', Math.max(60, 28 * amplified.length)),
      data: {
        values: amplified.flatMap((r) => [
          { supplier: r.name, measure: 'declared', organisations: r.declared },
          { supplier: r.name, measure: 'effective', organisations: r.effective },
        ]),
      },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'supplier', type: 'nominal', sort: amplified.map((r) => r.name), title: null },
        yOffset: { field: 'measure', type: 'nominal', sort: measures },
        x: { field: 'organisations', type: 'quantitative', title: 'organisations' },
        color: {
          field: 'measure',
          type: 'nominal',
          title: null,
          sort: measures,
          scale: { domain: measures, range: [PALETTE[2], PALETTE[3]] },
        },
      },
    },
  };
}

function countriesChart(data: ReportBasis): ChartSpec | null {
  if (data.countries.length === 0) return null;
  const withStudy = data.countries.some((c) => c.study !== null);
  const sources = withStudy ? ['Kedja', 'study'] : ['Kedja'];
  return {
    id: 'countries',
    title: withStudy ? 'Where data is processed, beside the study (Fig 6.10)' : 'Where data is processed',
    description: 'Share of service–country pairs per processing country.',
    spec: {
      ...base('Where data is processed', Math.max(60, (withStudy ? 30 : 20) * data.countries.length)),
      data: {
        values: data.countries.flatMap((c) => [
          { country: c.name, source: 'Kedja', share: c.share },
          ...(withStudy ? [{ country: c.name, source: 'study', share: c.study ?? 0 }] : []),
        ]),
      },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'country', type: 'nominal', sort: data.countries.map((c) => c.name), title: null },
        ...(withStudy ? { yOffset: { field: 'source', type: 'nominal', sort: sources } } : {}),
        x: { field: 'share', type: 'quantitative', title: 'share of services', axis: { format: '.0%' } },
        color: {
          field: 'source',
          type: 'nominal',
          title: null,
          sort: sources,
          scale: { domain: sources, range: [PALETTE[0], '#9aa5ad'] },
        },
      },
    },
  };
}

/** The charts in the order the report shows them; a chart without data is left out. */
const CHARTS = [serviceSharingChart, supplierSharingChart, rankingChart, amplificationChart, countriesChart];

export function reportCharts(data: ReportBasis): ChartSpec[] {
  return CHARTS.map((chart) => chart(data)).filter((chart): chart is ChartSpec => chart !== null);
}
