/**
 * The report document of a report's data, in Swedish or English: key findings first, then how
 * widely services and suppliers are shared (beside a study's figures when given), the systemic
 * ranking, hidden concentration, market concentration, geography and ownership, single points of
 * failure, false redundancy and the definitions, each section a function from the data to blocks.
 * Everything a page says is decided here, once, in words from the catalogue (report-messages.ts);
 * the serialisers only write it. Where the HTML page and the Markdown file word a thing differently
 * (the page explains more; Markdown has no charts), both wordings are blocks marked `only`. Names,
 * categories, the study's notes and the raw values for tools stay as the data has them. Pure;
 * O(size of the report).
 */
import { LOCALES, type Lang } from '../i18n/index.js';
import { reportCharts } from './charts.js';
import {
  chart,
  code,
  em,
  heading,
  list,
  metric,
  paragraph,
  strong,
  sub,
  text,
  type Block,
  type Inline,
  type ParagraphBlock,
  type ReportDocument,
  type ReportFormat,
  type ReportSection,
} from './document.js';
import { keyFindings } from './findings.js';
import { numbersIn } from './format.js';
import { REPORT_MESSAGES, type ReportMessages } from './report-messages.js';
import {
  amplificationTable,
  categoriesTable,
  comparisonTable,
  comparisonWords,
  countriesTable,
  falseRedundancyTable,
  marketsTable,
  parentGroupsTable,
  rankingTable,
  serviceSharingTable,
  singlePointsTable,
  supplierCountriesTable,
  supplierSharingTable,
} from './report-tables.js';
import type { ReportData } from './types.js';

export interface ReportDocumentOptions {
  /** What the report was made from (a folder or file), as the user named it. */
  input: string;
  /** The version of Kedja that made it. */
  version: string;
  /** The language of the document; English by default. */
  lang?: Lang;
}

/** What every section reads besides the data: the language, its words and its numbers. */
interface Context {
  lang: Lang;
  m: ReportMessages;
  n: ReturnType<typeof numbersIn>;
}

/** The format whose option the Markdown form names for the charts. */
const HTML: ReportFormat = 'html';

/** A place in a message for a span, filled by `rich`: private-use characters no message or number holds. */
const slot = (i: number) => `\ue000${i}\ue001`;

/** A message with spans in its slots: `rich(m.footer.made(slot(0), slot(1)), text(version), code(input))`. */
function rich(message: string, ...spans: Inline[]): Inline[] {
  return message
    .split(/\ue000(\d+)\ue001/)
    .map((part, i) => (i % 2 === 0 ? part : spans[Number(part)]!))
    .filter((part) => part !== '');
}

/** A table, or a sentence when it would be empty. */
const tableOr = (rows: number, empty: string, blocks: () => Block[]): Block[] =>
  rows === 0 ? [paragraph(empty)] : blocks();

function intro(data: ReportData, { input }: ReportDocumentOptions, { m, n }: Context): ParagraphBlock[] {
  const { organisations, services, suppliers, edges } = data.counts;
  const lede: Inline[] = [
    ...rich(m.intro.lede(slot(0), n.int(organisations), n.int(services), n.int(suppliers), n.int(edges)), code(input)),
    ...(data.study ? rich(m.intro.study(slot(0)), em(data.study)) : []),
  ];
  // With possible dependencies (issue 13): which parts give both bounds and which the upper alone.
  const possible = data.counts.possible > 0 ? [paragraph(m.intro.possible(n.int(data.counts.possible)))] : [];
  return [
    paragraph(lede, { style: 'lede', only: 'html' }),
    paragraph([...lede, ...rich(m.intro.charts(slot(0)), code(`--format ${HTML}`))], { only: 'markdown' }),
    ...possible,
  ];
}

function findingsSection(findings: readonly string[], { m }: Context): ReportSection {
  return {
    id: 'findings',
    title: m.findings.title,
    blocks: [
      list(
        findings.map((f) => [text(f)]),
        { ordered: true, style: 'findings' },
      ),
    ],
  };
}

