/**
 * The advice renderers on the demo dataset (three changes bring the score from 10 to 4), and on
 * hand-made advice for what the demo does not show: an alternative supplier, population scores,
 * more than three organisations spared, and advice with no step.
 */
import { fileURLToPath } from 'node:url';

import {
  addOrganisation,
  addService,
  addSupplier,
  createEngine,
  createKedjaGraph,
  type KedjaGraph,
  type MitigationAdvice,
} from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { adviceJson, describeChange, describeEffect, renderAdvice, scoreDefinition } from './advise.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

let demo: KedjaGraph;
let advice: MitigationAdvice;
beforeAll(async () => {
  demo = (await loadGraph(DEMO)).graph!;
  advice = createEngine(demo).advise({ top: 5, by: 'critical' });
});

describe('renderAdvice', () => {
  it('numbers the changes, each with its effect, and sums up', () => {
    expect(renderAdvice(demo, advice, 5)).toBe(
      [
        'Mitigation advice: up to 5 changes, each the one that cuts the systemic risk score most, given those before it.',
        'Systemic risk score: the sum, over each of the 7 suppliers failing alone, of the organisations that then lose a critical function (a function with a fallback routine does not count as lost). Today: 10.',
        '',
        '1. Exempelverket (exempelverket) sets up a manual fallback routine for payroll on Lönetjänst (svc-payroll), so that the work can go on while Lönetjänst is down.',
        '   Effect: the risk score falls from 10 to 7 (-3, -30 %): when Nordisk Datahall AB, Lönesystem AB or Skolwebb AB fails alone, Exempelverket keeps its critical functions.',
        '',
        '2. Ask Journalsystem Nord AB (sup-journal-a) to move off its subcontractor Hallen Hosting AB (sup-hosting), which it shares with Omsorgsdata Syd AB, to one of its own (or to declare a second one as an alternative).',
        '   Effect: the risk score falls from 7 to 5 (-2, -29 %): when Hallen Hosting AB fails alone, Region Norrexempel and Ådalens kommun keep their critical functions.',
        '',
        '3. Ådalens kommun (adalen) sets up a manual fallback routine for administration on Kontorspaket Moln (svc-office), so that the work can go on while Kontorspaket Moln is down.',
        '   Effect: the risk score falls from 5 to 4 (-1, -20 %): when Kontorsmoln Ltd fails alone, Ådalens kommun keeps its critical functions.',
        '',
        'After 3 changes the score is 4 (-60 %). No other candidate change (an alternative supplier, a fallback routine, moving off a shared subcontractor) lowers it further.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out "no other change" when the steps fill the top', () => {
    const text = renderAdvice(demo, { ...advice, steps: advice.steps.slice(0, 2), scoreAfter: 5 }, 2);
    expect(text.endsWith('After 2 changes the score is 5 (-50 %).\n')).toBe(true);
  });

  it('says why there is no step: a score of 0, or no change that lowers it', () => {
    const none = { ...advice, steps: [], scoreBefore: 0, scoreAfter: 0 };
    expect(renderAdvice(demo, none, 5)).toMatch(
      /Today: 0\.\n\nThe score is already 0: no single supplier failure costs any organisation a critical function\.\n$/,
    );
    expect(renderAdvice(demo, { ...none, scoreBefore: 3, scoreAfter: 3 }, 5)).toMatch(
      /\n\nNo candidate change lowers the score: what remains comes from direct contracts and from organisations’ own choices\.\n$/,
    );
  });
});

describe('the sentences', () => {
  const graph = createKedjaGraph();
  addService(graph, 'svc', { name: 'Journal' });
  addSupplier(graph, 'sup-a', { name: 'Alfa AB' });
  addSupplier(graph, 'sup-b', { name: 'Beta AB' });
  for (const [id, population] of [
    ['o1', 100],
    ['o2', 400],
    ['o3', 300],
    ['o4', 200],
  ] as const) {
    addOrganisation(graph, id, { name: `Kommun ${id}`, population });
  }
  const byPopulation: MitigationAdvice = {
    by: 'population',
    scoreBefore: 2000,
    scoreAfter: 1000,
    suppliers: 2,
    candidates: 1,
    steps: [
      {
        kind: 'alternative',
        service: 'svc',
        failsWith: ['sup-a', 'sup-b'],
        scoreBefore: 2000,
        scoreAfter: 1000,
        reduction: 1000,
        spared: [
          { supplier: 'sup-a', organisations: ['o1', 'o2', 'o3', 'o4'] },
          { supplier: 'sup-b', organisations: ['o1', 'o2', 'o3', 'o4'] },
        ],
      },
    ],
  };
  const step = byPopulation.steps[0]!;

  it('asks for an independent alternative, naming who takes the service down today', () => {
    expect(describeChange(graph, step)).toBe(
      'Procure a second, independent supplier for Journal (svc) and declare it as an alternative ' +
        "(one that relies on none of today's suppliers). Today the service fails whenever Alfa AB or Beta AB fails.",
    );
  });

  it('counts residents, groups suppliers that spare the same organisations, and names the largest first', () => {
    expect(describeEffect(graph, byPopulation, step)).toBe(
      'Effect: the risk score falls from 2,000 residents to 1,000 residents (-1,000 residents, -50 %): ' +
        'when Alfa AB or Beta AB fails alone, 4 organisations (Kommun o2, Kommun o3, Kommun o4 and Kommun o1) keep their critical functions.',
    );
  });

  it('defines the score by what it counts', () => {
    expect(scoreDefinition(byPopulation)).toBe(
      'the sum, over each of the 2 suppliers failing alone, of the population served by the organisations that then lose a critical function ' +
        '(a function with a fallback routine does not count as lost)',
    );
  });
});

describe('adviceJson', () => {
  it('names every node of a step and carries its sentences', () => {
    const json = adviceJson(demo, advice);
    expect(json).toMatchObject({ by: 'critical', scoreBefore: 10, scoreAfter: 4, candidates: 10 });
    expect(json.definition).toBe(scoreDefinition(advice));
    expect(json.steps.map((s) => s.kind)).toEqual(['fallback', 'move', 'fallback']);
    const [first, second] = json.steps;
    expect(first).toMatchObject({
      service: { id: 'svc-payroll', name: 'Lönetjänst' },
      organisation: { id: 'exempelverket', name: 'Exempelverket' },
      function: 'payroll',
      reduction: 3,
    });
    expect(first!.spared[0]).toEqual({
      supplier: { id: 'sup-dc', name: 'Nordisk Datahall AB' },
      organisations: [{ id: 'exempelverket', name: 'Exempelverket' }],
    });
    expect(first!.advice).toBe(describeChange(demo, advice.steps[0]!));
    expect(second).toMatchObject({
      supplier: { id: 'sup-journal-a', name: 'Journalsystem Nord AB' },
      subcontractor: { id: 'sup-hosting', name: 'Hallen Hosting AB' },
      sharedWith: [{ id: 'sup-journal-b', name: 'Omsorgsdata Syd AB' }],
    });
    // Only the fields a step has: a fallback names no supplier.
    expect(Object.keys(first!)).not.toContain('supplier');
    expect(Object.keys(first!)).not.toContain('failsWith');
  });
});

describe('renderAdvice in Swedish', () => {
  it('proposes the changes and their effect in Swedish; the JSON keeps the English sentences', () => {
    const lines = renderAdvice(demo, advice, 5, 'sv').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Åtgärdsförslag: upp till 5 förändringar, var och en den som sänker systemriskpoängen mest, givet de föregående.',
        '2. Be Journalsystem Nord AB (sup-journal-a) att lämna sin underleverantör Hallen Hosting AB (sup-hosting), som den delar med Omsorgsdata Syd AB, för en egen (eller att ange en andra som alternativ).',
        '   Effekt: riskpoängen sjunker från 7 till 5 (-2, -29 %): när Hallen Hosting AB faller bort ensam behåller Region Norrexempel och Ådalens kommun sina samhällsviktiga funktioner.',
        'Efter 3 förändringar är poängen 4 (-60 %). Ingen annan möjlig förändring (en alternativ leverantör, en reservrutin, att lämna en delad underleverantör) sänker den ytterligare.',
      ]),
    );
    expect(adviceJson(demo, advice).steps[1]!.advice).toMatch(/^Ask Journalsystem Nord AB/);
  });
});

