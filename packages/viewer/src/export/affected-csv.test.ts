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
});
