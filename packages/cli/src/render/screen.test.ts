/**
 * The joint-failure renderers. Pairs on the demo dataset: the two journal suppliers together take
 * down what neither takes alone, defeating Omsorgsjournal's redundancy (datasets/demo/README.md).
 * Covers on the demo, and on hand-made results for the cases the demo does not reach (greedy and
 * not proven optimal, exhaustive, unreachable, by population).
 */
import { fileURLToPath } from 'node:url';

import { addSupplier, createEngine, createKedjaGraph, type CoverResult, type KedjaGraph } from '@kedja/core';
import { graphNodeTable, type NodeTable, type Snapshot } from '@kedja/core/kernel';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { commonCause, coverJson, renderCover, renderPairs, renderScreen, screenJson } from './screen.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

let graph: KedjaGraph;
let snapshot: Snapshot;
let table: NodeTable;
beforeAll(async () => {
  graph = (await loadGraph(DEMO)).graph!;
  ({ snapshot, table } = createEngine(graph));
});

const index = (id: string) => snapshot.ids.indexOf(id);

/** A cover of the demo's organisations by hand: Kontorsmoln, then Nordisk Datahall. */
function cover(fields: Partial<CoverResult> = {}): CoverResult {
  return {
    by: 'organisations',
    share: 0.75,
    target: 3,
    total: 4,
    reachable: true,
    steps: [
      { supplier: index('sup-office'), organisations: 2, population: 25_000 },
      { supplier: index('sup-dc'), organisations: 3, population: 37_000 },
    ],
    lowerBound: 1,
    optimal: false,
    method: 'greedy',
    searched: [],
    propagations: 9,
    ...fields,
  };
}

describe('renderPairs', () => {
  it('lists the pairs, whom only they take down, and the redundancy they defeat', () => {
    const pairs = createEngine(graph).pairs({ top: 10 });
    expect(renderPairs(table, pairs)).toBe(
      [
        'N-2 screen: pairs of suppliers whose joint failure takes down organisations that neither takes down alone.',
        '7 suppliers, 21 pairs; 1 checked by propagation (only pairs that together defeat a declared redundancy can do this).',
        '',
        '#  pair                                        only together  population  common cause',
        '-  ------------------------------------------  -------------  ----------  ------------',
        '1  Journalsystem Nord AB + Omsorgsdata Syd AB              2     275,000  country SE',
        '',
        '1. Journalsystem Nord AB (sup-journal-a) + Omsorgsdata Syd AB (sup-journal-b): only together they take down Region Norrexempel (region-norr) and Ådalens kommun (adalen).',
        '   It defeats the declared redundancy of service Omsorgsjournal (svc-journal): Journalsystem Nord AB or Omsorgsdata Syd AB.',
        '',
      ].join('\n'),
    );
  });

  it('says so when no pair does more than its members alone, and counts pairs beyond the top', () => {
    const none = { pairs: [], found: 0, checked: 3, total: 21 };
    expect(renderPairs(table, none)).toContain(
      '\nNo pair does: every organisation a pair takes down, one of the two takes down alone.\n',
    );
    const pairs = createEngine(graph).pairs({ top: 10 });
    expect(renderPairs(table, { ...pairs, found: 4 })).toMatch(/\n… and 3 more pairs \(--top N to see more\)\n$/);
  });
});

describe('commonCause', () => {
  it('finds a shared owner (ignoring case and spaces) and a shared country', () => {
    const g = createKedjaGraph();
    addSupplier(g, 'a', { name: 'A', parent: 'Edu Holding', country: 'SE' });
    addSupplier(g, 'b', { name: 'B', parent: ' edu holding', country: 'SE' });
    addSupplier(g, 'c', { name: 'C', country: 'NO' });
    const t = graphNodeTable(g);
    expect(commonCause(t, 'a', 'b')).toEqual({ parent: 'Edu Holding', country: 'SE' });
    expect(commonCause(t, 'a', 'c')).toEqual({});
  });
});

