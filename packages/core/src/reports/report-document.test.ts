/**
 * The report document of a small graph, by hand:
 *
 *   o1 "Ådalen kommun" (municipality, 1,000 residents) ─uses→ s1 ─→ A "Alfa AB" (SE);  o1 ─contracts→ A
 *   o2 "Verket <AB>"  (agency)                         ─uses→ s1, s2 ─→ B "Beta Ltd" (IE, group "Grupp")
 *   B ─subcontracts→ H "Hallen" (SE)
 *
 * A alone takes down o1 and o2, both of which named it; B takes down o2; H takes down o2, which
 * never named it (hidden). No alternatives, so no false redundancy.
 */
import { describe, expect, it } from 'vitest';

import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  type KedjaGraph,
} from '../model/index.js';
import { catalogueKeys, messageAt, type MessageTree } from '../i18n/index.js';
import type { Block, Inline, ReportDocument, ReportSection, TableBlock } from './document.js';
import { reportCharts } from './charts.js';
import { keyFindings } from './findings.js';
import { buildReport } from './report-data.js';
import { buildReportDocument } from './report-document.js';
import { REPORT_MESSAGES } from './report-messages.js';
import type { StudyReference } from './study-reference.js';
import { reportToHtml } from './write-html.js';
import { reportToMarkdown } from './write-markdown.js';

function smallGraph(): KedjaGraph {
  const graph = createKedjaGraph({ name: 'small' });
  addOrganisation(graph, 'o1', { name: 'Ådalen kommun', orgType: 'municipality', population: 1000 });
  addOrganisation(graph, 'o2', { name: 'Verket <AB>', orgType: 'agency' });
  addService(graph, 's1', { name: 'Journal', model: 'SaaS', category: 'journal', countries: ['SE'] });
  addService(graph, 's2', { name: 'E-post', model: 'SaaS', category: 'mail', countries: ['IE'] });
  addSupplier(graph, 'A', { name: 'Alfa AB', country: 'SE' });
  addSupplier(graph, 'B', { name: 'Beta Ltd', country: 'IE', parent: 'Grupp' });
  addSupplier(graph, 'H', { name: 'Hallen', country: 'SE' });
  addUses(graph, 'o1', 's1');
  addUses(graph, 'o2', 's1');
  addUses(graph, 'o2', 's2');
  addProvidedBy(graph, 's1', 'A');
  addProvidedBy(graph, 's2', 'B');
  addSubcontracts(graph, 'B', 'H');
  addContracts(graph, 'o1', 'A');
  return graph;
}

const META = { input: 'datasets/small', version: '9.9.9' };
const documentOf = (graph: KedjaGraph, study?: StudyReference) =>
  buildReportDocument(buildReport(graph, study ? { study } : {}), META);

const section = (doc: ReportDocument, id: string): ReportSection => doc.sections.find((s) => s.id === id)!;
const tables = (doc: ReportDocument): TableBlock[] =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table');
const tableOf = (doc: ReportDocument, id: string, only?: 'html' | 'markdown') =>
  tables(doc).find((t) => t.id === id && (only === undefined || t.only === undefined || t.only === only))!;
/** A row of a table as { column label: cell text }, and the raw values of its cells by field. */
const rowOf = (table: TableBlock, key: string, value: string) => {
  const row = table.rows.find((r) => r.data[key] === value)!;
  return {
    text: Object.fromEntries(row.cells.map((c, i) => [table.columns[i]!.label, c.text])),
    values: Object.fromEntries(row.cells.filter((c) => c.data?.field).map((c) => [c.data!.field, c.value])),
  };
};
const plain = (content: Inline[]) => content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
const blocksOf = (s: ReportSection, format: 'html' | 'markdown'): Block[] =>
  s.blocks.filter((b) => b.only === undefined || b.only === format);

