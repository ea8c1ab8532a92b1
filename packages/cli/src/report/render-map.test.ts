/**
 * The scenario report's map on Kedja's own boundaries (the 290 municipalities and 21 counties):
 * a hand-made graph whose colours are worked out by hand, sweden-2018 with its top-ranked supplier
 * failing for 48 hours, the graphs that cannot be drawn (null), and names from data escaped.
 */
import { fileURLToPath } from 'node:url';

import {
  addOrganisation,
  assessConsequences,
  createEngine,
  createKedjaGraph,
  type ConsequenceLevel,
  type KedjaGraph,
} from '@kedja/core';
import { LEVEL_COLOURS, UNAFFECTED_COLOUR } from '@kedja/core/kernel';
import { loadGraph } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { boundariesFrom, readMapBoundaries } from './map-boundaries.js';
import { renderScenarioMapSvg } from './render-map.js';

const DATASETS = fileURLToPath(new URL('../../../../datasets/', import.meta.url));

interface DrawnPath {
  code: string;
  fill: string | undefined;
  level: string;
  title: string;
  d: string;
}

/** The paths of one group of the SVG ("areas" or "counties"). */
function paths(svg: string, group: 'areas' | 'counties'): DrawnPath[] {
  const body = new RegExp(`<g class="${group}"[^>]*>(.*?)</g>`, 's').exec(svg)?.[1] ?? '';
  return [
    ...body.matchAll(
      /<path d="([^"]*)"(?: fill="([^"]*)")? data-code="([^"]*)" data-level="([^"]*)"><title>([^<]*)<\/title><\/path>/g,
    ),
  ].map(([, d, fill, code, level, title]) => ({ d: d!, fill, code: code!, level: level!, title: title! }));
}

const byCode = (list: DrawnPath[]) => new Map(list.map((p) => [p.code, p]));

/** Stockholm (0180) and Uppsala (0380) municipalities, Region Uppsala (03), an agency. */
function toyGraph(): KedjaGraph {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'stockholm', { name: 'Stockholms stad', orgType: 'municipality', code: '0180' });
  addOrganisation(graph, 'uppsala', { name: 'Uppsala kommun', orgType: 'municipality', code: '0380' });
  addOrganisation(graph, 'region-uppsala', { name: 'Region Uppsala', orgType: 'region', code: '03' });
  addOrganisation(graph, 'agency', { name: 'Myndigheten', orgType: 'agency' });
  return graph;
}