function sharingSection(data: ReportData, { lang, m }: Context): ReportSection {
  const s = m.sharing;
  return {
    id: 'sharing',
    title: s.title,
    blocks: [
      heading(s.services),
      ...tableOr(data.serviceSharing.rows.length, s.noServices, () => [
        serviceSharingTable(data.serviceSharing, lang),
        chart('service-sharing'),
      ]),
      heading(s.suppliers),
      paragraph(text(m.model), { style: 'note' }),
      ...tableOr(data.supplierSharing.length, s.noSuppliers, () => [
        supplierSharingTable(data.supplierSharing, lang),
        chart('supplier-sharing'),
      ]),
      heading(s.categories),
      ...tableOr(data.categories.rows.length, s.noCategories, () => [categoriesTable(data.categories, lang)]),
    ],
  };
}

function studySection(
  data: ReportData,
  comparison: NonNullable<ReportData['comparison']>,
  { lang, m }: Context,
): ReportSection {
  const s = m.study;
  const study = em(data.study ?? '');
  const notes: Block[] = [
    heading(s.notes, 'html'),
    paragraph(s.notesMarkdown, { only: 'markdown' }),
    list(
      data.notes.map((n) => [text(n)]),
      { style: 'note' },
    ),
  ];
  return {
    id: 'study',
    title: s.title,
    blocks: [
      paragraph(rich(s.html(slot(0)), study), { only: 'html' }),
      paragraph(rich(s.markdown(slot(0)), study), { only: 'markdown' }),
      ...comparison.flatMap((t) => [heading(comparisonWords(lang).title(t)), comparisonTable(t, lang)]),
      ...(data.notes.length > 0 ? notes : []),
    ],
  };
}

function rankingSection(data: ReportData, { lang, m }: Context): ReportSection {
  const r = m.ranking;
  return {
    id: 'ranking',
    title: r.title,
    blocks: [
      paragraph(rich(r.html(slot(0)), em(r.hiddenHtml)), { only: 'html' }),
      paragraph(rich(r.markdown(slot(0)), em(r.hiddenMarkdown)), { only: 'markdown' }),
      ...(data.counts.possible > 0 ? [paragraph(r.bounds)] : []),
      ...tableOr(data.ranking.length, r.none, () => [rankingTable(data.ranking, lang), chart('systemic-ranking')]),
    ],
  };
}

function hiddenSection(data: ReportData, { lang, m }: Context): ReportSection {
  return {
    id: 'hidden',
    title: m.hidden.title,
    blocks: [
      paragraph([text(m.model), m.hidden.amplification], { only: 'html' }),
      ...tableOr(data.amplification.length, m.hidden.none, () => [
        amplificationTable(data.amplification, lang),
        chart('amplification'),
      ]),
    ],
  };
}

function marketsSection(data: ReportData, { lang, m }: Context): ReportSection {
  return {
    id: 'markets',
    title: m.markets.title,
    blocks: [
      paragraph(rich(m.markets.html(slot(0)), sub('k')), { only: 'html' }),
      paragraph(m.markets.markdown, { only: 'markdown' }),
      ...tableOr(data.markets.length, m.markets.none, () => [marketsTable(data.markets, lang)]),
    ],
  };
}

function countryBlocks(data: ReportData, { lang, m, n }: Context): Block[] {
  const g = m.geography;
  const eea = data.metrics.eeaShare;
  const shown = eea === null ? '–' : n.pct(eea);
  return tableOr(data.countries.length, g.noCountries, () => [
    paragraph(rich(g.html(slot(0)), metric('eea-share', eea, shown)), { only: 'html' }),
    paragraph(g.markdown(shown), { only: 'markdown' }),
    countriesTable(data.countries, lang),
    chart('countries'),
  ]);
}

function ownershipBlocks(data: ReportData, { lang, m }: Context): Block[] {
  const g = m.geography;
  const groups = data.parentGroups;
  const html: Block[] =
    groups.length === 0
      ? [paragraph(g.noGroups, { only: 'html' })]
      : [paragraph(g.groupsExplained, { only: 'html' }), parentGroupsTable(groups, m.tables.group, lang, 'html')];
  return [
    heading(g.groups, 'html'),
    ...html,
    ...(groups.length > 0 ? [parentGroupsTable(groups, m.tables.ownershipGroup, lang, 'markdown')] : []),
  ];
}

function geographySection(data: ReportData, context: Context): ReportSection {
  const { lang, m } = context;
  return {
    id: 'geography',
    title: m.geography.title,
    blocks: [
      ...countryBlocks(data, context),
      ...(data.suppliersByCountry.length > 0
        ? [
            heading(m.geography.supplierCountries, 'html'),
            supplierCountriesTable(data.suppliersByCountry, lang, 'html'),
          ]
        : []),
      ...ownershipBlocks(data, context),
    ],
  };
}