describe('buildReportDocument', () => {
  const doc = documentOf(smallGraph());

  it('has the sections in reading order, the definitions in the HTML page only', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'findings',
      'sharing',
      'ranking',
      'hidden',
      'markets',
      'geography',
      'spof',
      'false-redundancy',
      'method',
    ]);
    expect(doc.sections.filter((s) => s.only === 'html').map((s) => s.id)).toEqual(['method']);
    expect(doc.heading).toBe('Dependence and concentration: small');
    expect(doc.title).toBe('Kedja report: small');
  });

  it('ranks the suppliers with their raw values and the hidden share', () => {
    const ranking = tableOf(doc, 'ranking');
    expect(ranking.rows.map((r) => r.data.supplier)).toEqual(['A', 'B', 'H']);
    expect(rowOf(ranking, 'supplier', 'A')).toEqual({
      text: {
        '#': '1',
        supplier: 'Alfa AB',
        organisations: '2',
        critical: '2',
        'named it': '2',
        hidden: '0',
        residents: '1,000',
        population: '1,000',
      },
      // Ådalen has no county: its residents are its own population.
      values: { organisations: 2, critical: 2, direct: 2, hidden: 0, residents: 1000, population: 1000 },
    });
    expect(rowOf(ranking, 'supplier', 'H').values).toMatchObject({ organisations: 1, direct: 0, hidden: 1 });
  });

  it('finds how many organisations cannot discover hidden dependencies (survey question 26), only when answered', () => {
    expect(buildReport(smallGraph()).counts.routine).toEqual({ answered: 0, without: 0 });
    expect(buildReport(smallGraph()).findings.join(' ')).not.toContain('question 26');
    const graph = smallGraph();
    graph.mergeNodeAttributes('o1', { subcontractorRoutine: false });
    graph.mergeNodeAttributes('o2', { subcontractorRoutine: true });
    const data = buildReport(graph);
    expect(data.counts.routine).toEqual({ answered: 2, without: 1 });
    expect(data.findings).toContain(REPORT_MESSAGES.en.findings.noRoutine('1', '2', '50.0 %'));
  });

  it('puts the supplier only reached through a subcontractor first in hidden concentration', () => {
    const amplification = tableOf(doc, 'amplification');
    expect(amplification.rows.map((r) => r.data.supplier)).toEqual(['H', 'A', 'B']);
    expect(rowOf(amplification, 'supplier', 'H')).toMatchObject({
      text: { amplification: 'hidden only' },
      values: { contracted: 0, declared: 0, effective: 1, ratio: null },
    });
  });

  it('keeps names from data as they are: escaping is the serialisers’ work', () => {
    const spof = tableOf(doc, 'single-points-of-failure');
    expect(rowOf(spof, 'organisation', 'o2').text).toEqual({
      organisation: 'Verket <AB>',
      type: 'agency',
      suppliers: '3',
      which: 'Alfa AB, Beta Ltd, Hallen',
    });
    const [paragraph] = blocksOf(section(doc, 'spof'), 'html');
    expect(paragraph).toMatchObject({
      kind: 'paragraph',
      content: [
        { kind: 'metric', metric: 'spof-organisations', value: 2, text: '2' },
        ' of 2 organisations with dependencies can be taken down by one supplier alone; ',
        { kind: 'metric', metric: 'single-provider-services', value: 2, text: '2' },
        ' of 2 services have a single provider and no alternative.',
      ],
    });
  });

  it('refers to each chart it has data for, once, where its table is', () => {
    const charts = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.id)).toEqual(doc.charts.map((c) => c.id));
    expect(doc.charts.map((c) => c.id)).toEqual([
      'service-sharing',
      'supplier-sharing',
      'systemic-ranking',
      'amplification',
      'countries',
    ]);
    const ranking = section(doc, 'ranking').blocks.map((b) => b.kind);
    expect(ranking.slice(-2)).toEqual(['table', 'chart']);
  });

  it('words the ownership groups and the false redundancy for each format', () => {
    const groups = (format: 'html' | 'markdown') => tableOf(doc, 'parent-groups', format).columns[0]!.label;
    expect([groups('html'), groups('markdown')]).toEqual(['group', 'ownership group']);
    const falseRedundancy = section(doc, 'false-redundancy');
    expect(blocksOf(falseRedundancy, 'markdown')).toEqual([
      {
        kind: 'paragraph',
        content: ['No false redundancy found.'],
        metric: { metric: 'false-redundancy', value: 0 },
      },
    ]);
    expect(blocksOf(falseRedundancy, 'html')).toHaveLength(2);
  });

  it('names the input and the version, and is plain data', () => {
    expect(doc.intro.map((p) => p.content[1])).toEqual([
      { kind: 'code', text: 'datasets/small' },
      { kind: 'code', text: 'datasets/small' },
    ]);
    expect(doc.footer.every((p) => p.content.some((part) => typeof part !== 'string' && part.text === '9.9.9'))).toBe(
      true,
    );
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('buildReportDocument, beside a study and of an empty graph', () => {
  it('sets a study beside the figures, after the sharing tables, with its notes', () => {
    const study: StudyReference = {
      study: 'Studien',
      published: { countries: { SE: 0.5, IE: 0.4 }, notes: ['Ireland counted twice.'] },
    };
    const withStudy = documentOf(smallGraph(), study);
    expect(withStudy.sections.map((s) => s.id).slice(0, 3)).toEqual(['findings', 'sharing', 'study']);
    const countries = tableOf(withStudy, 'study-countries');
    expect(countries.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['SE', '50.0 %', '50.0 %', 'yes'],
      ['IE', '40.0 %', '50.0 %', 'no'],
    ]);
    expect(countries.rows[1]!.cells[3]).toMatchObject({ value: false, warning: true });
    const notes = section(withStudy, 'study').blocks.filter((b) => b.kind === 'list');
    expect(notes).toEqual([
      { kind: 'list', ordered: false, style: 'note', items: [[{ kind: 'text', text: 'Ireland counted twice.' }]] },
    ]);
    expect(tableOf(withStudy, 'countries').columns.map((c) => c.label)).toEqual(['country', 'share', 'study']);
  });

  it('says in sentences what an empty graph lacks: no tables, no charts', () => {
    const empty = documentOf(createKedjaGraph());
    expect(empty.heading).toBe('Dependence and concentration: Kedja graph');
    expect(tables(empty)).toEqual([]);
    expect(empty.charts).toEqual([]);
    expect(empty.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'chart')).toBe(false);
    const sentences = blocksOf(section(empty, 'sharing'), 'markdown')
      .filter((b) => b.kind === 'paragraph')
      .map((b) => plain(b.content));
    expect(sentences).toContain('No organisation uses any service in the data.');
    expect(sentences).toContain('No service in the data has a category.');
  });
});

