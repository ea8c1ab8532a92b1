/**
 * The metrics renderers, section by section, on the demo dataset's metrics document (the
 * numbers are core's, checked there; here: how each section tells them), and on hand-made parts
 * of a document for the empty cases.
 */
import { fileURLToPath } from 'node:url';

import { createEngine, type KedjaGraph } from '@kedja/core';
import { concentrationBounds } from '@kedja/core/metrics';
import { buildMetricsDocument, type MetricsDocument } from '@kedja/core/reports';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  amplificationRows,
  categorySection,
  centralitySection,
  falseRedundancySection,
  formatRatio,
  geographySection,
  hiddenConcentrationSection,
  marketSection,
  ownershipSection,
  renderMetrics,
  sharingSection,
  singlePointsSection,
  studySection,
  type MetricsContext,
} from './metrics.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

let graph: KedjaGraph;
let document: MetricsDocument;
let context: MetricsContext;
beforeAll(async () => {
  graph = (await loadGraph(DEMO)).graph!;
  document = buildMetricsDocument(graph, { engine: createEngine(graph) });
  context = { graph, document, limit: 10 };
});

/** A section's lines as the text they become. */
const text = (lines: string[]) => lines.join('\n');

describe('formatRatio and amplificationRows', () => {
  it('write the amplification as a factor, "hidden only" when nobody declares the supplier', () => {
    expect(formatRatio(1.5, 3)).toBe('1.5×');
    expect(formatRatio(2.3456, 3)).toBe('2.35×');
    expect(formatRatio(null, 3)).toBe('hidden only');
    expect(formatRatio(null, 0)).toBe('–');
  });

  it('order suppliers by how far effective reach exceeds declared reach', () => {
    expect(amplificationRows(document).map((r) => [r.id, r.gap])).toEqual([
      ['sup-dc', 3],
      ['sup-school', 2],
      ['sup-hosting', 2],
      ['sup-payroll', 1],
      ['sup-office', 0],
      ['sup-journal-a', -2],
      ['sup-journal-b', -2],
    ]);
  });
});

describe('the table sections', () => {
  it('sharing: services per model and suppliers three ways, by n', () => {
    expect(text(sharingSection(context))).toBe(
      [
        'Services shared by n organisations (per model; for SaaS the study counted the same in Tabell 6.2)',
        'n  SaaS',
        '-  ----',
        '1     1',
        '2     2',
        '4     1',
        '',
        'Suppliers shared by n organisations: contracted = holding a contract (Tabell 6.3), declared = contracted',
        'or using a service it provides directly, effective = affected when it fails alone (subcontractors included)',
        'n  contracted  declared  effective',
        '-  ----------  --------  ---------',
        '1           2         1          0',
        '2           0         3          1',
        '3           0         0          3',
        '4           0         1          1',
        '',
      ].join('\n'),
    );
  });

  it('hidden concentration: the amplification table, cut at the limit', () => {
    const lines = hiddenConcentrationSection({ ...context, limit: 2 });
    expect(text(lines)).toBe(
      [
        'Where concentration hides: suppliers whose failure reaches furthest beyond those who declare them',
        'supplier             id          contracted  declared  effective  amplification',
        '-------------------  ----------  ----------  --------  ---------  -------------',
        'Nordisk Datahall AB  sup-dc               0         0          3    hidden only',
        'Skolwebb AB          sup-school           0         1          3             3×',
        '… and 5 more (--limit N or --json for all)',
        '',
      ].join('\n'),
    );
  });

  it('markets: HHI, concentration ratios, Gini and the leader by name', () => {
    const lines = text(marketSection(context)).split('\n');
    expect(lines[0]).toBe(
      'Market concentration by model and by category (shares of organisations served; HHI 0–10,000, above 1,800 highly concentrated)',
    );
    expect(lines).toContain(
      'SaaS (model)                            5              4   2,397   36 %   73 %  100 %  0.22  Kontorsmoln Ltd',
    );
    expect(lines).toContain(
      'health care                             2              2   5,000   50 %  100 %  100 %  0.00  Journalsystem Nord AB',
    );
  });

  it('categories: distinct services per category and organisation type', () => {
    expect(categorySection(context)[1]).toBe(
      [
        'category                        agency  municipality  region',
        '------------------------------  ------  ------------  ------',
        'collaboration and productivity       1             1       1',
        'health care                          0             1       1',
        'human resources                      1             1       0',
        'learning platform                    0             1       0',
        '',
      ].join('\n'),
    );
  });
});

