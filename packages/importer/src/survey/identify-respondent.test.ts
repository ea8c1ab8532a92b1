import { addOrganisation, addService, createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import type { Row } from '../formats/csv/index.js';
import { identifyRespondent, organisationsByKey } from './identify-respondent.js';

const known = createKedjaGraph();
addOrganisation(known, '9901', { name: 'Björkby kommun' });
addOrganisation(known, 'd1', { name: 'Dalby' });
addOrganisation(known, 'd2', { name: 'Dalby kommun' });
addService(known, 'svc-zoom', { name: 'Zoom' });
const byKey = organisationsByKey(known);

const row = (organisation_id: string, organisation_name: string): Row => ({
  line: 7,
  cell: (column) => ({ organisation_id, organisation_name })[column] ?? '',
  column: (column) => ['organisation_id', 'organisation_name'].indexOf(column) + 1 || undefined,
  at: (field) => [organisation_id, organisation_name][field - 1] ?? '',
});
const identify = (id: string, name: string, answeredOn = new Map<string, number>()) =>
  identifyRespondent(row(id, name), known, byKey, answeredOn);

describe('identifyRespondent', () => {
  it('indexes catalogue organisations by the normalised key of their name', () => {
    expect([...byKey]).toEqual([
      ['bjorkby', ['9901']],
      ['dalby', ['d1', 'd2']],
    ]);
  });

  it('is the catalogue organisation of its id, else of its name, else a new one', () => {
    expect(identify('9901', '')).toEqual({
      result: 'respondent',
      answered: '9901',
      name: '',
      id: '9901',
      match: 'catalogue id',
    });
    expect(identify('x-1', 'BJÖRKBY KOMMUN')).toMatchObject({ id: '9901', match: 'catalogue name' });
    // Two catalogue organisations share the name: neither is guessed.
    expect(identify('x-2', 'Dalby')).toMatchObject({ id: 'x-2', match: 'new', name: 'Dalby' });
  });

  it('skips a row without an id, with a service id, or a new organisation without a name', () => {
    expect(identify('', 'Ett')).toEqual({
      result: 'skipped',
      column: 'organisation_id',
      reason: 'organisation_id is empty, so the answers cannot be tied to an organisation',
    });
    expect(identify('svc-zoom', 'Zoom')).toMatchObject({ reason: '"svc-zoom" is the id of a catalogue service' });
    expect(identify('x-3', '')).toMatchObject({ result: 'skipped', column: 'organisation_name' });
  });

  it('skips an organisation that already answered, however it was named', () => {
    const answeredOn = new Map([['9901', 3]]);
    expect(identify('y', 'Björkby', answeredOn)).toEqual({
      result: 'skipped',
      column: 'organisation_id',
      reason: 'organisation "9901" already answered on line 3',
    });
  });
});
