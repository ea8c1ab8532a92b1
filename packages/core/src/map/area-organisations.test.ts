import { describe, expect, it } from 'vitest';

import { CONSEQUENCE_LEVELS } from '../consequences/index.js';
import { addOrganisation, addSupplier, createKedjaGraph } from '../model/index.js';
import { areaOrganisations, isAreaCode, servesAnyArea } from './area-organisations.js';
import { LEVEL_COLOURS } from './level-colours.js';

/** Two counties of a made-up map: 01 with two municipalities, 03 with one; an agency and a supplier. */
function toyGraph() {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'k0114', { name: 'Upplands Väsby kommun', orgType: 'municipality', code: '0114' });
  addOrganisation(graph, 'k0180', { name: 'Stockholms stad', orgType: 'municipality', code: '0180' });
  addOrganisation(graph, 'k0380', { name: 'Uppsala kommun', orgType: 'municipality', code: '0380' });
  addOrganisation(graph, 'r01', { name: 'Region Stockholm', orgType: 'region', code: '01' });
  addOrganisation(graph, 'agency', { name: 'Myndigheten', orgType: 'agency', code: '202100-0000' });
  addOrganisation(graph, 'k9901', { name: 'Ådalen', orgType: 'municipality', code: '9901' });
  addOrganisation(graph, 'nocode', { name: 'Utan kod', orgType: 'municipality' });
  addSupplier(graph, 's', { name: 'Leverantör', country: 'SE' });
  return graph;
}

describe('areaOrganisations', () => {
  it('a municipality is served by itself and by the region of its county', () => {
    const byArea = areaOrganisations(toyGraph(), ['0114', '0180', '0380']);
    expect(Object.fromEntries(byArea)).toEqual({
      '0114': ['k0114', 'r01'],
      '0180': ['k0180', 'r01'],
      '0380': ['k0380'],
    });
  });

  it('a county is served by its region and by every municipality in it (a counties-only map)', () => {
    const byArea = areaOrganisations(toyGraph(), ['01', '03', '25']);
    expect(Object.fromEntries(byArea)).toEqual({ '01': ['k0114', 'k0180', 'r01'], '03': ['k0380'], '25': [] });
  });

  it('a graph with regions only colours every municipality of their counties', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'r03', { name: 'Region Uppsala', orgType: 'region', code: '03' });
    const byArea = areaOrganisations(graph, ['0114', '0380', '0381']);
    expect(Object.fromEntries(byArea)).toEqual({ '0114': [], '0380': ['r03'], '0381': ['r03'] });
  });

  it('agencies, organisations without a code and codes on no map serve no area', () => {
    const graph = toyGraph();
    expect(servesAnyArea(graph, ['2584', '25'])).toBe(false);
    expect(servesAnyArea(graph, ['0380'])).toBe(true);
    expect(servesAnyArea(createKedjaGraph(), ['01'])).toBe(false);
    // A municipality whose code is on no map (the demo's 9901) serves no area of it.
    const all = [...areaOrganisations(graph, ['0114', '0180', '0380', '01', '03']).values()].flat();
    expect(all).not.toContain('k9901');
    expect(all).not.toContain('agency');
    expect(all).not.toContain('nocode');
  });

  it('a code named __proto__ or constructor is data', () => {
    const graph = createKedjaGraph();
    addOrganisation(graph, 'k', { name: 'K', orgType: 'municipality', code: '__proto__' });
    expect([...areaOrganisations(graph, ['__proto__', 'constructor'])]).toEqual([
      ['__proto__', []],
      ['constructor', []],
    ]);
  });

  it('isAreaCode: four digits or two', () => {
    expect(['0114', '01', '2584'].map(isAreaCode)).toEqual([true, true, true]);
    expect(['114', '', '01a', '012345', '202100-0000'].map(isAreaCode)).toEqual([false, false, false, false, false]);
  });
});

describe('LEVEL_COLOURS', () => {
  it('has one colour per consequence level, in the levels order, darker as the level rises', () => {
    expect(Object.keys(LEVEL_COLOURS)).toEqual([...CONSEQUENCE_LEVELS]);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ramp = CONSEQUENCE_LEVELS.map((level) => luminance(LEVEL_COLOURS[level]));
    expect(ramp).toEqual([...ramp].sort((a, b) => b - a));
  });
});
