import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSupplier,
  addUses,
  createEngine,
  createKedjaGraph,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { analyseScenario } from '../analysis/analyse-scenario.js';
import { affectedCsv, csvField } from './affected-csv.js';

describe('affected organisations as CSV', () => {
  it('quotes separators and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(undefined)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('writes one row per affected organisation with its level', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'k', { name: 'Kommun, Norra', orgType: 'municipality', county: 'Län', population: 100 });
    addOrganisation(graph, 'safe', { name: 'Unaffected' });
    addService(graph, 's', { name: 'Journal' });
    addSupplier(graph, 'x', { name: '<img src=x onerror=alert(1)>' });
    addUses(graph, 'k', 's', { critical: true, function: 'health care' });
    addProvidedBy(graph, 's', 'x');
    const view = analyseScenario(graph, createEngine(graph), { suppliers: ['x'] }, 48)!;
    expect(affectedCsv(graph, view)).toBe(
      'id,name,type,county,population,tier,critical,hidden,level,lost\r\n' +
        `k,"Kommun, Norra",municipality,Län,100,2,true,false,${view.consequences.get('k')!.level},Journal\r\n`,
    );
  });

  it('marks each organisation confirmed or possible when the graph has possible edges, as kedja blast --json', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'sure', { name: 'Sure' });
    addOrganisation(graph, 'maybe', { name: 'Maybe' });
    addService(graph, 's', { name: 'Journal' });
    addSupplier(graph, 'x', { name: 'Host' });
    addUses(graph, 'sure', 's');
    addUses(graph, 'maybe', 's', { certainty: 'possible' });
    addProvidedBy(graph, 's', 'x');
    const view = analyseScenario(graph, createEngine(graph), { suppliers: ['x'] }, 48)!;
    expect(view.blast.totals.organisations).toBe(1);
    expect(view.upper!.totals.organisations).toBe(2);
    expect([...view.possible]).toEqual(['maybe']);
    const [header, ...rows] = affectedCsv(graph, view).trim().split('\r\n');
    expect(header).toBe('id,name,type,county,population,tier,critical,hidden,level,lost,certainty');
    expect(rows.map((row) => [row.split(',')[0], row.split(',').at(-1)]).sort()).toEqual([
      ['maybe', 'possible'],
      ['sure', 'confirmed'],
    ]);
  });
});
