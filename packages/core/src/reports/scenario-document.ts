/**
 * The scenario report as a report document, in Swedish or English: the scenario in one sentence,
 * the headline figures, consequence levels over time (a table and a chart), the map (a drawing the
 * caller supplies, id `map`), who loses what with the chain that reaches them, the hidden
 * dependencies, the changes that would have helped most, and how to read it. Every word comes
 * from the message catalogue (scenario-messages.ts) and core's shared words. The same serialisers
 * as the concentration report write it (`reportToHtml`, `reportToMarkdown`). Pure; O(size).
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

const cell = (shown: string, value?: string | number | null, numeric = false): TableCell => ({
  text: shown,
  ...(value !== undefined ? { value } : {}),
  ...(numeric ? { numeric } : {}),
});

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
  const { totals } = data;
  const figures: [string, string, number][] = [
    ['organisations', m.organisations, totals.organisations],
    ['critical-organisations', m.critical, totals.critical],
    ['hidden-organisations', m.hidden, totals.hidden],
    ['residents', m.residents, totals.residents],
    ['population', m.population, totals.population],
    ['failed-suppliers', m.failedSuppliers, totals.failedSuppliers],
    ['failed-services', m.failedServices, totals.failedServices],
    ...SEVERE_FIRST.filter((level) => level !== 'none').map((level): [string, string, number] => [
      `level-${level}`,
      m.atLevel(WORDS[lang].levels[level]),
      data.levels[level],
    ]),
  ];
  const sentence =
    totals.organisations === 0
      ? paragraph(m.none, { style: 'lede' })
      : paragraph([m.sentence(duration, n(totals.organisations), n(totals.critical), n(totals.residents))], {
          metric: { metric: 'residents', value: totals.residents },
        });
  return {
    id: 'figures',
    title: m.title,
    blocks: [
      sentence,
      table(
        'figures',
        [
          [m.figure, false],
          [m.value, true],
        ],
        figures.map(([key, label, value]) => ({
          data: { metric: key },
          cells: [cell(label), cell(n(value), value, true)],
        })),
      ),
    ],
  };
}

function timelineSection(data: ScenarioReportData, lang: Lang): ReportSection {
  const m = SCENARIO_MESSAGES[lang].timeline;
  const words = WORDS[lang];
  const n = (v: number) => formatInteger(lang, v);
  const rows = data.steps.map((step) => {
    const duration = durationWords(lang, step.hours);
    return {
      data: { hours: step.hours },
      cells: [
        cell(step.hours === data.hours ? m.chosen(duration) : duration, step.hours),
        ...SEVERE_FIRST.map((level) => cell(n(step.levels[level]), step.levels[level], true)),
        cell(n(step.organisations), step.organisations, true),
        cell(n(step.residents), step.residents, true),
      ],
    };
  });
  return {
    id: 'timeline',
    title: m.title,
    blocks: [
      paragraph(m.intro),
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
  const values = data.steps.flatMap((step) =>
    SEVERE_FIRST.filter((level) => level !== 'none').map((level) => ({
      length: durationWords(lang, step.hours),
      level: words.levels[level],
      order: levelRank(level),
      organisations: step.levels[level],
    })),
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
      },
    },
  };
}

function mapSection(options: ScenarioDocumentOptions, duration: string): ReportSection {
  const m = SCENARIO_MESSAGES[options.lang].map;
  const caption = m.caption(duration);
  return {
    id: 'map',
    title: m.title,
    blocks: options.map
      ? [paragraph(m.intro), { kind: 'figure', id: 'map', title: caption, description: caption, only: 'html' }]
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
  const rows = data.affected.map((o) => ({
    data: { id: o.id, level: o.level },
    cells: [
      cell(words.levels[o.level], o.level),
      cell(o.hidden ? `${o.name} (${m.affected.hiddenMark})` : o.name, o.id),
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

function hiddenSection(data: ScenarioReportData, lang: Lang): ReportSection {
  const m = SCENARIO_MESSAGES[lang];
  const hidden = data.affected.filter((o) => o.hidden);
  // Survey question 26: those without a routine to find subcontractors cannot discover these themselves.
  const blind = hidden.filter((o) => o.routine === false).length;
  return {
    id: 'hidden',
    title: m.hidden.title,
    blocks:
      hidden.length === 0
        ? [paragraph(m.hidden.none)]
        : [
            paragraph([m.hidden.intro(formatInteger(lang, hidden.length))], {
              metric: { metric: 'hidden-organisations', value: hidden.length },
            }),
            ...(blind > 0
              ? [
                  paragraph([m.hidden.noRoutine(formatInteger(lang, blind), formatInteger(lang, hidden.length))], {
                    metric: { metric: 'hidden-without-routine', value: blind },
                  }),
                ]
              : []),
            list(
              hidden.map((o) => [
                text(
                  m.hidden.item(
                    o.routine === false ? `${o.name} (${m.hidden.noRoutineMark})` : o.name,
                    o.chain.map((s) => s.name).join(m.chainArrow),
                  ),
                ),
              ]),
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
      mapSection(options, duration),
      affectedSection(data, lang, duration),
      hiddenSection(data, lang),
      adviceSection(data, lang),
      aboutSection(data, lang),
    ],
    footer: [paragraph(m.made(options.input, options.date, options.version))],
    charts: [levelsChart(data, options)],
  };
}
