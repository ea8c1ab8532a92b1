/** The ranking renderers on the demo dataset (its ranking is checked by hand in datasets/demo/README.md). */
import { fileURLToPath } from 'node:url';

import { createEngine, type RankEntry } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';
import { referenceBound } from '@kedja/core/reference';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { rankJson, renderRanking } from './rank.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

let table: NodeTable;
let entries: RankEntry[];
beforeAll(async () => {
  // The demo with its doubt stripped (its possible edge left out, the lower bound): these tests are about
  // rendering a graph without possible dependencies; the demo's own doubt is tested below and in test/.
  const engine = createEngine(referenceBound((await loadGraph(DEMO)).graph!, 'lower'));
  table = engine.table;
  entries = engine.rank();
});

describe('renderRanking', () => {
  it('prints every supplier failing alone, most organisations first', () => {
    expect(renderRanking(table, entries, 20)).toBe(
      [
        'Systemic ranking: each of 7 suppliers failing alone.',
        'organisations = affected, critical = of those losing a critical function, services and suppliers = failing with it,',
        'residents = each counted once (a region covers its county), population = summed over the organisations.',
        '',
        '#  supplier               id             organisations  critical  services  suppliers  residents  population',
        '-  ---------------------  -------------  -------------  --------  --------  ---------  ---------  ----------',
        '1  Kontorsmoln Ltd        sup-office                 4         2         1          0    250,000     287,000',
        '2  Nordisk Datahall AB    sup-dc                     3         2         2          2     37,000      37,000',
        '3  Lönesystem AB          sup-payroll                3         2         2          1     37,000      37,000',
        '4  Skolwebb AB            sup-school                 3         2         2          1     37,000      37,000',
        '5  Hallen Hosting AB      sup-hosting                2         2         1          2    250,000     275,000',
        '6  Journalsystem Nord AB  sup-journal-a              0         0         0          0          0           0',
        '7  Omsorgsdata Syd AB     sup-journal-b              0         0         0          0          0           0',
        '',
      ].join('\n'),
    );
  });

  it('shows the first rows only and counts the rest', () => {
    const lines = renderRanking(table, entries, 2).split('\n');
    expect(lines.slice(6)).toEqual([
      '1  Kontorsmoln Ltd      sup-office              4         2         1          0    250,000     287,000',
      '2  Nordisk Datahall AB  sup-dc                  3         2         2          2     37,000      37,000',
      '… and 5 more (--top N to see more)',
      '',
    ]);
  });

  it('prints an empty table for a graph without suppliers', () => {
    expect(renderRanking(table, [], 20)).toContain('Systemic ranking: each of 0 suppliers failing alone.');
  });
});

describe('rankJson', () => {
  it('adds names and cuts at top when given', () => {
    expect(rankJson(table, entries, 1)).toEqual([
      {
        supplier: 'sup-office',
        organisations: 4,
        criticalOrganisations: 2,
        services: 1,
        suppliers: 0,
        population: 287000,
        residents: 250000,
        name: 'Kontorsmoln Ltd',
      },
    ]);
    expect(rankJson(table, entries).map((e) => e.name)).toHaveLength(7);
    expect(rankJson(table, entries).at(-1)).toMatchObject({ supplier: 'sup-journal-b', name: 'Omsorgsdata Syd AB' });
  });
});

describe('renderRanking in Swedish', () => {
  it('heads the columns in Swedish and groups digits with a no-break space', () => {
    const lines = renderRanking(table, entries, 1, 'sv').replaceAll('\u00a0', ' ').split('\n');
    expect(lines).toEqual([
      'Rangordning efter systemrisk: var och en av 7 leverantörer faller bort ensam.',
      'organisationer = drabbade, kritiska = av dem som förlorar en samhällsviktig funktion, tjänster och leverantörer = som faller bort med den,',
      'invånare = var och en räknad en gång (en region omfattar sitt län), befolkning = summerad över organisationerna.',
      '',
      '#  leverantör       id          organisationer  kritiska  tjänster  leverantörer  invånare  befolkning',
      '-  ---------------  ----------  --------------  --------  --------  ------------  --------  ----------',
      '1  Kontorsmoln Ltd  sup-office               4         2         1             0   250 000     287 000',
      '… och 6 till (--top N för fler)',
      '',
    ]);
  });
});

describe('with possible dependencies (issue 13)', () => {
  it('shows each count as a range from the lower bound to the upper, with a legend line', async () => {
    const graph = (await loadGraph(DEMO)).graph!;
    graph.setEdgeAttribute('subcontracts:sup-payroll->sup-dc#data centre', 'certainty', 'possible');
    const engine = createEngine(graph);
    const bounded = engine.rankBounds();
    const text = renderRanking(engine.table, bounded, 20);
    expect(text).toContain('a–b = from the lower bound (possible dependencies left out)');
    expect(text).toMatch(/Nordisk Datahall AB +sup-dc +0–3 +0–2 +0–2 +0–2 +0–37,000 +0–37,000/);
    expect(renderRanking(engine.table, bounded, 20, 'sv')).toContain('a–b = från den nedre gränsen');
    expect(rankJson(engine.table, bounded, 1)).toEqual([{ ...bounded[0], name: 'Kontorsmoln Ltd' }]);
  });

  it('shows the demo’s own doubt: Hallen Hosting takes down 2 to 4 organisations (datasets/demo/README.md)', async () => {
    const engine = createEngine((await loadGraph(DEMO)).graph!);
    const text = renderRanking(engine.table, engine.rankBounds(), 20);
    // If Kontorsmoln hosts at Hallen Hosting, its failure adds Kontorsmoln, the office suite,
    // Exempelverket (critical) and Björkby (not critical, 12,000 residents inside the region's county).
    expect(text).toMatch(/Hallen Hosting AB +sup-hosting +2–4 +2–3 +1–2 +2–3 +250,000 +275,000–287,000\n/);
    // Kontorsmoln's own failure cannot reach Hallen Hosting: the possible edge points away from it.
    expect(text).toMatch(/Kontorsmoln Ltd +sup-office +4 +2 +1 +0 +250,000 +287,000\n/);
  });
});
