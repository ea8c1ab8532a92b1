/**
 * The Monte Carlo renderers on hand-made results (the numbers are the engine's business, tested
 * in core; here: how they are told): the distributions, the worst draw, the share table with its
 * cut, suppliers that spare nothing, and a run in which nothing is ever affected.
 */
import { addSupplier, createKedjaGraph, type SimulationResult } from '@kedja/core';
import { graphNodeTable } from '@kedja/core/kernel';
import { describe, expect, it } from 'vitest';

import { renderSimulation, simulationJson } from './simulate.js';

const graph = createKedjaGraph();
addSupplier(graph, 'sup-a', { name: 'Alfa Moln AB' });
addSupplier(graph, 'sup-b', { name: 'Beta Drift AB' });
addSupplier(graph, 'sup-c', { name: 'Gamma Hall AB' });
const table = graphNodeTable(graph);

const share = (supplier: string, organisations: number, population: number, share: number, failures: number) => ({
  supplier,
  probability: 0.1,
  failures,
  avoided: { organisations, criticalOrganisations: organisations, population },
  share,
});

const RESULT: SimulationResult = {
  samples: 1000,
  seed: 42,
  probability: { default: 0.1, fromData: 1, suppliers: 3 },
  meanFailingSuppliers: 0.3,
  organisations: { mean: 1.25, median: 1, p95: 3, p99: 4, max: 5 },
  criticalOrganisations: { mean: 0.5, median: 0, p95: 2, p99: 3, max: 3 },
  population: { mean: 12345.678, median: 0, p95: 40000, p99: 90000, max: 120000 },
  worst: { draw: 17, organisations: 5, criticalOrganisations: 3, population: 120000, suppliers: ['sup-a', 'sup-b'] },
  suppliers: [share('sup-a', 0.8, 9000.4, 0.64, 101), share('sup-b', 0.25, 100, 0.2, 98), share('sup-c', 0, 0, 0, 95)],
  batches: { 'per-draw': 0, 'bit-parallel': 32 },
};

describe('renderSimulation', () => {
  it('tells the probabilities, the distributions, the worst draw and the shares', () => {
    expect(renderSimulation(table, RESULT, 10)).toBe(
      [
        'Monte Carlo: 1,000 draws, seed 42; 1 of 3 suppliers fail with their own failure_probability, the others with 0.1.',
        'On average 0.30 suppliers fail per draw.',
        '',
        'per draw                         mean  median     p95     p99      max',
        '--------------------------  ---------  ------  ------  ------  -------',
        'organisations affected           1.25       1       3       4        5',
        'losing a critical function       0.50       0       2       3        3',
        'population served           12,345.68       0  40,000  90,000  120,000',
        '',
        'Worst draw (number 17): 5 organisations affected, 3 losing a critical function, population 120,000; failed suppliers: Alfa Moln AB (sup-a) and Beta Drift AB (sup-b).',
        '',
        'Share of the expected damage: organisations per draw that would be spared if the supplier never failed',
        '(shares overlap where suppliers fail together, so they need not add up to 100 %).',
        '',
        '#  supplier       id       p  failed in  spared   share  population spared',
        '-  -------------  -----  ---  ---------  ------  ------  -----------------',
        '1  Alfa Moln AB   sup-a  0.1        101   0.800  64.0 %              9,000',
        '2  Beta Drift AB  sup-b  0.1         98   0.250  20.0 %                100',
        '',
        '1 supplier spares nothing: no organisation depends on it failing.',
        '',
      ].join('\n'),
    );
  });

  it('cuts the share table at top and counts the rest', () => {
    const text = renderSimulation(table, RESULT, 1);
    expect(text).toContain('1  Alfa Moln AB  sup-a  0.1        101   0.800  64.0 %              9,000\n');
    expect(text).toContain('… and 1 more (--top N to see more)\n');
    expect(text).not.toContain('Beta Drift AB  sup-b');
  });

  it('says how every supplier fails: the default probability, or their own', () => {
    const allDefault = { ...RESULT, probability: { default: 0.05, fromData: 0, suppliers: 3 } };
    expect(renderSimulation(table, allDefault, 10)).toMatch(
      /^Monte Carlo: 1,000 draws, seed 42; each of 3 suppliers fails with probability 0\.05\.\n/,
    );
    const allOwn = { ...RESULT, probability: { default: null, fromData: 3, suppliers: 3 } };
    expect(renderSimulation(table, allOwn, 10)).toMatch(
      /; each of 3 suppliers fails with its own failure_probability\.\n/,
    );
  });

  it('stops after the distributions when no draw affects anyone', () => {
    const none = { organisations: 0, criticalOrganisations: 0, population: 0 };
    const zero = { mean: 0, median: 0, p95: 0, p99: 0, max: 0 };
    const quiet: SimulationResult = {
      ...RESULT,
      organisations: zero,
      criticalOrganisations: zero,
      population: zero,
      worst: { ...none, draw: 1, suppliers: [] },
      suppliers: [],
    };
    const text = renderSimulation(table, quiet, 10);
    expect(text.endsWith('\nNo draw affects any organisation.\n')).toBe(true);
    expect(text).not.toContain('Share of the expected damage');
  });
});

