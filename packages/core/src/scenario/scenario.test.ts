/**
 * Scenario expansion: explicit ids and selectors (country, parent, service country, outside the
 * EU/EEA, jurisdiction through the ownership chains) expand to a sorted, deduplicated set of failed suppliers and services, with one sentence
 * describing it. Errors carry stable codes; the tests never look at the wording of a message.
 */
import { describe, expect, it } from 'vitest';

import { KedjaError } from '../errors.js';
import { addOrganisation, addService, addSupplier, createKedjaGraph, type KedjaGraph } from '../model/index.js';
import { expandScenario, isEmptySpec, type ScenarioSpec } from './scenario.js';

/**
 * | supplier  | country | parent     |
 * | aws       | US      | Amazon     |
 * | aws-ie    | IE      | Amazon     |
 * | atea      | SE      | Atea Group |
 * | visma     | NO      | Visma      |
 * | islandia  | IS      |            |
 * | bt        | GB      | BT Group   |
 * | anon      |         | Anon AB    |
 * Services: mail processes data in IE and US, erp in SE, crm nowhere stated.
 */
function toy(): KedjaGraph {
  const graph = createKedjaGraph();
  addSupplier(graph, 'aws', { name: 'Amazon Web Services', country: 'US', parent: 'Amazon' });
  addSupplier(graph, 'aws-ie', { name: 'AWS EMEA', country: 'IE', parent: 'Amazon' });
  addSupplier(graph, 'atea', { name: 'Atea', country: 'SE', parent: 'Atea Group' });
  addSupplier(graph, 'visma', { name: 'Visma', country: 'NO', parent: 'Visma' });
  addSupplier(graph, 'islandia', { name: 'Islandia', country: 'IS' });
  addSupplier(graph, 'bt', { name: 'BT', country: 'GB', parent: 'BT Group' });
  addSupplier(graph, 'anon', { name: 'Anon', parent: 'Anon AB' });
  addService(graph, 'mail', { name: 'Mail', countries: ['IE', 'US'] });
  addService(graph, 'erp', { name: 'ERP', countries: ['SE'] });
  addService(graph, 'crm', { name: 'CRM' });
  addOrganisation(graph, 'kommun', { name: 'Kommunen' });
  return graph;
}

function code(spec: ScenarioSpec): string {
  try {
    expandScenario(toy(), spec);
  } catch (error) {
    expect(error).toBeInstanceOf(KedjaError);
    return (error as KedjaError).code;
  }
  throw new Error('expected a KedjaError, nothing was thrown');
}

const expand = (spec: ScenarioSpec) => expandScenario(toy(), spec);

describe('expandScenario: explicit ids', () => {
  it('takes the named suppliers and services, sorted, and keeps the spec', () => {
    const spec = { suppliers: ['visma', 'atea'], services: ['erp'] };
    expect(expandScenario(toy(), spec)).toEqual({
      spec,
      members: ['atea', 'erp', 'visma'],
      description: 'supplier Visma (visma), supplier Atea (atea) and service ERP (erp) fail',
    });
  });

  it('an empty spec is nothing', () => {
    expect(expand({})).toEqual({ spec: {}, members: [], description: 'nothing fails' });
  });

  it('an unknown id is KEDJA_SCENARIO_UNKNOWN_ID', () => {
    expect(code({ suppliers: ['atea', 'nobody'] })).toBe('KEDJA_SCENARIO_UNKNOWN_ID');
    expect(code({ services: ['nothing'] })).toBe('KEDJA_SCENARIO_UNKNOWN_ID');
  });

  it('an id of the wrong kind is KEDJA_SCENARIO_WRONG_KIND', () => {
    expect(code({ suppliers: ['erp'] })).toBe('KEDJA_SCENARIO_WRONG_KIND');
    expect(code({ services: ['atea'] })).toBe('KEDJA_SCENARIO_WRONG_KIND');
    expect(code({ suppliers: ['kommun'] })).toBe('KEDJA_SCENARIO_WRONG_KIND');
  });
});