function singlePointsSection(data: ReportData, { lang, m, n }: Context): ReportSection {
  const { organisations, singleProviderServices } = data.singlePointsOfFailure;
  return {
    id: 'spof',
    title: m.singlePoints.title,
    blocks: [
      paragraph(
        rich(
          m.singlePoints.sentence(
            slot(0),
            n.int(data.counts.organisationsWithDependencies),
            slot(1),
            n.int(data.counts.services),
          ),
          metric('spof-organisations', organisations.length, n.int(organisations.length)),
          metric('single-provider-services', singleProviderServices.length, n.int(singleProviderServices.length)),
        ),
      ),
      ...(organisations.length > 0 ? [singlePointsTable(organisations, lang)] : []),
    ],
  };
}

function falseRedundancySection(data: ReportData, { lang, m }: Context): ReportSection {
  const rows = data.falseRedundancy;
  return {
    id: 'false-redundancy',
    title: m.falseRedundancy.title,
    blocks: [
      paragraph(m.falseRedundancy.html, { only: 'html' }),
      ...(rows.length === 0
        ? [paragraph(m.falseRedundancy.none, { metric: { metric: 'false-redundancy', value: 0 } })]
        : [
            falseRedundancyTable(rows, { members: ' | ', listExposed: true }, lang, 'html'),
            falseRedundancyTable(rows, { members: ' / ', listExposed: false }, lang, 'markdown'),
          ]),
    ],
  };
}

function centralities(data: ReportData, { m, n }: Context): string {
  const top = (c: ReportData['centrality'][number]) =>
    c.top
      .slice(0, 5)
      .map((t) => `${t.name} ${n.decimal(t.value, 3)}`)
      .join(', ') || '–';
  return data.centrality.map((c) => `${m.definitions.measures[c.id]}: ${top(c)}`).join('; ');
}

function definitionsSection(data: ReportData, context: Context): ReportSection {
  const d = context.m.definitions;
  return {
    id: 'method',
    title: d.title,
    only: 'html',
    blocks: [
      list([
        [strong(d.failure), d.failureText],
        [strong(d.sharing), ': ', text(context.m.model)],
        [strong(d.hidden), d.hiddenText],
        [strong(d.singlePoint), d.singlePointText],
        [strong(d.geography), d.geographyText],
        [strong(d.centralities), ': ', text(centralities(data, context)), '.'],
      ]),
    ],
  };
}

function footer(options: ReportDocumentOptions, { m }: Context): ParagraphBlock[] {
  const made = rich(m.footer.made(slot(0), slot(1)), text(options.version), code(options.input));
  return [
    paragraph([...made, m.footer.html], { only: 'html' }),
    paragraph([...made, m.footer.markdown], { only: 'markdown' }),
  ];
}

/**
 * The document of a report, ready for `reportToHtml` and `reportToMarkdown`, in `options.lang`.
 * In English it shows the data's own findings and charts; in another language it words them afresh
 * from the same data (`keyFindings`, `reportCharts`).
 */
export function buildReportDocument(data: ReportData, options: ReportDocumentOptions): ReportDocument {
  const lang = options.lang ?? 'en';
  const context: Context = { lang, m: REPORT_MESSAGES[lang], n: numbersIn(lang) };
  const { m } = context;
  const english = lang === 'en';
  // A graph without a name has the data's English stand-in, said here in the document's language.
  const title = data.title === REPORT_MESSAGES.en.untitled ? m.untitled : data.title;
  return {
    ...(english ? {} : { lang: LOCALES[lang] }),
    title: m.title(title),
    heading: m.heading(title),
    intro: intro(data, options, context),
    sections: [
      findingsSection(english ? data.findings : keyFindings(data, lang), context),
      sharingSection(data, context),
      ...(data.comparison ? [studySection(data, data.comparison, context)] : []),
      rankingSection(data, context),
      hiddenSection(data, context),
      marketsSection(data, context),
      geographySection(data, context),
      singlePointsSection(data, context),
      falseRedundancySection(data, context),
      definitionsSection(data, context),
    ],
    footer: footer(options, context),
    charts: english ? data.charts : reportCharts(data, lang),
  };
}
