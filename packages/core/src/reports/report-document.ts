/**
 * The report document of a report's data: key findings first, then how widely services and
 * suppliers are shared (beside a study's figures when given), the systemic ranking, hidden
 * concentration, market concentration, geography and ownership, single points of failure, false
 * redundancy and the definitions, each section a function from the data to blocks. Everything a
 * page says is decided here, once; the serialisers only write it. Where the HTML page and the
 * Markdown file word a thing differently (the page explains more; Markdown has no charts), both
 * wordings are blocks marked `only`. Pure; O(size of the report).
 */
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
  type ReportSection,
} from './document.js';
import { decimal, int, MODEL_EXPLANATION, pct } from './format.js';
import {
  amplificationTable,
  categoriesTable,
  comparisonTable,
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
}

/** A table, or a sentence when it would be empty. */
const tableOr = (rows: number, empty: string, blocks: () => Block[]): Block[] =>
  rows === 0 ? [paragraph(empty)] : blocks();

function intro(data: ReportData, { input }: ReportDocumentOptions): ParagraphBlock[] {
  const { organisations, services, suppliers, edges } = data.counts;
  const lede: Inline[] = [
    'A Kedja report on ',
    code(input),
    `: ${int(organisations)} organisations, ${int(services)} services, ${int(suppliers)} suppliers and ${int(edges)} dependencies.`,
    ...(data.study ? [' Published figures of ', em(data.study), " are shown beside Kedja's."] : []),
  ];
  return [
    paragraph(lede, { style: 'lede', only: 'html' }),
    paragraph([...lede, ' The HTML form of this report (', code('--format html'), ') has the charts.'], {
      only: 'markdown',
    }),
  ];
}

function findingsSection(data: ReportData): ReportSection {
  return {
    id: 'findings',
    title: 'Key findings',
    blocks: [
      list(
        data.findings.map((f) => [text(f)]),
        { ordered: true, style: 'findings' },
      ),
    ],
  };
}

function sharingSection(data: ReportData): ReportSection {
  return {
    id: 'sharing',
    title: 'How widely services and suppliers are shared',
    blocks: [
      heading('Services shared by n organisations'),
      ...tableOr(data.serviceSharing.rows.length, 'No organisation uses any service in the data.', () => [
        serviceSharingTable(data.serviceSharing),
        chart('service-sharing'),
      ]),
      heading('Suppliers shared by n organisations'),
      paragraph(text(MODEL_EXPLANATION), { style: 'note' }),
      ...tableOr(data.supplierSharing.length, 'No organisation depends on any supplier in the data.', () => [
        supplierSharingTable(data.supplierSharing),
        chart('supplier-sharing'),
      ]),
      heading('Distinct services used per category and organisation type'),
      ...tableOr(data.categories.rows.length, 'No service in the data has a category.', () => [
        categoriesTable(data.categories),
      ]),
    ],
  };
}

function studySection(data: ReportData, comparison: NonNullable<ReportData['comparison']>): ReportSection {
  const study = em(data.study ?? '');
  const notes: Block[] = [
    heading('Notes on the study', 'html'),
    paragraph('Notes on the study:', { only: 'markdown' }),
    list(
      data.notes.map((n) => [text(n)]),
      { style: 'note' },
    ),
  ];
  return {
    id: 'study',
    title: 'Beside the study',
    blocks: [
      paragraph(
        [
          'Published figures of ',
          study,
          ' beside what Kedja computes from this graph. Counts agree when they are equal, shares when they are within one percentage point.',
        ],
        { only: 'html' },
      ),
      paragraph(
        [
          'Published figures of ',
          study,
          " beside Kedja's; counts agree when equal, shares within one percentage point.",
        ],
        { only: 'markdown' },
      ),
      ...comparison.flatMap((t) => [heading(t.title), comparisonTable(t)]),
      ...(data.notes.length > 0 ? notes : []),
    ],
  };
}

function rankingSection(data: ReportData): ReportSection {
  return {
    id: 'ranking',
    title: 'Systemic ranking',
    blocks: [
      paragraph(
        [
          'Every supplier failing alone, ranked by the organisations affected. ',
          em('Hidden'),
          ' organisations never named the supplier nor use a service it provides directly: they are reached through subcontractors.',
        ],
        { only: 'html' },
      ),
      paragraph(
        [
          'Every supplier failing alone; ',
          em('hidden'),
          ' organisations never named it nor use a service it provides directly.',
        ],
        { only: 'markdown' },
      ),
      ...tableOr(data.ranking.length, 'No supplier failing alone affects any organisation.', () => [
        rankingTable(data.ranking),
        chart('systemic-ranking'),
      ]),
    ],
  };
}

function hiddenSection(data: ReportData): ReportSection {
  return {
    id: 'hidden',
    title: 'Where concentration hides',
    blocks: [
      paragraph([text(MODEL_EXPLANATION), ' Amplification is effective divided by declared.'], { only: 'html' }),
      ...tableOr(data.amplification.length, 'No supplier has any dependants in the data.', () => [
        amplificationTable(data.amplification),
        chart('amplification'),
      ]),
    ],
  };
}

function marketsSection(data: ReportData): ReportSection {
  return {
    id: 'markets',
    title: 'Market concentration',
    blocks: [
      paragraph(
        [
          "Per service model and per category, each supplier's share of the organisations served (a service with several providers counts for each). HHI on the 0–10,000 scale: above 1,800 is highly concentrated, 1,000–1,800 moderately (US merger guidelines, 2023). CR",
          sub('k'),
          ' is the share of the k largest suppliers.',
        ],
        { only: 'html' },
      ),
      paragraph('Shares of organisations served; HHI on the 0–10,000 scale (above 1,800 highly concentrated).', {
        only: 'markdown',
      }),
      ...tableOr(data.markets.length, 'No service is used in the data.', () => [marketsTable(data.markets)]),
    ],
  };
}