describe('renderCover', () => {
  it('tells a one-supplier cover and how it is known to be optimal', () => {
    const result = createEngine(graph).cover({ share: 0.5, by: 'organisations' });
    expect(renderCover(table, result)).toBe(
      [
        'Cover: the fewest suppliers whose joint failure affects at least 50 % of organisations (2 of 4).',
        '',
        '#  supplier         id          organisations  population',
        '-  ---------------  ----------  -------------  ----------',
        '1  Kontorsmoln Ltd  sup-office              4     287,000',
        '',
        '1 supplier suffices: it affects 4 organisations (100 %).',
        'Optimal: no smaller set can (lower bound 1, from what each supplier can reach at all).',
        '',
      ].join('\n'),
    );
  });

  it('bounds a greedy cover that is not proven optimal', () => {
    const lines = renderCover(table, cover({ searched: [1] })).split('\n');
    expect(lines).toContain(
      '2 suppliers suffice: together they affect 3 organisations (75 %) (each row counts what the suppliers up to it affect together).',
    );
    expect(lines).toContain(
      'Greedy choice: at most 1 supplier more than the smallest possible. No set of fewer than 1 supplier can reach the target; every set of 1 was tried.',
    );
  });

  it('names an exhaustive search, counts population, and says when no set can', () => {
    const exhaustive = cover({ optimal: true, method: 'exhaustive', searched: [1] });
    expect(renderCover(table, exhaustive)).toContain(
      'Optimal: found by trying every smaller set than the greedy choice; every set of 1 was tried.\n',
    );
    const byPopulation = cover({ by: 'population', share: 0.1, target: 28_700.5, total: 287_000 });
    const text = renderCover(table, byPopulation);
    expect(text).toMatch(/^Cover: .* at least 10 % of the population served \(28,701 of 287,000\)\.\n/);
    expect(text).toContain('together they affect population 37,000 (12.9 %)');
    expect(renderCover(table, cover({ reachable: false, steps: [] }))).toBe(
      'Cover: the fewest suppliers whose joint failure affects at least 75 % of organisations (3 of 4).\n\n' +
        'No set of suppliers can: even all of them failing together affect less than 75 % of organisations.\n',
    );
  });
});

describe('coverJson and screenJson', () => {
  it('name the cover’s suppliers and give the gap to the bound (null when unreachable)', () => {
    const json = coverJson(table, cover());
    expect(json.suppliers).toEqual([
      { id: 'sup-office', name: 'Kontorsmoln Ltd', organisations: 2, population: 25_000 },
      { id: 'sup-dc', name: 'Nordisk Datahall AB', organisations: 3, population: 37_000 },
    ]);
    expect(json).toMatchObject({ size: 2, gap: 1, lowerBound: 1, method: 'greedy' });
    expect(json).not.toHaveProperty('propagations');
    expect(coverJson(table, cover({ reachable: false, steps: [] })).gap).toBeNull();
  });

  it('holds what was asked: pairs, cover, or both', () => {
    const pairs = createEngine(graph).pairs({ top: 10 });
    const both = screenJson(table, pairs, cover());
    expect(both.pairs).toMatchObject({ suppliers: 7, total: 21, checked: 1, found: 1 });
    expect(both.pairs!.pairs[0]).toMatchObject({
      suppliers: [
        { id: 'sup-journal-a', name: 'Journalsystem Nord AB' },
        { id: 'sup-journal-b', name: 'Omsorgsdata Syd AB' },
      ],
      beyond: [
        { id: 'adalen', name: 'Ådalens kommun', population: 25000 },
        { id: 'region-norr', name: 'Region Norrexempel', population: 250000 },
      ],
      beyondPopulation: 275000,
      defeats: [{ id: 'svc-journal', name: 'Omsorgsjournal', kind: 'service' }],
      commonCause: { country: 'SE' },
    });
    expect(Object.keys(screenJson(table, undefined, cover()))).toEqual(['cover']);
    expect(Object.keys(screenJson(table, pairs))).toEqual(['pairs']);
  });

  it('renderScreen puts the pairs before the cover, a blank line between', () => {
    const pairs = createEngine(graph).pairs({ top: 10 });
    const text = renderScreen(table, pairs, cover());
    expect(text).toBe(`${renderPairs(table, pairs)}\n${renderCover(table, cover())}`);
  });
});

