/**
 * The scenario report of a small graph, by hand:
 *
 *   o1 "Ådalen kommun" (municipality, county 22, 25,000) ─uses (critical)→ s1 "Journal" ─→ A "Alfa AB"
 *   o2 "Region Norr" (region, county 22, 250,000)       ─uses (critical)→ s1;  ─uses→ s2 "E-post" ─→ B
 *   o3 "Verket" (agency)                                ─uses (critical)→ s2
 *   B "Beta Ltd" ─subcontracts→ H "Hallen"
 *
 * H fails: s2 fails through B, so o2 and o3 are affected, hidden (neither named H).
 * A fails: s1 fails, so o1 and o2 are affected, not hidden; residents 250,000 (the region covers
 * Ådalen's county), population 275,000.
 */
import { describe, expect, it } from 'vitest';

import { createEngine } from '../engine/index.js';
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  type KedjaGraph,
} from '../model/index.js';
import type { ReportDocument, TableBlock } from './document.js';
import { buildScenarioReport } from './scenario-data.js';
import { buildScenarioDocument, scenarioWords } from './scenario-document.js';
import { SCENARIO_MESSAGES } from './scenario-messages.js';
import { reportToHtml } from './write-html.js';

const COLOURS = { none: '#fde725', minor: '#5ec962', noticeable: '#21918c', critical: '#3b528b', crisis: '#440154' };

function smallGraph(): KedjaGraph {
  const graph = createKedjaGraph({ name: 'small' });
  addOrganisation(graph, 'o1', { name: 'Ådalen kommun', orgType: 'municipality', county: '22', population: 25000 });
  addOrganisation(graph, 'o2', { name: 'Region Norr', orgType: 'region', county: '22', population: 250000 });
  addOrganisation(graph, 'o3', { name: 'Verket', orgType: 'agency' });
  addService(graph, 's1', { name: 'Journal', model: 'SaaS' });
  addService(graph, 's2', { name: 'E-post', model: 'SaaS' });
  addSupplier(graph, 'A', { name: 'Alfa AB', country: 'SE' });
  addSupplier(graph, 'B', { name: 'Beta Ltd', country: 'IE' });
  addSupplier(graph, 'H', { name: 'Hallen', country: 'SE' });
  addUses(graph, 'o1', 's1', { function: 'Hemtjänstens journal' });
  addUses(graph, 'o2', 's1');
  addUses(graph, 'o2', 's2', { critical: false });
  addUses(graph, 'o3', 's2');
  addProvidedBy(graph, 's1', 'A');
  addProvidedBy(graph, 's2', 'B');
  addSubcontracts(graph, 'B', 'H');
  return graph;
}

const report = (graph: KedjaGraph, suppliers: string[], hours = 48) =>
  buildScenarioReport(graph, { engine: createEngine(graph), spec: { suppliers }, hours });

const documentOf = (graph: KedjaGraph, suppliers: string[], lang: 'sv' | 'en', map = false) =>
  buildScenarioDocument(report(graph, suppliers), {
    lang,
    input: 'small',
    version: '9.9.9',
    date: '2026-12-03',
    map,
    levelColours: COLOURS,
  });

const tableOf = (doc: ReportDocument, id: string) =>
  doc.sections.flatMap((s) => s.blocks).find((b): b is TableBlock => b.kind === 'table' && b.id === id)!;