/**
 * The small graph and an alternatives group that is no real redundancy: o3 "Norrby kommun" can use
 * s3 from C or from D, both owned by "Koncernen" and both in Ireland, so the group falls with the
 * owner; o3's type is not given.
 */
function swedishGraph(): KedjaGraph {
  const graph = smallGraph();
  addOrganisation(graph, 'o3', { name: 'Norrby kommun' });
  addService(graph, 's3', { name: 'Lön', model: 'other', category: 'hr', countries: ['IE'] });
  addSupplier(graph, 'C', { name: 'Cirrus Ltd', country: 'IE', parent: 'Koncernen' });
  addSupplier(graph, 'D', { name: 'Delta Ltd', country: 'IE', parent: 'Koncernen' });
  addUses(graph, 'o3', 's3');
  addProvidedBy(graph, 's3', 'C', { alternatives: 'lön' });
  addProvidedBy(graph, 's3', 'D', { alternatives: 'lön' });
  return graph;
}

/** What a person reads of a document: its words, its tables' labels and cells, its charts' words. */
function readable(doc: ReportDocument): string[] {
  const inline = (content: Inline[]) => plain(content);
  const blocks = (list: Block[]): string[] =>
    list.flatMap((b) => {
      switch (b.kind) {
        case 'heading':
          return [b.text];
        case 'paragraph':
          return [inline(b.content)];
        case 'list':
          return b.items.map(inline);
        case 'table':
          return [...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => r.cells.map((c) => c.text))];
        case 'figure':
          return [b.title, b.description];
        case 'chart':
          return [];
      }
    });
  /** The strings a chart draws: its titles, axis and legend titles, and the values of its nominal fields. */
  const chartWords = (spec: Record<string, unknown>): string[] => {
    const encoding = (spec.encoding ?? {}) as Record<string, { field?: string; type?: string; title?: unknown }>;
    const values = ((spec.data as { values?: Record<string, unknown>[] }).values ?? []).flatMap((row) =>
      Object.values(encoding)
        .filter((e) => e.type === 'nominal' || e.type === 'ordinal')
        .map((e) => String(row[e.field!])),
    );
    const titles = Object.values(encoding).flatMap((e) => (typeof e.title === 'string' ? [e.title] : []));
    return [String(spec.title), ...titles, ...values];
  };
  return [
    doc.title,
    doc.heading,
    ...doc.intro.map((p) => inline(p.content)),
    ...doc.sections.flatMap((s) => [s.title, ...blocks(s.blocks)]),
    ...doc.footer.map((p) => inline(p.content)),
    ...doc.charts.flatMap((c) => [c.title, c.description, ...chartWords(c.spec)]),
  ];
}

