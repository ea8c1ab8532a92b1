/** The validate renderers on a tiny hand-built graph, and on diagnostics of an invalid input. */
import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  type Diagnostic,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { createSnapshot } from '@kedja/core/kernel';

import {
  countDiagnostics,
  countGraph,
  countSnapshot,
  invalidGraphMessage,
  renderValidation,
  validateJson,
} from './validate.js';

const graph = createKedjaGraph();
addOrganisation(graph, 'org', { name: 'Lillby kommun' });
addService(graph, 'svc-a', { name: 'A' });
addService(graph, 'svc-b', { name: 'B' });
addSupplier(graph, 'sup-a', { name: 'Alfa AB' });
addSupplier(graph, 'sup-b', { name: 'Beta AB' });
addUses(graph, 'org', 'svc-a');
addUses(graph, 'org', 'svc-b');
addContracts(graph, 'org', 'sup-a');
addProvidedBy(graph, 'svc-a', 'sup-a');
addSubcontracts(graph, 'sup-a', 'sup-b');

const warning: Diagnostic = {
  code: 'KEDJA_CSV_EMPTY',
  severity: 'warning',
  message: 'an empty row',
  file: 'uses.csv',
  line: 3,
};
const error: Diagnostic = {
  code: 'KEDJA_CSV_BAD_ENUM',
  severity: 'error',
  message: 'not a type',
  file: 'x.csv',
  line: 2,
};

describe('countGraph', () => {
  it('counts nodes and edges by kind, in a fixed key order', () => {
    const counts = countGraph(graph);
    expect(counts).toEqual({
      organisations: 1,
      services: 2,
      suppliers: 2,
      uses: 2,
      contracts: 1,
      providedBy: 1,
      subcontracts: 1,
    });
    expect(Object.keys(counts)).toEqual([
      'organisations',
      'services',
      'suppliers',
      'uses',
      'contracts',
      'providedBy',
      'subcontracts',
    ]);
    expect(countGraph(createKedjaGraph())).toMatchObject({ organisations: 0, uses: 0 });
  });
});

describe('countSnapshot', () => {
  it('counts what countGraph counts, from the snapshot alone', () => {
    expect(countSnapshot(createSnapshot(graph))).toEqual(countGraph(graph));
    expect(countSnapshot(createSnapshot(graph))).toEqual({
      organisations: 1,
      services: 2,
      suppliers: 2,
      uses: 2,
      contracts: 1,
      providedBy: 1,
      subcontracts: 1,
    });
  });
});

describe('renderValidation', () => {
  it('sums up a valid graph in one line, with plurals', () => {
    expect(renderValidation('in/folder', countGraph(graph), [])).toBe(
      'in/folder: valid: 1 organisation, 2 services, 2 suppliers; 2 uses edges, 1 contracts edge, 1 providedBy edge, 1 subcontracts edge\n',
    );
  });

  it('adds the number of warnings when there are any', () => {
    expect(renderValidation('in', countGraph(graph), [warning, warning])).toMatch(/subcontracts edge; 2 warnings\n$/);
  });
});

describe('validateJson and invalidGraphMessage', () => {
  it('report a valid graph with its counts', () => {
    expect(validateJson('in', countGraph(graph), [warning])).toEqual({
      input: 'in',
      valid: true,
      errors: 0,
      warnings: 1,
      diagnostics: [warning],
      counts: countGraph(graph),
    });
  });

  it('report an invalid input with every diagnostic and no counts', () => {
    const json = validateJson('in', null, [error, warning]);
    expect(json).toEqual({ input: 'in', valid: false, errors: 1, warnings: 1, diagnostics: [error, warning] });
    expect(validateJson('in', countGraph(graph), [error]).valid).toBe(false);
    expect(invalidGraphMessage('in', [error, error, warning])).toBe('in: 2 errors, 1 warning; nothing was imported');
    expect(countDiagnostics([])).toEqual({ errors: 0, warnings: 0 });
  });
});

describe('validate in Swedish', () => {
  it('sums up a valid graph, and an invalid one, in Swedish', () => {
    expect(renderValidation('in', countGraph(graph), [warning], 'sv')).toBe(
      'in: giltig: 1 organisation, 2 tjänster, 2 leverantörer; 2 uses-kanter, 1 contracts-kant, 1 providedBy-kant, 1 subcontracts-kant; 1 varning\n',
    );
    expect(invalidGraphMessage('in', [error, warning, warning], 'sv')).toBe(
      'in: 1 fel, 2 varningar; ingenting importerades',
    );
  });
});
