/**
 * The blast renderers on the demo dataset (datasets/demo/README.md checks the numbers by hand):
 * Nordisk Datahall failing takes Lönesystem and Skolwebb with it, and three organisations through
 * subcontractors they never named; and on a scenario that selects nothing.
 */
import { fileURLToPath } from 'node:url';

import { createEngine, type KedjaGraph } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { blastJson, renderBlast, type BlastLevels } from './blast.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));
const SPEC = { suppliers: ['sup-dc'] };

let graph: KedjaGraph;
beforeAll(async () => {
  graph = (await loadGraph(DEMO)).graph!;
});

describe('renderBlast', () => {
  it('prints the summary, the affected organisations and the failed nodes by tier', () => {
    const engine = createEngine(graph);
    expect(renderBlast(engine.table, engine.blast(SPEC), 50)).toBe(
      [
        'Scenario: supplier Nordisk Datahall AB (sup-dc) fails.',
        '',
        '3 organisations affected: 2 lose a critical function, 3 are hit only through subcontractors they never named (hidden); 37,000 residents, each counted once (population served, summed over organisations: 37,000).',
        'By type: agency 1, municipality 2.',
        '3 suppliers and 2 services fail.',
        '',
        'Affected organisations',
        'organisation    id             tier  critical  hidden  lost',
        '--------------  -------------  ----  --------  ------  -------------------------',
        'Björkby kommun  bjorkby           2  yes       yes     Lönetjänst, Lönesystem AB',
        'Exempelverket   exempelverket     3  yes       yes     Lönetjänst',
        'Ådalens kommun  adalen            4  no        yes     Skolplattform',
        '',
        'Failed suppliers and services (tier 0 is the scenario, tier k falls in round k)',
        'tier  kind      name                 id',
        '----  --------  -------------------  -----------',
        '   0  supplier  Nordisk Datahall AB  sup-dc',
        '   1  supplier  Lönesystem AB        sup-payroll',
        '   2  supplier  Skolwebb AB          sup-school',
        '   2  service   Lönetjänst           svc-payroll',
        '   3  service   Skolplattform        svc-school',
        '',
      ].join('\n'),
    );
  });

  it('cuts each list at the limit and says how many more there are', () => {
    const engine = createEngine(graph);
    const lines = renderBlast(engine.table, engine.blast(SPEC), 2).split('\n');
    expect(lines.filter((line) => line.startsWith('… and'))).toEqual([
      '… and 1 more (--limit or --json for all)',
      '… and 3 more (--limit or --json for all)',
    ]);
    expect(lines).not.toContain('Ådalens kommun  adalen            4  no        yes     Skolplattform');
  });

  it('adds the consequence level of each organisation and the count per level, worst first', () => {
    const engine = createEngine(graph);
    const levels: BlastLevels = {
      duration: 48,
      rules: 'Toy rules',
      levels: new Map([
        ['bjorkby', 'critical'],
        ['exempelverket', 'noticeable'],
        ['adalen', 'none'],
      ]),
    };
    const lines = renderBlast(engine.table, engine.blast(SPEC), 50, levels).split('\n');
    expect(lines).toContain('After 48 h (rules: Toy rules): crisis 0, critical 1, noticeable 1, minor 0, none 1.');
    expect(lines).toContain('organisation    id             tier  critical  hidden  level       lost');
    expect(lines).toContain('Exempelverket   exempelverket     3  yes       yes     noticeable  Lönetjänst');
  });

  it('says that no organisation is affected, with no tables, when the scenario selects nothing', () => {
    const engine = createEngine(graph);
    expect(renderBlast(engine.table, engine.blast({ countries: ['US'] }), 50)).toBe(
      'Scenario: every supplier based in United States (US) fails.\n\nNo organisation is affected.\n0 suppliers and 0 services fail.\n',
    );
  });
});