function countryBlocks(data: ReportData): Block[] {
  const eea = data.metrics.eeaShare;
  const shown = eea === null ? '–' : pct(eea);
  return tableOr(data.countries.length, 'No service in the data names a processing country.', () => [
    paragraph(
      [
        'Shares of service–country pairs: a service processing data in two countries counts in both. Inside the EU/EEA: ',
        metric('eea-share', eea, shown),
        '.',
      ],
      { only: 'html' },
    ),
    paragraph(`Inside the EU/EEA: ${shown} of service–country pairs.`, { only: 'markdown' }),
    countriesTable(data.countries),
    chart('countries'),
  ]);
}

function ownershipBlocks(data: ReportData): Block[] {
  const groups = data.parentGroups;
  const html: Block[] =
    groups.length === 0
      ? [paragraph('No supplier in the data names a parent group.', { only: 'html' })]
      : [
          paragraph(
            "Declared: organisations that contract any of the group's suppliers or use a service they provide. Effective: organisations affected when every supplier of the group fails.",
            { only: 'html' },
          ),
          parentGroupsTable(groups, 'group', 'html'),
        ];
  return [
    heading('Ownership groups', 'html'),
    ...html,
    ...(groups.length > 0 ? [parentGroupsTable(groups, 'ownership group', 'markdown')] : []),
  ];
}

function geographySection(data: ReportData): ReportSection {
  return {
    id: 'geography',
    title: 'Geography and ownership',
    blocks: [
      ...countryBlocks(data),
      ...(data.suppliersByCountry.length > 0
        ? [
            heading('Suppliers by country of the legal entity', 'html'),
            supplierCountriesTable(data.suppliersByCountry, 'html'),
          ]
        : []),
      ...ownershipBlocks(data),
    ],
  };
}

function singlePointsSection(data: ReportData): ReportSection {
  const { organisations, singleProviderServices } = data.singlePointsOfFailure;
  return {
    id: 'spof',
    title: 'Single points of failure',
    blocks: [
      paragraph([
        metric('spof-organisations', organisations.length, int(organisations.length)),
        ` of ${int(data.counts.organisationsWithDependencies)} organisations with dependencies can be taken down by one supplier alone; `,
        metric('single-provider-services', singleProviderServices.length, int(singleProviderServices.length)),
        ` of ${int(data.counts.services)} services have a single provider and no alternative.`,
      ]),
      ...(organisations.length > 0 ? [singlePointsTable(organisations)] : []),
    ],
  };
}

function falseRedundancySection(data: ReportData): ReportSection {
  const rows = data.falseRedundancy;
  return {
    id: 'false-redundancy',
    title: 'False redundancy',
    blocks: [
      paragraph(
        'Alternatives that one failure defeats: every member falls with one supplier (a shared subcontractor, or a member the others depend on), with one ownership group, or with one country. An owner or a country is listed only when no single supplier already defeats the group.',
        { only: 'html' },
      ),
      ...(rows.length === 0
        ? [paragraph('No false redundancy found.', { metric: { metric: 'false-redundancy', value: 0 } })]
        : [
            falseRedundancyTable(rows, { members: ' | ', listExposed: true }, 'html'),
            falseRedundancyTable(rows, { members: ' / ', listExposed: false }, 'markdown'),
          ]),
    ],
  };
}

function centralities(data: ReportData): string {
  const top = (c: ReportData['centrality'][number]) =>
    c.top
      .slice(0, 5)
      .map((t) => `${t.name} ${decimal(t.value, 3)}`)
      .join(', ') || '–';
  return data.centrality.map((c) => `${c.measure}: ${top(c)}`).join('; ');
}

function definitionsSection(data: ReportData): ReportSection {
  return {
    id: 'method',
    title: 'Definitions',
    only: 'html',
    blocks: [
      list([
        [
          strong('Failure'),
          ': a service or supplier fails when a required dependency fails or every member of one of its alternatives groups fails; an organisation is affected by the same rule over its uses and contracts. A dependency is required unless declared as an alternative.',
        ],
        [strong('Sharing'), ': ', text(MODEL_EXPLANATION)],
        [
          strong('Hidden'),
          ': an affected organisation that never named the failed supplier and does not use a service it provides directly.',
        ],
        [strong('Single point of failure'), ': a supplier whose failure alone affects the organisation.'],
        [strong('Geography'), ": shares of service–country pairs; EU/EEA is today's (the UK is outside)."],
        [strong('Centralities'), ': ', text(centralities(data)), '.'],
      ]),
    ],
  };
}

function footer(options: ReportDocumentOptions): ParagraphBlock[] {
  const made: Inline[] = ['Generated by Kedja ', text(options.version), ' from ', code(options.input)];
  return [
    paragraph([...made, '. Charts drawn with Vega-Lite. This page loads nothing from the network.'], { only: 'html' }),
    paragraph([...made, '.'], { only: 'markdown' }),
  ];
}

/** The document of a report, ready for `reportToHtml` and `reportToMarkdown`. */
export function buildReportDocument(data: ReportData, options: ReportDocumentOptions): ReportDocument {
  return {
    title: `Kedja report: ${data.title}`,
    heading: `Dependence and concentration: ${data.title}`,
    intro: intro(data, options),
    sections: [
      findingsSection(data),
      sharingSection(data),
      ...(data.comparison ? [studySection(data, data.comparison)] : []),
      rankingSection(data),
      hiddenSection(data),
      marketsSection(data),
      geographySection(data),
      singlePointsSection(data),
      falseRedundancySection(data),
      definitionsSection(data),
    ],
    footer: footer(options),
    charts: data.charts,
  };
}