describe('simulationJson', () => {
  it('names the worst draw’s suppliers and the share table, cut at top when given', () => {
    const json = simulationJson(table, RESULT, 1);
    expect(json.worst.suppliers).toEqual([
      { id: 'sup-a', name: 'Alfa Moln AB' },
      { id: 'sup-b', name: 'Beta Drift AB' },
    ]);
    expect(json.suppliers).toEqual([{ ...RESULT.suppliers[0], name: 'Alfa Moln AB' }]);
    expect(json.samples).toBe(1000);
    expect(json.batches).toEqual(RESULT.batches);
    expect(simulationJson(table, RESULT).suppliers.map((s) => s.name)).toEqual([
      'Alfa Moln AB',
      'Beta Drift AB',
      'Gamma Hall AB',
    ]);
  });
});

describe('renderSimulation in Swedish', () => {
  it('writes decimals with a comma and groups digits with a no-break space', () => {
    const lines = renderSimulation(table, RESULT, 10, 'sv').replaceAll('\u00a0', ' ').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Monte Carlo: 1 000 dragningar, frö 42; 1 av 3 leverantörer faller bort med sin egen failure_probability, övriga med 0,1.',
        'I genomsnitt faller 0,30 leverantörer bort per dragning.',
        'befolkning som betjänas                  12 345,68       0  40 000  90 000  120 000',
        'Värsta dragningen (nummer 17): 5 organisationer drabbade, 3 förlorar en samhällsviktig funktion, befolkning 120 000; leverantörer som föll bort: Alfa Moln AB (sup-a) och Beta Drift AB (sup-b).',
        '1  Alfa Moln AB   sup-a  0,1          101    0,800  64,0 %              9 000',
        '1 leverantör skonar ingenting: ingen organisation påverkas av att den faller bort.',
      ]),
    );
  });
});

describe('with possible dependencies (issue 13)', () => {
  const drawn: SimulationResult = {
    ...RESULT,
    possibleEdges: { count: 4, fromData: 3, default: 0.5, meanPresent: 2.15 },
  };

  it('says how many were drawn and that 0.5 stood in for the one without a probability', () => {
    expect(renderSimulation(table, drawn, 10)).toContain(
      'Possible dependencies: 4, drawn in every draw, each present with its probability; 1 has none and is drawn with 0.5. ' +
        'On average 2.15 are present per draw; confirmed dependencies always are.',
    );
    expect(
      renderSimulation(table, { ...drawn, possibleEdges: { ...drawn.possibleEdges!, fromData: 2 } }, 10),
    ).toContain('2 have none and are drawn with 0.5.');
    expect(renderSimulation(table, drawn, 10, 'sv')).toContain('1 saknar sannolikhet och dras med 0,5.');
    expect(simulationJson(table, drawn).possibleEdges).toEqual(drawn.possibleEdges);
  });

  it('says nothing of them when every probability is given, and nothing at all without them', () => {
    const all = renderSimulation(table, { ...drawn, possibleEdges: { ...drawn.possibleEdges!, fromData: 4 } }, 10);
    expect(all).toContain('each present with its probability. On average 2.15');
    expect(renderSimulation(table, RESULT, 10)).not.toContain('Possible dependencies');
  });
});
