/**
 * The scenario report as a report document, in Swedish or English: the scenario in one sentence,
 * the headline figures, consequence levels over time (a table and a chart), the map (a drawing the
 * caller supplies, id `map`), who loses what with the chain that reaches them, the hidden
 * dependencies, the changes that would have helped most, and how to read it. Every word comes
 * from the message catalogue (scenario-messages.ts) and core's shared words. The same serialisers
 * as the concentration report write it (`reportToHtml`, `reportToMarkdown`). With possible
 * dependencies (issue 13) each figure is a range from the lower bound to the upper, the chart has a
 * bar for each bound, and the organisations affected only in the upper bound are marked possible;
 * without them the document is as before. Pure; O(size).
 */
import { CONSEQUENCE_LEVELS, levelRank, type ConsequenceLevel } from '../consequences/index.js';
import { countryNameIn, durationWords, formatInteger, formatList, LOCALES, WORDS, type Lang } from '../i18n/index.js';
import {
  list,
  paragraph,
  text,
  type Block,
  type ReportDocument,
  type ReportSection,
  type TableBlock,
  type TableCell,
} from './document.js';
import type { ScenarioAffected, ScenarioReportData } from './scenario-data.js';
import { SCENARIO_MESSAGES } from './scenario-messages.js';
import type { ChartSpec } from './types.js';

export interface ScenarioDocumentOptions {
  lang: Lang;
  /** What the report was made from, as the user named it. */
  input: string;
  version: string;
  /** The day it was made (ISO date); written in the footer. */
  date: string;
  /** Whether the caller has a map drawing (id `map`); without one the map section says why not. */
  map: boolean;
  /** Level colours for the chart, least severe first (as CONSEQUENCE_LEVELS). */
  levelColours: Readonly<Record<ConsequenceLevel, string>>;
}

/** A country's name in the language, with its code: "Irland (IE)". */
const country = (lang: Lang, code: string): string => `${countryNameIn(lang, code)} (${code})`;

/** The scenario as words: "the supplier Megamoln Ireland Ltd" / "leverantören Megamoln Ireland Ltd". */
export function scenarioWords(data: ScenarioReportData, lang: Lang): string {
  const m = SCENARIO_MESSAGES[lang].scenario;
  const { spec } = data;
  const nameOf = (id: string) => data.members.find((member) => member.id === id)?.name ?? id;
  const parts: string[] = [];
  const suppliers = spec.suppliers ?? [];
  const services = spec.services ?? [];
  if (suppliers.length > 0) parts.push(m.supplier(formatList(lang, suppliers.map(nameOf)), suppliers.length));
  if (services.length > 0) parts.push(m.service(formatList(lang, services.map(nameOf)), services.length));
  for (const c of spec.countries ?? []) parts.push(m.country(country(lang, c)));
  for (const p of spec.parents ?? []) parts.push(m.parent(p.trim()));
  for (const c of spec.serviceCountries ?? []) parts.push(m.serviceCountry(country(lang, c)));
  if (spec.outsideEea) parts.push(m.outsideEea);
  for (const c of spec.jurisdictions ?? []) parts.push(m.jurisdiction(country(lang, c)));
  if (spec.outsideEeaJurisdiction) parts.push(m.outsideEeaJurisdiction);
  return parts.length === 0 ? m.nothing : formatList(lang, parts);
}

const cell = (
  shown: string,
  value?: string | number | null,
  numeric = false,
  data?: Record<string, string | number>,
): TableCell => ({
  text: shown,
  ...(value !== undefined ? { value } : {}),
  ...(numeric ? { numeric } : {}),
  ...(data ? { data } : {}),
});

/**
 * A count with bounds as a cell: the lower bound's value, the range as text (`range` words it), and
 * the upper bound as `data-upper` when the graph has possible dependencies; a plain count otherwise.
 */
function boundedCell(
  lang: Lang,
  lower: number,
  upper: number | undefined,
  range: (lower: string, upper: string) => string,
): TableCell {
  const n = (v: number) => formatInteger(lang, v);
  return upper === undefined ? cell(n(lower), lower, true) : cell(range(n(lower), n(upper)), lower, true, { upper });
}

function table(id: string, columns: [string, boolean, string?][], rows: TableBlock['rows']): TableBlock {
  return {
    kind: 'table',
    id,
    columns: columns.map(([label, numeric, width]) => ({ label, numeric, ...(width ? { width } : {}) })),
    rows,
  };
}