describe('blastJson', () => {
  it('names every node, adds type and population, and sorts the counts by key', () => {
    const engine = createEngine(graph);
    const json = blastJson(engine.table, engine.blast(SPEC), SPEC);
    expect(json.scenario).toEqual({
      description: 'supplier Nordisk Datahall AB (sup-dc) fails',
      members: ['sup-dc'],
      spec: SPEC,
    });
    expect(json.failedSuppliers.map((s) => s.name)).toEqual(['Nordisk Datahall AB', 'Lönesystem AB', 'Skolwebb AB']);
    expect(json.affectedOrganisations[0]).toEqual({
      id: 'bjorkby',
      tier: 2,
      lost: ['svc-payroll', 'sup-payroll'],
      critical: true,
      hidden: true,
      name: 'Björkby kommun',
      type: 'municipality',
      population: 12000,
    });
    // Exempelverket has no population figure: the key is left out, not null.
    expect(json.affectedOrganisations[1]).not.toHaveProperty('population');
    expect(Object.keys(json.totals.bySector)).toEqual(['education', 'heating', 'social-care', 'water']);
    expect(json.totals.byCounty).toEqual({ Exempellän: 2, unspecified: 1 });
    expect(json).not.toHaveProperty('duration');
    expect(json.totals).not.toHaveProperty('byLevel');
  });

  it('with levels, adds each level, the count per level and the duration', () => {
    const engine = createEngine(graph);
    const levels: BlastLevels = { duration: 168, rules: 'Toy rules', levels: new Map([['bjorkby', 'crisis']]) };
    const json = blastJson(engine.table, engine.blast(SPEC), SPEC, levels);
    expect(json.duration).toEqual({ hours: 168, label: '1 week', rules: 'Toy rules' });
    expect(json.totals.byLevel).toEqual({ none: 0, minor: 0, noticeable: 0, critical: 0, crisis: 1 });
    expect(json.affectedOrganisations.map((o) => o.level)).toEqual(['crisis', undefined, undefined]);
  });
});

describe('renderBlast in Swedish', () => {
  /** Swedish groups digits with a no-break space; the expectations write a plain one. */
  const plain = (text: string) => text.replaceAll('\u00a0', ' ');

  it('says who is affected and what fails in MSB’s words, with Swedish numbers and levels', () => {
    const engine = createEngine(graph);
    const blast = engine.blast(SPEC);
    const levels: BlastLevels = {
      duration: 168,
      rules: 'Toy rules',
      levels: new Map([
        ['bjorkby', 'critical'],
        ['exempelverket', 'noticeable'],
        ['adalen', 'none'],
      ]),
    };
    const description = 'leverantören Nordisk Datahall AB (sup-dc) faller bort';
    const text = renderBlast(engine.table, blast, 2, levels, 'sv', description);
    expect(text).toContain('37\u00a0000 invånare');
    expect(plain(text).split('\n')).toEqual(
      expect.arrayContaining([
        'Scenario: leverantören Nordisk Datahall AB (sup-dc) faller bort.',
        '3 organisationer drabbas: 2 förlorar en samhällsviktig funktion, 3 nås enbart via underleverantörer de aldrig har angett (dolda beroenden); 37 000 invånare, var och en räknad en gång (befolkning som betjänas, summerad över organisationerna: 37 000).',
        'Per typ: myndighet 1, kommun 2.',
        'Efter 1 vecka (regler: Toy rules): kris 0, kritisk 1, kännbar 1, begränsad 0, ingen 1.',
        '3 leverantörer och 2 tjänster faller bort.',
        'Drabbade organisationer',
        'organisation    id             steg  kritisk  dold  nivå     förlorar',
        'Exempelverket   exempelverket     3  ja       ja    kännbar  Lönetjänst',
        '… och 1 till (--limit eller --json för alla)',
        '   0  leverantör  Nordisk Datahall AB  sup-dc',
      ]),
    );
  });
});

describe('with possible dependencies (issue 13)', () => {
  /** The demo with Lönesystem's data centre only possible: Nordisk Datahall then takes down nobody for certain. */
  const doubtful = () => {
    const copy = graph.copy() as KedjaGraph;
    copy.setEdgeAttribute('subcontracts:sup-payroll->sup-dc#data centre', 'certainty', 'possible');
    return createEngine(copy);
  };

  it('--json: the upper bound listed with certainty, totals of the lower bound, totalsUpper', () => {
    const engine = doubtful();
    const json = blastJson(engine.table, engine.blastBounds(SPEC), SPEC);
    expect(json.affectedOrganisations.map((o) => [o.id, o.certainty])).toEqual([
      ['bjorkby', 'possible'],
      ['exempelverket', 'possible'],
      ['adalen', 'possible'],
    ]);
    expect(json.totals.organisations).toBe(0);
    expect(json.totalsUpper?.organisations).toBe(3);
  });

  it('text: ranges and a certainty column, in English and Swedish', () => {
    const engine = doubtful();
    const bounds = engine.blastBounds(SPEC);
    const en = renderBlast(engine.table, bounds, 50);
    expect(en).toContain('0 to 3 organisations affected: the first figure leaves the possible dependencies out');
    expect(en).toContain('By type: agency 0 to 1, municipality 0 to 2.');
    expect(en).toContain('1 to 3 suppliers and 0 to 2 services fail.');
    expect(en).toMatch(/Björkby kommun +bjorkby +2 +yes +yes +possible /);
    const sv = renderBlast(engine.table, bounds, 50, undefined, 'sv');
    expect(sv).toContain('0 till 3 organisationer drabbas');
    expect(sv).toMatch(/Björkby kommun +bjorkby +2 +ja +ja +möjlig /);
  });
});