describe('the screen in Swedish', () => {
  it('tells the pairs and the redundancy they defeat in Swedish', () => {
    const lines = renderPairs(table, createEngine(graph).pairs({ top: 10 }), 'sv').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'N-2-screening: par av leverantörer vars samtidiga avbrott slår ut organisationer som ingen av dem slår ut ensam.',
        '7 leverantörer, 21 par; 1 av dem prövade genom spridning (bara par som tillsammans slår ut en angiven redundans kan göra detta).',
        '#  par                                         bara tillsammans  befolkning  gemensam orsak',
        '   Paret slår ut den angivna redundansen för tjänst Omsorgsjournal (svc-journal): Journalsystem Nord AB eller Omsorgsdata Syd AB.',
      ]),
    );
  });

  it('tells a greedy cover and its bound in Swedish, shares with a decimal comma', () => {
    const lines = renderCover(table, cover({ share: 0.625, searched: [1] }), 'sv').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Täckning: det minsta antalet leverantörer vars samtidiga avbrott drabbar minst 62,5 % av organisationerna (3 av 4).',
        '2 leverantörer räcker: tillsammans drabbar de 3 organisationer (75 %) (varje rad räknar vad leverantörerna till och med den drabbar tillsammans).',
        'Girigt val: högst 1 leverantör fler än minsta möjliga. Ingen mängd med färre än 1 leverantör når målet; varje mängd om 1 prövades.',
      ]),
    );
  });
});

describe('with possible dependencies (issue 13)', () => {
  // Both organisations that only the two journal suppliers take down together use the journal
  // possibly: without the possible dependencies the pair takes nothing down beyond.
  async function uncertainDemo() {
    const uncertain = (await loadGraph(DEMO)).graph!;
    for (const edge of ['uses:adalen->svc-journal', 'uses:region-norr->svc-journal']) {
      uncertain.setEdgeAttribute(edge, 'certainty', 'possible');
    }
    return createEngine(uncertain);
  }

  it('lists a pair found in either bound, its counts as ranges and its sentence from the upper bound', async () => {
    const engine = await uncertainDemo();
    const pairs = engine.pairsBounds();
    const text = renderPairs(engine.table, pairs);
    expect(text).toContain('Possible dependencies: 0 pairs without them, 1 with every one taken as real');
    expect(text).toMatch(/Journalsystem Nord AB \+ Omsorgsdata Syd AB +0–2 +0–\d/);
    expect(text).toContain('only together, and only if the possible dependencies are real, they take down');
    expect(renderPairs(engine.table, pairs, 'sv')).toContain('bara om de möjliga beroendena är verkliga');
    const json = screenJson(engine.table, pairs);
    expect(json.pairs).toMatchObject({ found: 0, upper: { found: 1 } });
    expect(json.pairs!.pairs[0]).toMatchObject({ beyond: [], upper: { beyond: [{}, {}] } });
  });

  it('gives the cover of the lower bound and, in one line, the upper bound’s', async () => {
    const engine = await uncertainDemo();
    const bounded = engine.coverBounds({ share: 0.5 });
    const text = renderCover(engine.table, bounded);
    expect(text).toContain('Without the possible dependencies:');
    expect(text).toMatch(/With every possible dependency taken as real \(the worst case\), 1 supplier suffices: /);
    expect(screenJson(engine.table, undefined, bounded).cover!.upper).toEqual(coverJson(engine.table, bounded.upper));
  });
});