/** The levels worst first, as table columns. */
const SEVERE_FIRST = [...CONSEQUENCE_LEVELS].reverse();

function headline(data: ScenarioReportData, lang: Lang, duration: string): ReportSection {
  const m = SCENARIO_MESSAGES[lang].headline;
  const n = (v: number) => formatInteger(lang, v);
  const { totals, totalsUpper: upper } = data;
  const { range } = SCENARIO_MESSAGES[lang];
  // A figure's lower bound and, with possible dependencies, its upper.
  const figures: [string, string, number, number | undefined][] = [
    ['organisations', m.organisations, totals.organisations, upper?.organisations],
    ['critical-organisations', m.critical, totals.critical, upper?.critical],
    ['hidden-organisations', m.hidden, totals.hidden, upper?.hidden],
    ['residents', m.residents, totals.residents, upper?.residents],
    ['population', m.population, totals.population, upper?.population],
    ['failed-suppliers', m.failedSuppliers, totals.failedSuppliers, upper?.failedSuppliers],
    ['failed-services', m.failedServices, totals.failedServices, upper?.failedServices],
    ...SEVERE_FIRST.filter((level) => level !== 'none').map((level): [string, string, number, number | undefined] => [
      `level-${level}`,
      m.atLevel(WORDS[lang].levels[level]),
      data.levels[level],
      data.levelsUpper?.[level],
    ]),
  ];
  const both = (key: keyof typeof totals) => range(n(totals[key]), n((upper ?? totals)[key]));
  const sentence =
    (upper ?? totals).organisations === 0
      ? paragraph(m.none, { style: 'lede' })
      : paragraph([m.sentence(duration, both('organisations'), both('critical'), both('residents'))], {
          metric: { metric: 'residents', value: totals.residents },
        });
  const bounds =
    data.possibleEdges === undefined ? [] : [paragraph(SCENARIO_MESSAGES[lang].bounds(n(data.possibleEdges)))];
  return {
    id: 'figures',
    title: m.title,
    blocks: [
      sentence,
      ...bounds,
      table(
        'figures',
        [
          [m.figure, false],
          [m.value, true],
        ],
        figures.map(([key, label, value, upperValue]) => ({
          data: { metric: key },
          cells: [cell(label), boundedCell(lang, value, upperValue, range)],
        })),
      ),
    ],
  };
}

function timelineSection(data: ScenarioReportData, lang: Lang): ReportSection {
  const m = SCENARIO_MESSAGES[lang].timeline;
  const words = WORDS[lang];
  const { rangeShort } = SCENARIO_MESSAGES[lang];
  const rows = data.steps.map((step) => {
    const duration = durationWords(lang, step.hours);
    const { upper } = step;
    return {
      data: { hours: step.hours },
      cells: [
        cell(step.hours === data.hours ? m.chosen(duration) : duration, step.hours),
        ...SEVERE_FIRST.map((level) => boundedCell(lang, step.levels[level], upper?.levels[level], rangeShort)),
        boundedCell(lang, step.organisations, upper?.organisations, rangeShort),
        boundedCell(lang, step.residents, upper?.residents, rangeShort),
      ],
    };
  });
  return {
    id: 'timeline',
    title: m.title,
    blocks: [
      paragraph(m.intro),
      ...(data.possibleEdges === undefined ? [] : [paragraph(m.bounds)]),
      table(
        'timeline',
        [
          [m.length, false],
          ...SEVERE_FIRST.map((level): [string, boolean] => [words.levels[level], true]),
          [m.atCritical, true],
          [m.residents, true],
        ],
        rows,
      ),
      { kind: 'chart', id: 'levels-over-time' },
    ],
  };
}

