/**
 * The report's charts as Vega-Lite specifications: plain JSON with the data inline, no URLs, so any
 * Vega-Lite renderer draws them (the CLI renders static SVG with vega's headless view; a browser can
 * use vega-embed). Charts: services and suppliers shared by n organisations, the systemic ranking
 * with its hidden share, where concentration hides (declared against effective), and where data is
 * processed (beside a study's figures when given). Titles, axis titles and legend values are in the
 * report's language (report-messages.ts), and in Swedish Vega writes numbers the Swedish way. O(rows).
 *
 * Reference: A. Satyanarayan et al., Vega-Lite: A Grammar of Interactive Graphics (IEEE TVCG, 2017).
 */
import type { Lang } from '../i18n/index.js';
import { countryWords, modelWords } from './format.js';
import { REPORT_MESSAGES, type ReportMessages } from './report-messages.js';
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
/**
 * Vega's number formats in a language (d3-format locales): axis ticks 12 000 and 40 % in Swedish.
 * English keeps Vega's own default, so its specifications are as they were.
 */
const NUMBER_LOCALES: Readonly<Record<Lang, Record<string, unknown> | null>> = {
  en: null,
  sv: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], percent: '\u00a0%' },
};

/** What every chart of a language reads: its words and its Vega configuration. */
interface Context {
  lang: Lang;
  m: ReportMessages['charts'];
  config: typeof CONFIG & { locale?: { number: Record<string, unknown> } };
}

function contextOf(lang: Lang): Context {
  const number = NUMBER_LOCALES[lang];
  return { lang, m: REPORT_MESSAGES[lang].charts, config: number ? { ...CONFIG, locale: { number } } : CONFIG };
}

function base(title: string, height: number, { config }: Context) {
  return { title, width: WIDTH, height, background: 'white', config };
}

function groupedBars(
  title: string,
  rows: { n: string; group: string; value: number }[],
  groups: string[],
  axis: { x: string; y: string; group: string },
  context: Context,
): Record<string, unknown> {
  const ns = [...new Set(rows.map((r) => r.n))];
  return {
    ...base(title, 240, context),
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

function serviceSharingChart(data: ReportBasis, context: Context): ChartSpec | null {
  const { m, lang } = context;
  const models = data.serviceSharing.models.map((model) => modelWords(lang, model));
  const { rows } = data.serviceSharing;
  if (rows.length === 0) return null;
  return {
    id: 'service-sharing',
    title: m.serviceSharing,
    description: m.serviceSharingDescription,
    spec: groupedBars(
      m.serviceSharing,
      rows.flatMap((r) => models.map((model, i) => ({ n: r.n, group: model, value: r.counts[i]! }))),
      models,
      { x: m.sharedBy, y: m.services, group: m.model },
      context,
    ),
  };
}

function supplierSharingChart(data: ReportBasis, context: Context): ChartSpec | null {
  if (data.supplierSharing.length === 0) return null;
  const { m } = context;
  const words = REPORT_MESSAGES[context.lang].tables;
  const groups = [words.contracted, words.declared, words.effective];
  return {
    id: 'supplier-sharing',
    title: m.supplierSharing,
    description: m.supplierSharingDescription,
    spec: groupedBars(
      m.supplierSharingSpec,
      data.supplierSharing.flatMap((r) => [
        { n: r.n, group: words.contracted, value: r.contracted },
        { n: r.n, group: words.declared, value: r.declared },
        { n: r.n, group: words.effective, value: r.effective },
      ]),
      groups,
      { x: m.sharedBy, y: m.suppliers, group: m.count },
      context,
    ),
  };
}

function rankingChart(data: ReportBasis, context: Context): ChartSpec | null {
  if (data.ranking.length === 0) return null;
  const { m } = context;
  // With possible dependencies (issue 13), a third part: affected only in the upper bound.
  const bounded = data.ranking.some((r) => r.upper);
  const parts = bounded ? [m.named, m.hiddenPart, m.possiblePart] : [m.named, m.hiddenPart];
  return {
    id: 'systemic-ranking',
    title: m.ranking(String(data.ranking.length)),
    description: bounded ? m.rankingDescription + m.rankingPossible : m.rankingDescription,
    spec: {
      ...base(m.rankingSpec, Math.max(60, 20 * data.ranking.length), context),
      data: {
        values: data.ranking.flatMap((r, i) => [
          { supplier: r.name, rank: i, part: parts[0], order: 0, organisations: r.direct },
          { supplier: r.name, rank: i, part: parts[1], order: 1, organisations: r.hidden },
          ...(bounded
            ? [
                {
                  supplier: r.name,
                  rank: i,
                  part: parts[2],
                  order: 2,
                  organisations: r.upper!.organisations - r.organisations,
                },
              ]
            : []),
        ]),
      },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'supplier', type: 'nominal', sort: data.ranking.map((r) => r.name), title: null },
        x: { field: 'organisations', type: 'quantitative', stack: 'zero', title: m.organisationsAffected },
        color: {
          field: 'part',
          type: 'nominal',
          title: null,
          sort: parts,
          scale: { domain: parts, range: [PALETTE[0], PALETTE[1], PALETTE[2]].slice(0, parts.length) },
        },
        order: { field: 'order', type: 'quantitative' },
      },
    },
  };
}

