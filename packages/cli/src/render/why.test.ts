/**
 * The why renderers on the demo dataset: Nordisk Datahall reaches Ådalen in four rounds through
 * Lönesystem, Skolwebb and the school platform (datasets/demo/README.md); Region Norrexempel is not
 * affected.
 */
import { fileURLToPath } from 'node:url';

import { createEngine, type SnapshotEngine } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { renderExplanation, whyJson } from './why.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));
const SPEC = { suppliers: ['sup-dc'] };

let engine: SnapshotEngine;
beforeAll(async () => {
  engine = createEngine((await loadGraph(DEMO)).graph!);
});

describe('renderExplanation', () => {
  it('tells the chain from the scenario to the organisation, one step a line', () => {
    const scenario = engine.scenario(SPEC);
    expect(renderExplanation(engine.table, engine.why('adalen', scenario), scenario.description)).toBe(
      [
        'Scenario: supplier Nordisk Datahall AB (sup-dc) fails.',
        '',
        'Ådalens kommun (adalen) is affected in round 4 (loses no critical function; hidden: it never named any supplier or service of the scenario).',
        'It lost: Skolplattform (svc-school).',
        '',
        'Why, step by step:',
        '    supplier Nordisk Datahall AB (sup-dc), fails (in the scenario)',
        '  → supplier Lönesystem AB (sup-payroll), which relies on it as a subcontractor, fails in round 1',
        '  → supplier Skolwebb AB (sup-school), which relies on it as a subcontractor, fails in round 2',
        '  → service Skolplattform (svc-school), which is provided by it, fails in round 3',
        '  → organisation Ådalens kommun (adalen), which uses it, is affected in round 4',
        '',
      ].join('\n'),
    );
  });

  it('says when the organisation is not affected', () => {
    const scenario = engine.scenario(SPEC);
    expect(renderExplanation(engine.table, engine.why('region-norr', scenario), scenario.description)).toBe(
      'Scenario: supplier Nordisk Datahall AB (sup-dc) fails.\n\n' +
        'Region Norrexempel (region-norr) is not affected: it keeps every dependency it needs.\n',
    );
  });

  it('names a critical loss and a contract edge', () => {
    const scenario = engine.scenario({ suppliers: ['sup-payroll'] });
    const text = renderExplanation(engine.table, engine.why('bjorkby', scenario), scenario.description);
    expect(text).toContain('Björkby kommun (bjorkby) is affected in round 1 (loses a critical function).');
    expect(text).toContain(
      '  → organisation Björkby kommun (bjorkby), which holds a contract with it, is affected in round 1',
    );
  });
});

describe('whyJson', () => {
  it('carries the scenario with its spec, the explanation, and names on every step', () => {
    const scenario = engine.scenario(SPEC);
    const json = whyJson(engine.table, scenario, SPEC, engine.why('adalen', scenario));
    expect(json.scenario).toEqual({
      description: 'supplier Nordisk Datahall AB (sup-dc) fails',
      members: ['sup-dc'],
      spec: SPEC,
    });
    expect(json).toMatchObject({ organisation: 'adalen', name: 'Ådalens kommun', affected: true, tier: 4 });
    expect(json.chain.map((step) => [step.id, step.name])).toEqual([
      ['sup-dc', 'Nordisk Datahall AB'],
      ['sup-payroll', 'Lönesystem AB'],
      ['sup-school', 'Skolwebb AB'],
      ['svc-school', 'Skolplattform'],
      ['adalen', 'Ådalens kommun'],
    ]);
  });
});

describe('renderExplanation in Swedish', () => {
  it('tells the chain step by step in Swedish, and a failed alternative group', () => {
    const scenario = engine.scenario({ suppliers: ['sup-hosting'] });
    const description = 'leverantören Hallen Hosting AB (sup-hosting) faller bort';
    // The confirmed chain (whyLower, as kedja why gives it): in the upper bound, `why`, Ådalen's chain
    // could as well run through Kontorsmoln's possible subcontract to Hallen Hosting.
    const lines = renderExplanation(engine.table, engine.whyLower('adalen', scenario), description, 'sv').split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Ådalens kommun (adalen) drabbas i omgång 3 (förlorar en samhällsviktig funktion; dolt beroende: den har aldrig angett någon leverantör eller tjänst i scenariot).',
        'Den förlorade: Omsorgsjournal (svc-journal).',
        'Varför, steg för steg:',
        '    leverantör Hallen Hosting AB (sup-hosting), faller bort (i scenariot)',
        '  → tjänst Omsorgsjournal (svc-journal), som levereras av den, faller bort i omgång 2; dess alternativ Omsorgsdata Syd AB (sup-journal-b) föll också bort',
        '  → organisation Ådalens kommun (adalen), som använder den, drabbas i omgång 3',
      ]),
    );
  });

  it('says when the organisation is not affected', () => {
    const scenario = engine.scenario(SPEC);
    expect(renderExplanation(engine.table, engine.why('region-norr', scenario), 'x', 'sv')).toContain(
      'Region Norrexempel (region-norr) drabbas inte: den behåller alla beroenden den behöver.',
    );
  });
});