describe('with possible dependencies (issue 13)', () => {
  it('says the advice takes them as real and gives the lower bound’s scores beside', async () => {
    const uncertain = (await loadGraph(DEMO)).graph!;
    uncertain.setEdgeAttribute('subcontracts:sup-payroll->sup-dc#data centre', 'certainty', 'possible');
    const bounded = createEngine(uncertain).advise({ top: 3 });
    const text = renderAdvice(uncertain, bounded, 3);
    expect(text).toContain(`without the possible dependencies the score today is ${bounded.lower!.scoreBefore}.`);
    const first = bounded.steps[0]!.lower!;
    expect(text).toContain(
      first.scoreBefore === first.scoreAfter
        ? `Without the possible dependencies: unchanged at ${first.scoreBefore}.`
        : `Without the possible dependencies: from ${first.scoreBefore} to ${first.scoreAfter}.`,
    );
    expect(renderAdvice(uncertain, bounded, 3, 'sv')).toContain('Förslagen räknar varje möjligt beroende som verkligt');
    const json = adviceJson(uncertain, bounded);
    expect(json.lower).toEqual(bounded.lower);
    expect(json.steps.map((step) => step.lower)).toEqual(bounded.steps.map((step) => step.lower));
    // Without possible dependencies: no such line and no such field.
    expect(renderAdvice(demo, advice, 5)).not.toContain('possible dependencies');
    expect('lower' in adviceJson(demo, advice)).toBe(false);
  });
});