describe('the scenario report data', () => {
  it('counts residents once and population per organisation', () => {
    const data = report(smallGraph(), ['A']);
    expect(data.totals).toMatchObject({ organisations: 2, residents: 250000, population: 275000, hidden: 0 });
    expect(data.members).toEqual([{ id: 'A', name: 'Alfa AB', kind: 'supplier' }]);
  });

  it('lists the affected worst level first, then by population, with what they lose and the chain', () => {
    const data = report(smallGraph(), ['A']);
    expect(data.affected.map((o) => o.id)).toEqual(['o2', 'o1']);
    const [region, municipality] = data.affected;
    expect(municipality!.loses).toEqual([
      {
        dependency: { id: 's1', name: 'Journal', kind: 'service' },
        function: 'Hemtjänstens journal',
        level: municipality!.level,
      },
    ]);
    expect(municipality!.chain.map((s) => s.id)).toEqual(['A', 's1', 'o1']);
    expect(region!.population).toBe(250000);
    // The data name no function for the region's use of the journal.
    expect(region!.loses[0]!.function).toBeNull();
  });

  it('marks organisations reached only through subcontractors as hidden', () => {
    const data = report(smallGraph(), ['H']);
    expect(data.affected.map((o) => o.id).sort()).toEqual(['o2', 'o3']);
    expect(data.affected.every((o) => o.hidden)).toBe(true);
    expect(data.affected.find((o) => o.id === 'o3')!.chain.map((s) => s.id)).toEqual(['H', 'B', 's2', 'o3']);
  });

  it('gives the standard lengths and the chosen one, levels growing with time', () => {
    const data = report(smallGraph(), ['A'], 36);
    expect(data.steps.map((s) => s.hours)).toEqual([4, 24, 36, 48, 168, 720]);
    const affected = (s: (typeof data.steps)[number]) => Object.values(s.levels).reduce((a, b) => a + b, 0);
    for (const step of data.steps) expect(affected(step)).toBe(2);
    expect(data.levels).toEqual(data.steps.find((s) => s.hours === 36)!.levels);
  });
});

describe('the scenario report document', () => {
  it('says the scenario in each language', () => {
    const data = report(smallGraph(), ['A', 'B']);
    expect(scenarioWords(data, 'en')).toBe('the suppliers Alfa AB and Beta Ltd');
    expect(scenarioWords(data, 'sv')).toBe('leverantörerna Alfa AB och Beta Ltd');
    const country = buildScenarioReport(smallGraph(), {
      engine: createEngine(smallGraph()),
      spec: { countries: ['IE'], outsideEea: true },
      hours: 48,
    });
    expect(scenarioWords(country, 'sv')).toBe(
      'alla leverantörer med säte i Irland (IE) och alla leverantörer med säte utanför EU/EES',
    );
    const jurisdiction = buildScenarioReport(smallGraph(), {
      engine: createEngine(smallGraph()),
      spec: { jurisdictions: ['US'] },
      hours: 48,
    });
    expect(scenarioWords(jurisdiction, 'sv')).toBe('alla leverantörer vars yttersta ägare har säte i USA (US)');
    expect(scenarioWords(jurisdiction, 'en')).toBe(
      'every supplier whose ultimate owner is based in United States (US)',
    );
  });

  it('is Swedish through and through: no English words in the text a person reads (attributes stay English)', () => {
    const doc = documentOf(smallGraph(), ['A'], 'sv');
    const html = reportToHtml(doc, new Map());
    expect(html).toContain('<html lang="sv-SE">');
    expect(doc.heading).toBe('Avbrott hos leverantören Alfa AB, 48\u00a0h');
    expect(html).toContain('Vem förlorar vad');
    expect(html).toContain('250\u00a0000');
    for (const english of [
      SCENARIO_MESSAGES.en.affected.title,
      SCENARIO_MESSAGES.en.timeline.title,
      SCENARIO_MESSAGES.en.about.residents,
      SCENARIO_MESSAGES.en.headline.organisations,
    ])
      expect(html.replace(/<[^>]*>/g, ' ')).not.toContain(english);
    expect(html.replace(/<[^>]*>/g, ' ')).not.toMatch(
      /\b(affected|loses|critical|residents|supplier|outage|hidden)\b/i,
    );
  });

  it('tables carry the raw values for tools', () => {
    const doc = documentOf(smallGraph(), ['A'], 'en');
    const figures = tableOf(doc, 'figures');
    const residents = figures.rows.find((r) => r.data.metric === 'residents')!;
    expect(residents.cells[1]).toMatchObject({ text: '250,000', value: 250000 });
    const affected = tableOf(doc, 'affected');
    expect(affected.rows.map((r) => r.data.id)).toEqual(['o2', 'o1']);
    expect(affected.rows[1]!.cells[5]!.text).toBe('Alfa AB → Journal → Ådalen kommun');
  });

  it('says which organisations with hidden dependencies have no routine to find subcontractors (survey question 26)', () => {
    const graph = smallGraph();
    graph.mergeNodeAttributes('o3', { subcontractorRoutine: false });
    graph.mergeNodeAttributes('o2', { subcontractorRoutine: true });
    expect(
      report(graph, ['H'])
        .affected.map((o) => [o.id, o.routine])
        .sort(),
    ).toEqual([
      ['o2', true],
      ['o3', false],
    ]);
    const en = reportToHtml(documentOf(graph, ['H'], 'en'), new Map());
    expect(en).toContain(SCENARIO_MESSAGES.en.hidden.noRoutine('1', '2'));
    expect(en).toContain(`Verket (${SCENARIO_MESSAGES.en.hidden.noRoutineMark})`);
    expect(en).not.toContain(`Region Norr (${SCENARIO_MESSAGES.en.hidden.noRoutineMark})`);
    const sv = reportToHtml(documentOf(graph, ['H'], 'sv'), new Map());
    expect(sv).toContain('1 av dessa 2 organisationer saknar rutin');
    // Without answers, nothing is said.
    expect(reportToHtml(documentOf(smallGraph(), ['H'], 'en'), new Map())).not.toContain('survey question 26');
  });

  it('says so when there is no map and no hidden dependency', () => {
    const html = reportToHtml(documentOf(smallGraph(), ['A'], 'en'), new Map());
    expect(html).toContain(SCENARIO_MESSAGES.en.map.none);
    expect(html).toContain(SCENARIO_MESSAGES.en.hidden.none);
  });

  it('writes a map drawing the caller gives, labelled', () => {
    const data = report(smallGraph(), ['A']);
    const doc = buildScenarioDocument(data, {
      lang: 'en',
      input: 'small',
      version: '9.9.9',
      date: '2026-12-03',
      map: true,
      levelColours: COLOURS,
    });
    const html = reportToHtml(doc, new Map([['map', '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>']]));
    expect(html).toMatch(
      /<figure class="chart" data-figure="map">\n<svg role="img" aria-label="Consequences by municipality after 48\u00a0h."/,
    );
  });
});