/** A catalogue message as text, its values in slots «0», «1» ... (numbers for the counts). */
function sample(message: unknown): string {
  if (typeof message === 'string') return message;
  const fn = message as (...values: unknown[]) => string;
  return fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? `«${i}»` : 2)));
}

/**
 * The English catalogue's wording that Swedish says otherwise: each message's text between its
 * values, where it has a word of four letters or more and the Swedish message differs.
 */
function englishPhrases(): string[] {
  const en = REPORT_MESSAGES.en as unknown as MessageTree;
  const sv = REPORT_MESSAGES.sv as unknown as MessageTree;
  const phrases = catalogueKeys(en)
    .filter((key) => sample(messageAt(en, key)) !== sample(messageAt(sv, key)))
    .flatMap((key) => sample(messageAt(en, key)).split(/«\d+»|\b2\b/))
    .map((part) => part.replace(/^[\s.,:;()]+|[\s.,:;()]+$/g, ''))
    .filter((part) => /\p{L}{4,}/u.test(part));
  return [...new Set(phrases)];
}

const phrases = englishPhrases();
const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The English phrases a text holds, as whole words. */
const left = (haystack: string) =>
  phrases.filter((phrase) => new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'u').test(haystack));

describe('buildReportDocument in Swedish', () => {
  const data = buildReport(swedishGraph());
  const english = buildReportDocument(data, META);
  const swedish = buildReportDocument(data, { ...META, lang: 'sv' });
  const text = readable(swedish).join('\n');
  const page = reportToHtml(swedish, new Map());
  const markdown = reportToMarkdown(swedish);

  it('has the same sections, tables, rows and raw values as the English one, and <html lang="sv-SE">', () => {
    expect(swedish.lang).toBe('sv-SE');
    expect(english.lang).toBeUndefined();
    expect(page).toContain('<html lang="sv-SE">');
    expect(swedish.sections.map((s) => s.id)).toEqual(english.sections.map((s) => s.id));
    expect(swedish.charts.map((c) => c.id)).toEqual(english.charts.map((c) => c.id));
    const raw = (doc: ReportDocument) =>
      tables(doc).map((t) => ({
        id: t.id,
        rows: t.rows.map((r) => ({ data: r.data, cells: r.cells.map((c) => [c.value, c.data, c.numeric]) })),
      }));
    expect(raw(swedish)).toEqual(raw(english));
    expect(swedish.heading).toBe('Beroenden och koncentration: small');
    expect(section(swedish, 'spof').title).toBe('Enskilda felpunkter');
    expect(section(swedish, 'false-redundancy').title).toBe('Falsk redundans');
  });

  it('leaves no English sentence or label of the catalogue in what a person reads', () => {
    expect(phrases.length).toBeGreaterThan(100);
    // The check finds them where they are: in the English document of the same data.
    expect(left(readable(english).join('\n')).length).toBeGreaterThan(60);
    expect(left(text)).toEqual([]);
    // The page and the Markdown file as written, tags and attributes left out.
    const pageText = page
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#39;/g, "'");
    expect(left(pageText)).toEqual([]);
    expect(left(markdown)).toEqual([]);
  });

  it('writes numbers the Swedish way: no-break-space grouping, decimal comma', () => {
    const ranking = tableOf(swedish, 'ranking');
    expect(rowOf(ranking, 'supplier', 'A').text).toMatchObject({ leverantör: 'Alfa AB', befolkning: '1\u00a0000' });
    const countries = tableOf(swedish, 'countries');
    expect(rowOf(countries, 'country', 'IE').text).toEqual({ land: 'Irland (IE)', andel: '66,7 %' });
    const markets = tableOf(swedish, 'markets');
    expect(rowOf(markets, 'market', 'SaaS').text).toMatchObject({
      marknad: 'SaaS (tjänstemodell)',
      HHI: '5\u00a0556',
      CR1: '67 %',
      Gini: '0,17',
    });
    expect(rowOf(markets, 'market', 'other').text.marknad).toBe('övrig (tjänstemodell)');
    expect(text).toContain('HHI på skalan 0–10\u00a0000');
    const numbers = tables(swedish).flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.numeric)));
    expect(numbers.length).toBeGreaterThan(50);
    for (const cell of numbers) expect(cell.text).not.toMatch(/\d\.\d|\d,\d{3}(?!\d)/);
    // Vega draws the axes with the same signs.
    expect(swedish.charts[0]!.spec.config).toMatchObject({ locale: { number: { decimal: ',', thousands: '\u00a0' } } });
    expect(english.charts[0]!.spec.config).not.toHaveProperty('locale');
  });

  it('says the data’s codes in Swedish in the cells, and keeps them in the attributes', () => {
    const spof = tableOf(swedish, 'single-points-of-failure');
    expect(rowOf(spof, 'organisation', 'o1').text).toMatchObject({ organisation: 'Ådalen kommun', typ: 'kommun' });
    const categories = tableOf(swedish, 'categories');
    expect(categories.columns.map((c) => c.label)).toEqual(['kategori', 'myndighet', 'kommun', 'ej angiven']);
    expect(rowOf(categories, 'category', 'hr').values).toEqual({});
    expect(categories.rows.find((r) => r.data.category === 'hr')!.cells[3]).toMatchObject({
      text: '1',
      data: { type: 'unspecified' },
    });
    const falseRedundancy = tableOf(swedish, 'false-redundancy', 'html');
    expect(falseRedundancy.rows.map((r) => r.data)).toEqual([{ owner: 's3', group: 'lön', cause: 'parent:Koncernen' }]);
    expect(falseRedundancy.rows[0]!.cells.map((c) => c.text)).toEqual([
      'Lön',
      'lön',
      'Cirrus Ltd | Delta Ltd',
      'alla leverantörer som ägs av Koncernen',
      '1',
      'Norrby kommun',
    ]);
    expect(page).toContain('data-cause="parent:Koncernen"');
    expect(page).toContain('data-type="municipality"');
    const findings = section(swedish, 'findings').blocks[0]!;
    expect(findings.kind === 'list' && findings.items.map(plain)).toContain(
      '1 angivet alternativ ger ingen verklig redundans. Till exempel kan Lön använda Cirrus Ltd eller Delta Ltd, men alla faller med alla leverantörer som ägs av Koncernen; 1 organisation är utsatt.',
    );
  });

  it('words a study’s comparison in Swedish around the study’s own labels and notes', () => {
    const study: StudyReference = {
      study: 'Studien',
      published: { countries: { SE: 0.5, IE: 0.4 }, notes: ['Ireland counted twice.'] },
    };
    const doc = buildReportDocument(buildReport(smallGraph(), { study }), { ...META, lang: 'sv' });
    const countries = tableOf(doc, 'study-countries');
    expect(countries.columns.map((c) => c.label)).toEqual(['', 'studien', 'Kedja', 'stämmer']);
    const headings = section(doc, 'study').blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.text)).toContain('Var data behandlas (Fig 6.10; EU/EES, Fig 6.9)');
    expect(countries.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['SE', '50,0 %', '50,0 %', 'ja'],
      ['IE', '40,0 %', '50,0 %', 'nej'],
    ]);
    const notes = section(doc, 'study').blocks.filter((b) => b.kind === 'list');
    expect(notes).toEqual([
      { kind: 'list', ordered: false, style: 'note', items: [[{ kind: 'text', text: 'Ireland counted twice.' }]] },
    ]);
    expect(tableOf(doc, 'countries').columns.map((c) => c.label)).toEqual(['land', 'andel', 'studien']);
  });

  it('says in Swedish what an empty graph lacks', () => {
    const empty = buildReportDocument(buildReport(createKedjaGraph()), { ...META, lang: 'sv' });
    const sentences = blocksOf(section(empty, 'sharing'), 'markdown')
      .filter((b) => b.kind === 'paragraph')
      .map((b) => plain(b.content));
    expect(sentences).toContain('Ingen organisation i underlaget använder någon tjänst.');
    expect(left(readable(empty).join('\n'))).toEqual([]);
  });
});