function levelsChart(data: ScenarioReportData, options: ScenarioDocumentOptions): ChartSpec {
  const { lang } = options;
  const m = SCENARIO_MESSAGES[lang].timeline;
  const words = WORDS[lang];
  const lengths = data.steps.map((s) => durationWords(lang, s.hours));
  const levels = SEVERE_FIRST.filter((level) => level !== 'none').map((level) => words.levels[level]);
  // With possible dependencies, a bar for each bound: the lower on the left, the upper on the right.
  const bounds = [m.lower, m.upper];
  const values = data.steps.flatMap((step) =>
    (step.upper ? [step.levels, step.upper.levels] : [step.levels]).flatMap((counts, bound) =>
      SEVERE_FIRST.filter((level) => level !== 'none').map((level) => ({
        length: durationWords(lang, step.hours),
        level: words.levels[level],
        order: levelRank(level),
        organisations: counts[level],
        ...(step.upper ? { bound: bounds[bound]! } : {}),
      })),
    ),
  );
  return {
    id: 'levels-over-time',
    title: m.chartTitle,
    description: m.chartDescription,
    spec: {
      title: m.chartTitle,
      width: 620,
      height: 240,
      background: 'white',
      config: {
        font: 'sans-serif',
        view: { stroke: null },
        axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: '#e6e6e6' },
        legend: { orient: 'top', labelFontSize: 11, titleFontSize: 11 },
        title: { fontSize: 14, anchor: 'start' },
      },
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'length', type: 'ordinal', sort: lengths, title: m.length, axis: { labelAngle: 0 } },
        y: { field: 'organisations', type: 'quantitative', title: SCENARIO_MESSAGES[lang].headline.organisations },
        color: {
          field: 'level',
          type: 'nominal',
          title: SCENARIO_MESSAGES[lang].affected.level,
          sort: levels,
          scale: {
            domain: levels,
            range: SEVERE_FIRST.filter((level) => level !== 'none').map((level) => options.levelColours[level]),
          },
        },
        order: { field: 'order', type: 'quantitative', sort: 'descending' },
        ...(data.possibleEdges === undefined
          ? {}
          : { xOffset: { field: 'bound', type: 'nominal', sort: bounds, title: m.bound } }),
      },
    },
  };
}

function mapSection(data: ScenarioReportData, options: ScenarioDocumentOptions, duration: string): ReportSection {
  const m = SCENARIO_MESSAGES[options.lang].map;
  const caption = m.caption(duration);
  const upper = data.possibleEdges === undefined ? [] : [paragraph(m.upper)];
  return {
    id: 'map',
    title: m.title,
    blocks: options.map
      ? [
          paragraph(m.intro),
          ...upper,
          { kind: 'figure', id: 'map', title: caption, description: caption, only: 'html' },
        ]
      : [paragraph(m.none)],
  };
}

function affectedSection(data: ScenarioReportData, lang: Lang, duration: string): ReportSection {
  const m = SCENARIO_MESSAGES[lang];
  const words = WORDS[lang];
  const arrow = m.chainArrow;
  /** What was lost: the function and what it ran on, else the service, or the contract with the supplier. */
  const lost = ({ dependency, function: fn }: ScenarioAffected['loses'][number]) =>
    fn !== null
      ? m.affected.on(fn, dependency.name)
      : dependency.kind === 'supplier'
        ? m.affected.contract(dependency.name)
        : dependency.name;
  // Marks after the name: hidden, and possible (affected only in the upper bound).
  const marks = (o: ScenarioAffected) => [
    ...(o.hidden ? [m.affected.hiddenMark] : []),
    ...(o.certainty === 'possible' ? [m.affected.possibleMark] : []),
  ];
  const rows = data.affected.map((o) => ({
    data: { id: o.id, level: o.level, ...(o.certainty ? { certainty: o.certainty } : {}) },
    cells: [
      cell(words.levels[o.level], o.level),
      cell(marks(o).length > 0 ? `${o.name} (${marks(o).join(', ')})` : o.name, o.id),
      cell(o.orgType ? words.orgTypes[o.orgType] : m.unknown, o.orgType),
      cell(o.population === null ? m.unknown : formatInteger(lang, o.population), o.population, true),
      cell(o.loses.map((f) => `${lost(f)}: ${words.levels[f.level]}`).join('; ')),
      cell(o.chain.map((step) => step.name).join(arrow)),
    ],
  }));
  return {
    id: 'affected',
    title: m.affected.title,
    blocks:
      data.affected.length === 0
        ? [paragraph(m.affected.none)]
        : [
            paragraph(m.affected.intro(duration)),
            ...(data.possibleEdges === undefined ? [] : [paragraph(m.affected.bounds)]),
            table(
              'affected',
              [
                [m.affected.level, false, '9%'],
                [m.affected.organisation, false, '18%'],
                [m.affected.type, false, '12%'],
                [m.affected.population, true, '11%'],
                [m.affected.loses, false, '26%'],
                [m.affected.chain, false, '24%'],
              ],
              rows,
            ),
          ],
  };
}

