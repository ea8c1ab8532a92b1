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
import type { Block, Inline, ReportDocument, ReportSection, TableBlock } from './document.js';
import { buildReport } from './report-data.js';
import { buildReportDocument } from './report-document.js';
import type { StudyReference } from './study-reference.js';

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
        population: '1,000',
      },
      values: { organisations: 2, critical: 2, direct: 2, hidden: 0, population: 1000 },
    });
    expect(rowOf(ranking, 'supplier', 'H').values).toMatchObject({ organisations: 1, direct: 0, hidden: 1 });
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
