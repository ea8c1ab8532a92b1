import { describe, expect, it } from 'vitest';

import type { Row } from '../formats/csv/index.js';
import { readOrganisationAnswers, readYesNo } from './organisation-answers.js';

function row(cells: Record<string, string>): Row {
  return { line: 2, cell: (column) => cells[column] ?? '', column: () => undefined, at: () => '' };
}

function read(cells: Record<string, string>) {
  const warnings: [string, string, string][] = [];
  const answers = readOrganisationAnswers(row(cells), (...warning) => warnings.push(warning));
  return { ...answers, warnings };
}

describe('readYesNo', () => {
  it('tells an empty cell, "vet ej", a yes/no value and an unreadable answer apart', () => {
    expect(readYesNo('')).toEqual({ answer: 'none' });
    for (const cell of ['vet ej', 'Vet inte', '-', 'OSÄKER', "don't know"]) {
      expect(readYesNo(cell), cell).toEqual({ answer: 'dont-know' });
    }
    expect(readYesNo('JA')).toEqual({ answer: 'yes-no', value: true });
    expect(readYesNo('0')).toEqual({ answer: 'yes-no', value: false });
    expect(readYesNo('kanske')).toMatchObject({ answer: 'unreadable' });
  });
});

describe('readOrganisationAnswers', () => {
  it('reads the answers into attributes, in Swedish or English', () => {
    const answers = read({
      organisation_type: 'Statlig myndighet',
      q1_cloud: 'ja',
      q7_saas: 'no',
      q26_subcontractor_routine: 'vet ej',
      q31_shared_supplier_risk: 'högre',
      q33_1_incident_kinds: 'Avbrott; Dataförlust',
      q23_1_countries: 'Sverige och Irland',
    });
    expect(answers.attributes).toEqual({
      orgType: 'agency',
      cloud: true,
      usesSaas: false,
      sharedSupplierRisk: 'högre',
      incidentKinds: ['Avbrott', 'Dataförlust'],
      processingCountries: ['SE', 'IE'],
    });
    expect(answers.dontKnowAnswers).toBe(1);
    expect(answers.warnings).toEqual([]);
  });

  it('warns of answers it cannot read, naming their column, and leaves them out', () => {
    const answers = read({ organisation_type: 'stiftelse', q8_paas: 'kanske', q23_1_countries: 'EU, Norge' });
    expect(answers.attributes).toEqual({ processingCountries: ['NO'] });
    expect(answers.countries).toEqual({ codes: ['NO'], unread: ['EU'] });
    expect(answers.warnings.map(([column, code]) => [column, code])).toEqual([
      ['organisation_type', 'KEDJA_SURVEY_BAD_ANSWER'],
      ['q8_paas', 'KEDJA_SURVEY_BAD_ANSWER'],
      ['q23_1_countries', 'KEDJA_SURVEY_UNREAD_COUNTRY'],
    ]);
  });

  it('gives no attributes for an empty row', () => {
    expect(read({})).toEqual({
      attributes: {},
      dontKnowAnswers: 0,
      countries: { codes: [], unread: [] },
      warnings: [],
    });
  });
});