describe('the other sections', () => {
  it('geography: countries by name, the EU/EEA share, suppliers by country, then a blank line', () => {
    expect(geographySection(context)).toEqual([
      'Where data is processed (shares of service–country pairs, Fig 6.10): Sweden 80.0 %, Ireland 20.0 %.',
      'Inside the EU/EEA (Fig 6.9): 100.0 %.',
      'Suppliers by country of the legal entity: SE 6, IE 1.',
      '',
    ]);
  });

  it('ownership: groups by effective reach', () => {
    expect(text(ownershipSection(context)).split('\n').slice(1, 5)).toEqual([
      'group           suppliers  declared  effective',
      '--------------  ---------  --------  ---------',
      'Megasoft Group          1         4          4',
      'Edu Holding             2         3          3',
    ]);
  });

  it('single points of failure: the count sentence and the organisations, most suppliers first', () => {
    const lines = text(singlePointsSection({ ...context, limit: 1 })).split('\n');
    expect(lines[0]).toBe(
      'Single points of failure: 4 of 4 organisations with dependencies are affected by at least one supplier failing alone; ' +
        '3 of 4 services have a single provider and no alternative.',
    );
    expect(lines[3]!.startsWith('Ådalens kommun  adalen          5  Nordisk Datahall AB, Hallen Hosting AB, ')).toBe(
      true,
    );
    expect(lines[4]).toBe('… and 3 more (--limit N or --json for all)');
  });

  it('false redundancy: the finding and what defeats it', () => {
    expect(text(falseRedundancySection(context)).split('\n')).toEqual([
      'False redundancy: 1 finding (alternatives that one supplier, owner or country defeats).',
      'alternatives of           members                                     all fall with      exposed',
      '------------------------  ------------------------------------------  -----------------  -------',
      'Omsorgsjournal [journal]  Journalsystem Nord AB | Omsorgsdata Syd AB  Hallen Hosting AB        2',
      '',
    ]);
  });

  it('centrality: the top five by name, rounded', () => {
    expect(centralitySection(context)).toEqual([
      'Centrality (top 5)',
      '  direct dependents: Kontorspaket Moln 4, Lönesystem AB 3, Hallen Hosting AB 2, Kontorsmoln Ltd 2, Skolwebb AB 2',
      '  betweenness in the subcontracting network: Lönesystem AB 1',
      '  PageRank on the dependency graph: Lönesystem AB 0.19, Skolwebb AB 0.14, Hallen Hosting AB 0.11, Nordisk Datahall AB 0.11, Kontorsmoln Ltd 0.09',
    ]);
  });

  it('empty sections print nothing, or their sentence and a blank line', () => {
    const empty: MetricsDocument = {
      ...document,
      amplification: {},
      concentration: { ...document.concentration, byModel: {}, byCategory: {} },
      categories: {},
      countries: {},
      suppliersByCountry: {},
      parentGroups: {},
      singlePointsOfFailure: { ...document.singlePointsOfFailure, organisations: {} },
      falseRedundancy: [],
      centrality: { ...document.centrality, dependents: {}, subcontractingBetweenness: {}, pagerank: {} },
    };
    const c = { ...context, document: empty };
    expect(hiddenConcentrationSection(c)).toEqual([]);
    expect(marketSection(c)).toEqual([]);
    expect(categorySection(c)).toEqual([]);
    expect(geographySection(c)).toEqual(['']);
    expect(ownershipSection(c)).toEqual([]);
    expect(singlePointsSection(c)[1]).toBe('');
    expect(falseRedundancySection(c)).toEqual([
      'False redundancy: 0 findings (alternatives that one supplier, owner or country defeats).',
      '',
    ]);
    expect(centralitySection(c).slice(1)).toEqual([
      '  direct dependents: –',
      '  betweenness in the subcontracting network: –',
      '  PageRank on the dependency graph: –',
    ]);
  });

  it('study: the published figures beside Kedja’s, and the study’s notes', () => {
    const study = {
      study: 'Toy study (2018)',
      published: { countries: { SE: 0.8, IE: 0.2 }, eeaShare: 0.9, notes: ['Figures invented for the test.'] },
    };
    const lines = text(studySection(context, study)).split('\n');
    expect(lines.slice(0, 3)).toEqual(['', 'Beside the study: Toy study (2018) (figures from study.json)', '']);
    expect(lines).toContain('Where data is processed (Fig 6.10; EU/EEA, Fig 6.9)');
    expect(lines.find((line) => line.startsWith('EU/EEA'))).toMatch(/^EU\/EEA\s+90\.0 %\s+100\.0 %\s+NO$/);
    expect(lines.at(-1)).toBe('Note: Figures invented for the test.');
  });
});