/**
 * The small graph with one possible dependency (issue 13): Alfa AB may subcontract Hallen. By hand,
 * H fails: for certain s2 fails through B, so o2 and o3 are affected (o3 with a critical function;
 * o2 uses s2 as non-critical); possibly A fails too, so s1 and with it o1 (and o2's critical use of
 * s1). Organisations 2 to 3, critical 1 to 3, all hidden (2 to 3), residents 250,000 in both (the
 * region covers Ådalen's county), population 250,000 to 275,000, services 1 to 2.
 */
describe('the scenario report with a possible dependency', () => {
  const bounded = () => {
    const graph = smallGraph();
    addSubcontracts(graph, 'A', 'H', { certainty: 'possible' });
    return graph;
  };

  it('gives the totals of both bounds and marks who is affected only in the upper', () => {
    const data = report(bounded(), ['H']);
    expect(data.possibleEdges).toBe(1);
    expect(data.totals).toMatchObject({
      organisations: 2,
      critical: 1,
      hidden: 2,
      residents: 250000,
      population: 250000,
      failedServices: 1,
    });
    expect(data.totalsUpper).toMatchObject({
      organisations: 3,
      critical: 3,
      hidden: 3,
      residents: 250000,
      population: 275000,
      failedServices: 2,
    });
    expect(data.totalsUpper!.failedSuppliers - data.totals.failedSuppliers).toBe(1);
    expect(data.affected.map((o) => [o.id, o.certainty]).sort()).toEqual([
      ['o1', 'possible'],
      ['o2', 'confirmed'],
      ['o3', 'confirmed'],
    ]);
    expect(data.affected.find((o) => o.id === 'o1')!.chain.map((s) => s.id)).toEqual(['H', 'A', 's1', 'o1']);
    // Region Norr, affected for certain, is explained by confirmed dependencies, though the chain
    // through the possible subcontract (H, A, s1) is as short.
    expect(data.affected.find((o) => o.id === 'o2')!.chain.map((s) => s.id)).toEqual(['H', 'B', 's2', 'o2']);
    const sum = (levels: Record<string, number>) => Object.values(levels).reduce((a, b) => a + b, 0);
    for (const step of data.steps) {
      expect(sum(step.levels), `${step.hours} h`).toBe(2);
      expect(sum(step.upper!.levels), `${step.hours} h`).toBe(3);
    }
    expect(data.levels).toEqual(data.steps.find((s) => s.hours === 48)!.levels);
    expect(data.levelsUpper).toEqual(data.steps.find((s) => s.hours === 48)!.upper!.levels);
  });

  it('writes the figures as ranges, both bounds in the cells, and marks the possible', () => {
    const doc = documentOf(bounded(), ['H'], 'en');
    const figures = tableOf(doc, 'figures');
    const figure = (metric: string) => figures.rows.find((r) => r.data.metric === metric)!.cells[1];
    expect(figure('organisations')).toMatchObject({ text: '2 to 3', value: 2, data: { upper: 3 } });
    expect(figure('residents')).toMatchObject({ text: '250,000', value: 250000, data: { upper: 250000 } });
    expect(figure('population')).toMatchObject({ text: '250,000 to 275,000', value: 250000 });
    const html = reportToHtml(doc, new Map());
    expect(html).toContain(
      'After 48\u00a0h, 2 to 3 organisations are affected; 1 to 3 of them lose a critical function.',
    );
    expect(html).toContain(SCENARIO_MESSAGES.en.bounds('1'));
    const affected = tableOf(doc, 'affected');
    const o1 = affected.rows.find((r) => r.data.id === 'o1')!;
    expect(o1.data.certainty).toBe('possible');
    expect(o1.cells[1]!.text).toBe('Ådalen kommun (hidden, possible)');
    expect(affected.rows.find((r) => r.data.id === 'o3')!.cells[1]!.text).toBe('Verket (hidden)');
    // Each step's count of organisations, lower to upper.
    const timeline = tableOf(doc, 'timeline');
    for (const row of timeline.rows) {
      const cells = row.cells.slice(1, 6);
      const lower = cells.reduce((n, c) => n + Number(c.value), 0);
      const upper = cells.reduce((n, c) => n + Number(c.data!.upper), 0);
      expect([lower, upper]).toEqual([2, 3]);
    }
    // The chart has a bar for each bound.
    const values = (doc.charts[0]!.spec.data as { values: { bound: string }[] }).values;
    expect(new Set(values.map((v) => v.bound))).toEqual(new Set(['lower bound', 'upper bound']));
  });

  it('is in Swedish too', () => {
    const doc = documentOf(bounded(), ['H'], 'sv', true);
    const html = reportToHtml(doc, new Map([['map', '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>']]));
    expect(html).toContain('Efter 48\u00a0h är 2 till 3 organisationer drabbade');
    expect(html).toContain('Ådalen kommun (dolt, möjligt)');
    expect(html).toContain(SCENARIO_MESSAGES.sv.map.upper);
    expect(html).toContain(SCENARIO_MESSAGES.sv.hidden.bounds);
  });

  it('without possible dependencies, has no upper bound and no certainty', () => {
    const data = report(smallGraph(), ['H']);
    expect(data).not.toHaveProperty('totalsUpper');
    expect(data).not.toHaveProperty('levelsUpper');
    expect(data).not.toHaveProperty('possibleEdges');
    expect(data.steps.some((s) => 'upper' in s)).toBe(false);
    expect(data.affected.some((o) => 'certainty' in o)).toBe(false);
    expect(reportToHtml(documentOf(smallGraph(), ['H'], 'en'), new Map())).not.toContain('data-upper');
  });
});