describe('renderScenarioMapSvg on hand-made graphs', () => {
  it('colours each municipality by the worst level of itself and its region (worked by hand)', () => {
    const levels = new Map<string, ConsequenceLevel>([
      ['stockholm', 'crisis'],
      ['uppsala', 'critical'],
      ['region-uppsala', 'minor'],
      ['agency', 'crisis'],
    ]);
    const svg = renderScenarioMapSvg(toyGraph(), levels)!;
    const areas = byCode(paths(svg, 'areas'));
    expect(areas.size).toBe(290);
    // Stockholm: itself, crisis. Uppsala: itself critical, its region minor -> critical.
    expect(areas.get('0180')).toMatchObject({ fill: LEVEL_COLOURS.crisis, level: 'crisis' });
    expect(areas.get('0180')!.title).toBe('Stockholm: crisis (1 of 1 organisation affected)');
    expect(areas.get('0380')).toMatchObject({ fill: LEVEL_COLOURS.critical, level: 'critical' });
    expect(areas.get('0380')!.title).toBe('Uppsala: critical (2 of 2 organisations affected)');
    // Uppsala county's other municipalities have only the region: minor. Uppsala county has eight.
    const uppsalaCounty = [...areas.values()].filter((a) => a.code.startsWith('03'));
    expect(uppsalaCounty).toHaveLength(8);
    expect(uppsalaCounty.filter((a) => a.code !== '0380').every((a) => a.fill === LEVEL_COLOURS.minor)).toBe(true);
    // Everything else: no organisation of the data (the agency serves no area).
    expect(areas.get('0114')).toMatchObject({ fill: UNAFFECTED_COLOUR, level: 'unaffected' });
    expect(areas.get('0114')!.title).toBe('Upplands Väsby: no organisation in the data');
    expect([...areas.values()].filter((a) => a.level !== 'unaffected')).toHaveLength(1 + 8);

    // The counties as the overview: uncoloured outlines, each with its worst level in its title.
    const counties = byCode(paths(svg, 'counties'));
    expect(counties.size).toBe(21);
    expect([...counties.values()].every((c) => c.fill === undefined)).toBe(true);
    expect(counties.get('01')!.title).toBe('Stockholms län: crisis (1 of 1 organisation affected)');
    expect(counties.get('03')!.title).toBe('Uppsala län: critical (2 of 2 organisations affected)');
    expect(counties.get('25')!.level).toBe('unaffected');

    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-label="[^"]+"/);
    expect(svg).toContain(
      'aria-label="Consequences by municipality: 9 of 290 municipalities affected; worst level: crisis"',
    );
  });

  it('an organisation that is not affected leaves its area grey but counts in its title', () => {
    const svg = renderScenarioMapSvg(toyGraph(), new Map([['uppsala', 'noticeable']]))!;
    const areas = byCode(paths(svg, 'areas'));
    expect(areas.get('0380')!.title).toBe('Uppsala: noticeable (1 of 2 organisations affected)');
    expect(areas.get('0381')).toMatchObject({
      fill: UNAFFECTED_COLOUR,
      title: 'Enköping: not affected (0 of 1 organisation affected)',
    });
  });

  it('has a legend with every level and not affected, the source, and no external reference', () => {
    const svg = renderScenarioMapSvg(toyGraph(), new Map([['uppsala', 'minor']]))!;
    const legend = /<g class="legend"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!;
    const texts = [...legend.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.slice(-6)).toEqual(['crisis', 'critical', 'noticeable', 'minor', 'none', 'not affected']);
    for (const colour of [...Object.values(LEVEL_COLOURS), UNAFFECTED_COLOUR])
      expect(legend).toContain(`fill="${colour}"`);
    expect(svg).toContain('Statistics Sweden (SCB)');
    expect(svg).not.toMatch(/href|url\(|<script|<image|<foreignObject|\bid="/i);
  });

  it("speaks Swedish with lang sv, in core's words for the levels", () => {
    const svg = renderScenarioMapSvg(toyGraph(), new Map([['stockholm', 'crisis']]), { lang: 'sv' })!;
    expect(svg).toContain('aria-label="Konsekvenser per kommun: 1 av 290 kommuner drabbade; allvarligaste nivå: kris"');
    expect(byCode(paths(svg, 'areas')).get('0180')!.title).toBe('Stockholm: kris (1 av 1 organisation drabbad)');
    expect(svg).toContain('Gränser: SCB');
  });

  it('is null when no organisation serves an area of the map', () => {
    const agencies = createKedjaGraph();
    addOrganisation(agencies, 'agency', { name: 'Myndigheten', orgType: 'agency', code: '202100-0000' });
    expect(renderScenarioMapSvg(agencies, new Map([['agency', 'crisis']]))).toBeNull();
    expect(renderScenarioMapSvg(createKedjaGraph(), new Map())).toBeNull();
  });
});

describe('renderScenarioMapSvg on the datasets and the shipped boundaries', () => {
  it('is null for datasets/demo, whose made-up codes (9901, 99) are on no map', async () => {
    const demo = (await loadGraph(`${DATASETS}demo`)).graph!;
    expect(renderScenarioMapSvg(demo, new Map([['adalen', 'crisis']]))).toBeNull();
  });

  it('escapes names and titles from data', () => {
    const square = (code: string, name: string, x: number) => ({
      type: 'Feature' as const,
      properties: { code, name },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [x, 60],
            [x, 61],
            [x + 1, 61],
            [x + 1, 60],
            [x, 60],
          ],
        ],
      },
    });
    const boundaries = {
      ...boundariesFrom({
        type: 'FeatureCollection',
        features: [square('0114', '<img src=x onerror=alert(1)> & "Väsby"', 15), square('0115', "O'Kommun", 16)],
      }),
      source: 'Källa <SCB>',
    };
    const graph = createKedjaGraph();
    addOrganisation(graph, 'k', { name: 'K', orgType: 'municipality', code: '0114' });
    const svg = renderScenarioMapSvg(graph, new Map([['k', 'minor']]), { boundaries, title: 'A & B <c>' })!;
    expect(svg).toContain('<title>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Väsby&quot;: minor');
    expect(svg).toContain('O&#39;Kommun: no organisation in the data');
    expect(svg).toContain('aria-label="A &amp; B &lt;c&gt;: 1 of 2 municipalities affected; worst level: minor"');
    expect(svg).toContain('Källa &lt;SCB&gt;');
    expect(svg).not.toContain('<img');
    expect(paths(svg, 'counties')).toEqual([]);
  });

  it('sweden-2018, its top-ranked supplier down for 48 h: every municipality drawn, coloured by its own or its region’s level, in well under 300 KB', async () => {
    const graph = (await loadGraph(`${DATASETS}sweden-2018`)).graph!;
    const engine = createEngine(graph);
    const top = engine.rank()[0]!;
    const assessed = assessConsequences(graph, engine.blast({ suppliers: [top.supplier] }), 48);
    const levels = new Map(assessed.map((c) => [c.id, c.level]));
    const svg = renderScenarioMapSvg(graph, levels)!;
    const areas = paths(svg, 'areas');
    expect(areas).toHaveLength(290);
    expect(new Set(areas.map((a) => a.code)).size).toBe(290);

    // The expected level of each kommunkod, from the organisations' own codes.
    const rank = (level: string | undefined) =>
      level ? ['none', 'minor', 'noticeable', 'critical', 'crisis'].indexOf(level) : -1;
    const levelOfCode = new Map<string, number>();
    graph.forEachNode((id, a) => {
      if (a.kind === 'organisation' && a.code) levelOfCode.set(a.code, rank(levels.get(id)));
    });
    let coloured = 0;
    for (const area of areas) {
      const expected = Math.max(levelOfCode.get(area.code) ?? -1, levelOfCode.get(area.code.slice(0, 2)) ?? -1);
      expect(rank(area.level === 'unaffected' ? undefined : area.level), area.title).toBe(expected);
      if (expected >= 0) coloured++;
    }
    expect(coloured).toBeGreaterThan(0);
    expect(coloured).toBeLessThan(290);
    const pathData = [...paths(svg, 'areas'), ...paths(svg, 'counties')].reduce((sum, p) => sum + p.d.length, 0);
    expect(pathData).toBeLessThan(300_000);
  });

  it('the shipped boundaries: 290 municipalities with four-digit codes, 21 counties, named', () => {
    const { areas, counties, source } = readMapBoundaries();
    expect(areas).toHaveLength(290);
    expect(areas.every((a) => /^\d{4}$/.test(a.code) && a.name.length > 1)).toBe(true);
    expect(counties.map((c) => c.code)).toHaveLength(21);
    expect(counties.every((c) => c.name.endsWith('län'))).toBe(true);
    expect(source).toContain('CC0');
  });
});