/** A hidden dependency's organisation, with its marks: possible, no routine to find subcontractors. */
function hiddenName(o: ScenarioAffected, m: (typeof SCENARIO_MESSAGES)[Lang]): string {
  const marks = [
    ...(o.certainty === 'possible' ? [m.affected.possibleMark] : []),
    ...(o.routine === false ? [m.hidden.noRoutineMark] : []),
  ];
  return marks.length === 0 ? o.name : `${o.name} (${marks.join(', ')})`;
}

function hiddenSection(data: ScenarioReportData, lang: Lang): ReportSection {
  const m = SCENARIO_MESSAGES[lang];
  const hidden = data.affected.filter((o) => o.hidden);
  // Survey question 26: those without a routine to find subcontractors cannot discover these themselves.
  const blind = hidden.filter((o) => o.routine === false).length;
  const shown = formatInteger(lang, hidden.length);
  // With bounds, from the lower bound's count to the upper's (the list's).
  const hiddenCount = data.totalsUpper ? m.range(formatInteger(lang, data.totals.hidden), shown) : shown;
  return {
    id: 'hidden',
    title: m.hidden.title,
    blocks:
      hidden.length === 0
        ? [paragraph(m.hidden.none)]
        : [
            paragraph([m.hidden.intro(hiddenCount)], {
              metric: { metric: 'hidden-organisations', value: hidden.length },
            }),
            ...(blind > 0
              ? [
                  paragraph([m.hidden.noRoutine(formatInteger(lang, blind), formatInteger(lang, hidden.length))], {
                    metric: { metric: 'hidden-without-routine', value: blind },
                  }),
                ]
              : []),
            ...(data.possibleEdges === undefined ? [] : [paragraph(m.hidden.bounds)]),
            list(
              hidden.map((o) => [text(m.hidden.item(hiddenName(o, m), o.chain.map((s) => s.name).join(m.chainArrow)))]),
            ),
          ],
  };
}

function adviceSection(data: ScenarioReportData, lang: Lang): ReportSection {
  const m = SCENARIO_MESSAGES[lang].advice;
  const n = (v: number) => formatInteger(lang, v);
  const considered = n(data.advice.considered);
  const blocks: Block[] =
    data.advice.steps.length === 0
      ? [paragraph(m.none(considered))]
      : [
          paragraph(m.intro(considered)),
          list(
            data.advice.steps.map((step) => {
              const change =
                step.kind === 'alternative'
                  ? m.alternative(step.service?.name ?? '')
                  : step.kind === 'fallback'
                    ? m.fallback(step.organisation?.name ?? '', step.function ?? step.service?.name ?? '')
                    : m.move(step.supplier?.name ?? '', step.subcontractor?.name ?? '');
              const spared = m.spares(
                n(step.spared.length),
                formatList(
                  lang,
                  step.spared.map((o) => o.name),
                  { max: 8 },
                ),
              );
              return [text(change), ' ', text(spared)];
            }),
            { ordered: true },
          ),
        ];
  return { id: 'advice', title: m.title, blocks };
}

function aboutSection(data: ScenarioReportData, lang: Lang): ReportSection {
  const m = SCENARIO_MESSAGES[lang].about;
  return {
    id: 'about',
    title: m.title,
    blocks: [
      paragraph(m.rules(data.rules), { style: 'note' }),
      paragraph(m.residents, { style: 'note' }),
      paragraph(m.critical, { style: 'note' }),
      paragraph(m.levels, { style: 'note' }),
    ],
  };
}

/** The scenario report's document, in `options.lang`. */
export function buildScenarioDocument(data: ScenarioReportData, options: ScenarioDocumentOptions): ReportDocument {
  const { lang } = options;
  const m = SCENARIO_MESSAGES[lang];
  const scenario = scenarioWords(data, lang);
  const duration = durationWords(lang, data.hours);
  const title = m.title(scenario, duration);
  const intro = [paragraph([m.lede(scenario, duration)], { style: 'lede' })];
  if (data.members.length === 0) intro.push(paragraph(m.noMembers));
  return {
    lang: LOCALES[lang],
    title: m.documentTitle(title),
    heading: title.charAt(0).toUpperCase() + title.slice(1),
    intro,
    sections: [
      headline(data, lang, duration),
      timelineSection(data, lang),
      mapSection(data, options, duration),
      affectedSection(data, lang, duration),
      hiddenSection(data, lang),
      adviceSection(data, lang),
      aboutSection(data, lang),
    ],
    footer: [paragraph(m.made(options.input, options.date, options.version))],
    charts: [levelsChart(data, options)],
  };
}