describe('renderMetrics', () => {
  it('heads the sections with the input and its size, in order, and ends with one newline', () => {
    const out = renderMetrics(graph, document, { input: 'datasets/demo', limit: 10 });
    expect(
      out.startsWith('Concentration metrics for datasets/demo: 4 organisations, 4 services, 7 suppliers.\n\n'),
    ).toBe(true);
    const order = [
      'Services shared by n organisations',
      'Where concentration hides',
      'Market concentration',
      'Distinct services used per category',
      'Where data is processed',
      'Ownership groups',
      'Single points of failure',
      'False redundancy',
      'Centrality (top 5)',
    ].map((heading) => out.indexOf(heading));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(out.endsWith('Kontorsmoln Ltd 0.09\n')).toBe(true);
    expect(out).not.toContain('Beside the study');
  });
});

describe('the metrics in Swedish', () => {
  const plain = (text: string) => text.replaceAll('\u00a0', ' ');

  it('heads the sections and the tables in Swedish, with Swedish numbers and country names', () => {
    const lines = plain(renderMetrics(graph, document, { input: 'datasets/demo', limit: 10, lang: 'sv' })).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Koncentrationsmått för datasets/demo: 4 organisationer, 4 tjänster, 7 leverantörer.',
        'leverantör             id             avtalade  angivna  faktiska  förstärkning',
        'Nordisk Datahall AB    sup-dc                0        0         3    bara dolda',
        'kategori                        myndighet  kommun  region',
        'Var data behandlas (andelar av par av tjänst och land, Fig 6.10): Sverige 80,0 %, Irland 20,0 %.',
        'Inom EU/EES (Fig 6.9): 100,0 %.',
        'Falsk redundans: 1 fynd (alternativ som en enda leverantör, ägare eller ett enda land slår ut).',
        'Centralitet (topp 5)',
      ]),
    );
    expect(lines.find((line) => line.startsWith('SaaS (modell)'))).toMatch(/ 2 397 +36 % .* 0,22 +Kontorsmoln Ltd$/);
  });

  it('puts the study beside Kedja in Swedish column words', () => {
    const study = { study: 'Toy study (2018)', published: { eeaShare: 0.9, notes: ['Invented.'] } };
    const lines = text(studySection({ ...context, lang: 'sv' }, study)).split('\n');
    expect(lines[1]).toBe('Bredvid studien: Toy study (2018) (siffror från study.json)');
    expect(lines.find((line) => line.startsWith('EU/EEA'))).toMatch(/^EU\/EEA\s+90,0 %\s+100,0 %\s+NEJ$/);
    expect(lines.at(-1)).toBe('Anm.: Invented.');
  });
});

describe('with possible dependencies (issue 13)', () => {
  it('shows effective as a range and a hidden column under a line that says what a–b means', async () => {
    const uncertain = (await loadGraph(DEMO)).graph!;
    uncertain.setEdgeAttribute('subcontracts:sup-payroll->sup-dc#data centre', 'certainty', 'possible');
    const engine = createEngine(uncertain);
    const bounds = concentrationBounds(uncertain, { engine });
    const document = buildMetricsDocument(uncertain, { engine });
    const dc = bounds.suppliers['sup-dc']!;
    expect(dc.effective.lower).toBeLessThan(dc.effective.upper);
    const lines = text(hiddenConcentrationSection({ graph: uncertain, document, limit: 20, bounds }));
    expect(lines).toContain('With 1 possible dependency: effective and hidden as a–b');
    const range = (b: { lower: number; upper: number }) =>
      b.lower === b.upper ? `${b.lower}` : `${b.lower}–${b.upper}`;
    expect(lines).toMatch(new RegExp(`sup-dc +\\d+ +\\d+ +${range(dc.effective)} +${range(dc.hidden)} `));
    expect(text(hiddenConcentrationSection({ graph: uncertain, document, limit: 20, bounds, lang: 'sv' }))).toContain(
      'Med 1 möjligt beroende: faktiska och dolda som a–b',
    );
    // Without bounds the table is as it was: no hidden column.
    expect(text(hiddenConcentrationSection({ graph: uncertain, document, limit: 20 }))).not.toMatch(
      /effective +hidden/,
    );
  });
});