/**
 * The small graph with one possible dependency (issue 13): Alfa AB may subcontract Hallen. By hand:
 * H alone takes down o2 for certain (through B) and possibly o1 too (through A): 1 to 2, both
 * hidden, 1 to 2 with a critical function. A takes down o1 and o2 (2), B takes down o2 (1): the
 * possible edge changes neither. `kedja rank`'s order, lower bound first, then upper, then id: A
 * (2), H (1 to 2), B (1), where the ranking of the upper bound alone would be A, H, B and of the
 * lower bound alone A, B, H.
 */
describe('buildReportDocument with a possible dependency', () => {
  const graph = smallGraph();
  addSubcontracts(graph, 'A', 'H', { certainty: 'possible' });
  const data = buildReport(graph);
  const doc = buildReportDocument(data, META);

  it('ranks the suppliers by the lower bound, then the upper, with both bounds', () => {
    expect(data.counts.possible).toBe(1);
    expect(data.ranking.map((r) => [r.supplier, r.organisations, r.upper?.organisations])).toEqual([
      ['A', 2, 2],
      ['H', 1, 2],
      ['B', 1, 1],
    ]);
    expect(data.ranking[1]).toMatchObject({
      critical: 1,
      direct: 0,
      hidden: 1,
      upper: { organisations: 2, critical: 2, direct: 0, hidden: 2 },
    });
    const ranking = tableOf(doc, 'ranking');
    expect(ranking.rows.map((r) => r.data.supplier)).toEqual(['A', 'H', 'B']);
    const hallen = rowOf(ranking, 'supplier', 'H');
    expect(hallen.text).toMatchObject({ organisations: '1–2', critical: '1–2', 'named it': '0', hidden: '1–2' });
    expect(hallen.values).toMatchObject({ organisations: 1, critical: 1, direct: 0, hidden: 1 });
    const cell = ranking.rows[1]!.cells.find((c) => c.data?.field === 'organisations')!;
    expect(cell.data).toEqual({ field: 'organisations', upper: 2 });
    // Where both bounds agree, one number.
    expect(rowOf(ranking, 'supplier', 'A').text.organisations).toBe('2');
  });

  it('says what a range means and that the other parts are the upper bound, in both languages', () => {
    const html = reportToHtml(doc, new Map());
    expect(html).toContain('Suppliers are ranked by the lower bound, then the upper, as kedja rank does.');
    expect(html).toContain(REPORT_MESSAGES.en.intro.possible('1'));
    const sv = reportToHtml(buildReportDocument(data, { ...META, lang: 'sv' }), new Map());
    expect(sv).toContain(REPORT_MESSAGES.sv.intro.possible('1'));
    expect(sv).toContain('Leverantörerna rangordnas efter den nedre gränsen');
    const chart = (lang: 'en' | 'sv') => reportCharts(data, lang).find((c) => c.id === 'systemic-ranking')!;
    expect(chart('en').description).toContain(REPORT_MESSAGES.en.charts.rankingPossible);
    expect(chart('sv').description).toContain(REPORT_MESSAGES.sv.charts.rankingPossible);
    expect(reportCharts(buildReport(smallGraph())).find((c) => c.id === 'systemic-ranking')!.description).toBe(
      REPORT_MESSAGES.en.charts.rankingDescription,
    );
  });

  it('gives the top supplier of the findings as a range only where the bounds differ', () => {
    // Alfa AB's bounds agree: the finding is as without doubt.
    const { top, allNamed } = REPORT_MESSAGES.en.findings;
    expect(data.findings[1]).toBe(top('Alfa AB', '2 organisations', '2', allNamed));
    // A third organisation that may use the journal: Alfa AB affects 2 to 3, all of which named it.
    const wider = smallGraph();
    addSubcontracts(wider, 'A', 'H', { certainty: 'possible' });
    addOrganisation(wider, 'o3', { name: 'Tredje', orgType: 'agency' });
    addUses(wider, 'o3', 's1', { certainty: 'possible' });
    const widerData = buildReport(wider);
    expect(widerData.ranking[0]).toMatchObject({ supplier: 'A', organisations: 2, upper: { organisations: 3 } });
    expect(widerData.findings[1]).toBe(top('Alfa AB', '2 to 3 organisations', '2 to 3', allNamed));
    expect(keyFindings(widerData, 'sv')[1]).toContain('drabbas 2 till 3 organisationer (2 till 3 förlorar');
  });

  it('without possible dependencies, has no upper bound and says nothing of bounds', () => {
    const plainData = buildReport(smallGraph());
    expect(plainData.counts.possible).toBe(0);
    expect(plainData.ranking.some((r) => 'upper' in r)).toBe(false);
    const html = reportToHtml(buildReportDocument(plainData, META), new Map());
    expect(html).not.toContain('data-upper');
    expect(html).not.toContain(REPORT_MESSAGES.en.intro.possible('1').slice(0, 30));
  });
});