describe('expandScenario: selectors', () => {
  it('--country takes every supplier based there, in any case', () => {
    expect(expand({ countries: ['se'] })).toEqual({
      spec: { countries: ['se'] },
      members: ['atea'],
      description: 'every supplier based in Sweden (SE) fails',
    });
    expect(expand({ countries: [' Ie '] }).members).toEqual(['aws-ie']);
    // Countries select suppliers only: mail processes data in the US but is not taken.
    expect(expand({ countries: ['US'] }).members).toEqual(['aws']);
  });

  it('a country with no supplier selects nothing', () => {
    expect(expand({ countries: ['DK'] })).toEqual({
      spec: { countries: ['DK'] },
      members: [],
      description: 'every supplier based in Denmark (DK) fails',
    });
  });

  it('a bad country code is KEDJA_SCENARIO_BAD_SELECTOR', () => {
    expect(code({ countries: ['XX'] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
    expect(code({ countries: ['Sweden'] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
    expect(code({ countries: [''] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
    expect(code({ serviceCountries: ['EU'] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
  });

  it('parent takes every supplier of the group, in any case', () => {
    expect(expand({ parents: ['AMAZON'] })).toEqual({
      spec: { parents: ['AMAZON'] },
      members: ['aws', 'aws-ie'],
      description: 'every supplier owned by AMAZON fails',
    });
    expect(expand({ parents: ['  atea group '] }).members).toEqual(['atea']);
  });

  it('an unknown parent is KEDJA_SCENARIO_BAD_SELECTOR', () => {
    expect(code({ parents: ['Google'] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
    // Every parent must be known, even when another one is.
    expect(code({ parents: ['Amazon', 'Google'] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
  });

  it('service countries take every service processing data there', () => {
    expect(expand({ serviceCountries: ['ie'] })).toEqual({
      spec: { serviceCountries: ['ie'] },
      members: ['mail'],
      description: 'every service processing data in Ireland (IE) fails',
    });
    expect(expand({ serviceCountries: ['SE', 'US'] }).members).toEqual(['erp', 'mail']);
    expect(expand({ serviceCountries: ['NO'] }).members).toEqual([]);
  });

  it('outside EU/EEA takes suppliers with a known country outside it: GB and US, not NO, IS or unknown', () => {
    expect(expand({ outsideEea: true })).toEqual({
      spec: { outsideEea: true },
      members: ['aws', 'bt'],
      description: 'every supplier based outside the EU/EEA fails',
    });
    expect(expand({ outsideEea: false }).members).toEqual([]);
  });
});

describe('expandScenario: union', () => {
  it('several selectors give the union, sorted and deduplicated, described in one sentence', () => {
    const scenario = expand({
      suppliers: ['atea', 'aws'],
      countries: ['ie'],
      parents: ['Visma', 'amazon'],
      serviceCountries: ['SE'],
      outsideEea: true,
    });
    // atea and aws named; aws-ie (IE, and Amazon); visma; aws (Amazon, again); erp (SE); aws, bt (outside).
    expect(scenario.members).toEqual(['atea', 'aws', 'aws-ie', 'bt', 'erp', 'visma']);
    expect(scenario.description).toBe(
      'supplier Atea (atea), supplier Amazon Web Services (aws), every supplier owned by Visma, ' +
        'every supplier owned by amazon, every supplier based in Ireland (IE), ' +
        'every service processing data in Sweden (SE) and every supplier based outside the EU/EEA fail',
    );
  });

  it('a member selected several ways appears once', () => {
    expect(expand({ suppliers: ['aws'], parents: ['Amazon'], countries: ['US'], outsideEea: true }).members).toEqual([
      'aws',
      'aws-ie',
      'bt',
    ]);
    expect(expand({ countries: ['se', 'SE'] })).toEqual({
      spec: { countries: ['se', 'SE'] },
      members: ['atea'],
      description: 'every supplier based in Sweden (SE) fails',
    });
  });
});

describe('expandScenario: jurisdiction', () => {
  /**
   * The toy with a parents table: Amazon is a US group, Atea Group is Norwegian-owned through Atea
   * Holding, BT Group has no country; Visma and Anon AB are not in the table.
   */
  function owned(): KedjaGraph {
    const graph = toy();
    graph.setAttribute('parents', [
      { group: 'amazon', name: 'Amazon.com, Inc.', country: 'US' },
      { group: 'Atea Group', country: 'SE', parent: 'Atea Holding' },
      { group: 'Atea Holding', country: 'NO' },
      { group: 'BT Group' },
    ]);
    return graph;
  }
  const expandOwned = (spec: ScenarioSpec) => expandScenario(owned(), spec);

  it("--jurisdiction US takes the US group's suppliers, its Irish subsidiary too", () => {
    expect(expandOwned({ jurisdictions: ['us'] })).toEqual({
      spec: { jurisdictions: ['us'] },
      members: ['aws', 'aws-ie'],
      description: 'every supplier under the jurisdiction of United States (US) fails',
    });
    // --country stays on the legal entity's own country.
    expect(expandOwned({ countries: ['US'] }).members).toEqual(['aws']);
  });

  it("follows the chain to the top; without a country there, or a table row, the supplier's own country counts", () => {
    expect(expandOwned({ jurisdictions: ['NO'] }).members).toEqual(['atea', 'visma']);
    expect(expandOwned({ jurisdictions: ['SE'] }).members).toEqual([]);
    expect(expandOwned({ jurisdictions: ['GB', 'IS'] }).members).toEqual(['bt', 'islandia']);
  });

  it('without a parents table, jurisdiction is the own country', () => {
    expect(expand({ jurisdictions: ['US'] }).members).toEqual(['aws']);
    expect(expand({ outsideEeaJurisdiction: true }).members).toEqual(expand({ outsideEea: true }).members);
  });

  it('outside the EU/EEA by jurisdiction takes the Irish subsidiary; outsideEea keeps to own countries', () => {
    expect(expandOwned({ outsideEeaJurisdiction: true })).toEqual({
      spec: { outsideEeaJurisdiction: true },
      members: ['aws', 'aws-ie', 'bt'],
      description: 'every supplier under a jurisdiction outside the EU/EEA fails',
    });
    expect(expandOwned({ outsideEea: true }).members).toEqual(['aws', 'bt']);
  });

  it('a bad jurisdiction is KEDJA_SCENARIO_BAD_SELECTOR; one no supplier has selects nothing', () => {
    expect(code({ jurisdictions: ['USA'] })).toBe('KEDJA_SCENARIO_BAD_SELECTOR');
    expect(expandOwned({ jurisdictions: ['CN'] }).members).toEqual([]);
  });
});

describe('isEmptySpec', () => {
  it('is true only when no id and no selector is given', () => {
    expect(isEmptySpec({})).toBe(true);
    expect(isEmptySpec({ suppliers: [], services: [], countries: [], outsideEea: false })).toBe(true);
    expect(isEmptySpec({ services: ['erp'] })).toBe(false);
    expect(isEmptySpec({ parents: ['Amazon'] })).toBe(false);
    expect(isEmptySpec({ serviceCountries: ['SE'] })).toBe(false);
    expect(isEmptySpec({ outsideEea: true })).toBe(false);
    expect(isEmptySpec({ jurisdictions: [], outsideEeaJurisdiction: false })).toBe(true);
    expect(isEmptySpec({ jurisdictions: ['US'] })).toBe(false);
    expect(isEmptySpec({ outsideEeaJurisdiction: true })).toBe(false);
  });
});

describe('scenario descriptions and EU territories', () => {
  it('names each member and parent group once however often it is given', () => {
    const graph = createKedjaGraph();
    addSupplier(graph, 'a', { name: 'A', parent: 'Amazon' });
    const scenario = expandScenario(graph, { suppliers: ['a', 'a'], parents: ['Amazon', ' amazon'] });
    expect(scenario.members).toEqual(['a']);
    expect(scenario.description).toBe('supplier A (a) and every supplier owned by Amazon fail');
  });

  it('counts Åland and the outermost regions as inside the EU', () => {
    const graph = createKedjaGraph();
    for (const country of ['AX', 'RE', 'GP', 'MQ', 'GF', 'YT', 'MF', 'SE', 'GB', 'SJ']) {
      addSupplier(graph, country, { name: country, country });
    }
    expect(expandScenario(graph, { outsideEea: true }).members).toEqual(['GB', 'SJ']);
  });
});
