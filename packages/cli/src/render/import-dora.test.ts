/**
 * The DORA import summary on a tiny register-shaped graph: two financial entities, a provider
 * that provides a service, and one that is only ever a subcontractor.
 */
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { doraImportJson, renderDoraImport, subcontractorsOnly } from './import-dora.js';

const graph = createKedjaGraph();
addOrganisation(graph, 'bank', { name: 'Exempelbanken' });
addOrganisation(graph, 'insurer', { name: 'Exempelförsäkring' });
addService(graph, 'svc', { name: 'Core banking' });
addSupplier(graph, 'cloud', { name: 'Moln AB' });
addSupplier(graph, 'dc', { name: 'Datahall AB' });
addUses(graph, 'bank', 'svc');
addUses(graph, 'insurer', 'svc');
addProvidedBy(graph, 'svc', 'cloud');
addSubcontracts(graph, 'cloud', 'dc');

describe('subcontractorsOnly', () => {
  it('counts providers that provide no service directly', () => {
    expect(subcontractorsOnly(graph)).toBe(1);
    expect(subcontractorsOnly(createKedjaGraph())).toBe(0);
  });
});

describe('renderDoraImport', () => {
  it('tells entities, providers, services and edges in the register’s words', () => {
    expect(renderDoraImport({ register: 'reg', output: 'out', graph, warnings: 0 })).toBe(
      'reg: 2 financial entities, 2 ICT third-party service providers (1 only as subcontractors), 1 ICT service; ' +
        '2 uses edges, 1 providedBy edge, 1 subcontracts edge.\n',
    );
  });

  it('adds a line about the warnings when there were any', () => {
    expect(renderDoraImport({ register: 'reg', output: 'out', graph, warnings: 1 })).toMatch(
      /\.\n1 warning above: incomplete data is normal in registers; what was missing is named, and the rest was imported\.\n$/,
    );
  });
});

describe('doraImportJson', () => {
  it('gives the same counts under the register’s names', () => {
    expect(doraImportJson({ register: 'reg', output: 'g.json', graph, warnings: 4 })).toEqual({
      register: 'reg',
      output: 'g.json',
      financialEntities: 2,
      providers: 2,
      subcontractorsOnly: 1,
      ictServices: 1,
      edges: { uses: 2, providedBy: 1, subcontracts: 1 },
      warnings: 4,
    });
  });
});

describe('renderDoraImport in Swedish', () => {
  it('tells entities, providers and services in the Swedish words of DORA', () => {
    expect(renderDoraImport({ register: 'reg', output: 'out', graph, warnings: 1 }, 'sv')).toBe(
      'reg: 2 finansiella entiteter, 2 tredjepartsleverantörer av IKT-tjänster (1 enbart som underleverantörer), 1 IKT-tjänst; ' +
        '2 uses-kanter, 1 providedBy-kant, 1 subcontracts-kant.\n' +
        '1 varning ovan: ofullständiga uppgifter är vanliga i register; det som saknades anges, och resten importerades.\n',
    );
  });
});