function amplificationChart(data: ReportBasis, context: Context): ChartSpec | null {
  const amplified = data.amplification.filter((r) => r.effective !== r.declared).slice(0, 15);
  if (amplified.length === 0) return null;
  const { m } = context;
  const words = REPORT_MESSAGES[context.lang].tables;
  const measures = [words.declared, words.effective];
  return {
    id: 'amplification',
    title: m.amplification,
    description: m.amplificationDescription,
    spec: {
      ...base(m.amplificationSpec, Math.max(60, 28 * amplified.length), context),
      data: {
        values: amplified.flatMap((r) => [
          { supplier: r.name, measure: words.declared, organisations: r.declared },
          { supplier: r.name, measure: words.effective, organisations: r.effective },
        ]),
      },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'supplier', type: 'nominal', sort: amplified.map((r) => r.name), title: null },
        yOffset: { field: 'measure', type: 'nominal', sort: measures },
        x: { field: 'organisations', type: 'quantitative', title: m.organisations },
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

function countriesChart(data: ReportBasis, context: Context): ChartSpec | null {
  if (data.countries.length === 0) return null;
  const { m, lang } = context;
  const withStudy = data.countries.some((c) => c.study !== null);
  const sources = withStudy ? [m.kedja, m.study] : [m.kedja];
  const name = (c: ReportBasis['countries'][number]) => countryWords(lang, c);
  return {
    id: 'countries',
    title: withStudy ? m.countriesStudy : m.countries,
    description: m.countriesDescription,
    spec: {
      ...base(m.countries, Math.max(60, (withStudy ? 30 : 20) * data.countries.length), context),
      data: {
        values: data.countries.flatMap((c) => [
          { country: name(c), source: m.kedja, share: c.share },
          ...(withStudy ? [{ country: name(c), source: m.study, share: c.study ?? 0 }] : []),
        ]),
      },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'country', type: 'nominal', sort: data.countries.map(name), title: null },
        ...(withStudy ? { yOffset: { field: 'source', type: 'nominal', sort: sources } } : {}),
        x: { field: 'share', type: 'quantitative', title: m.shareOfServices, axis: { format: '.0%' } },
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

/** The report's charts, their titles, labels and number formats in `lang` (English by default). */
export function reportCharts(data: ReportBasis, lang: Lang = 'en'): ChartSpec[] {
  const context = contextOf(lang);
  return CHARTS.map((chart) => chart(data, context)).filter((chart): chart is ChartSpec => chart !== null);
}
