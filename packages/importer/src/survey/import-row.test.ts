import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSupplier,
  createKedjaGraph,
  type Diagnostic,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import type { Row } from '../formats/csv/index.js';
import { identifyRespondents } from './identify-respondent.js';
import { importRow } from './import-row.js';
import { createNameMatcher, MATCH_DEFAULTS } from './name-matcher.js';
import { catalogueEntries } from './read-catalogue.js';
import { resolveSpellings } from './resolve-spellings.js';
import { collectSpellingUses } from './spelling-uses.js';
import { createSurveyBuild } from './survey-build.js';

/** The rows identified, their spellings resolved, and each imported, as importSurvey does. */
function importRows(...rows: Row[]) {
  const known = createKedjaGraph();
  addOrganisation(known, '9901', { name: 'Björkby kommun', population: 12000 });
  addService(known, 'svc-m365', { name: 'Microsoft 365', model: 'SaaS', countries: ['IE'] });
  addSupplier(known, 'sup-ms', { name: 'Microsoft' });
  addProvidedBy(known, 'svc-m365', 'sup-ms');
  const matcher = createNameMatcher(catalogueEntries(known, new Map([['svc-m365', ['O365', 'Office 365']]])));
  const identified = identifyRespondents(rows, known);
  const uses = collectSpellingUses(
    identified.flatMap(({ row: r, respondent }) =>
      respondent.result === 'respondent' ? [{ row: r, organisation: respondent.id }] : [],
    ),
  );
  const diagnostics: Diagnostic[] = [];
  const kindOf = (id: string) => (known.hasNode(id) ? known.getNodeAttribute(id, 'kind') : undefined);
  const { spellings } = resolveSpellings(uses, matcher, {
    ...MATCH_DEFAULTS,
    decisions: [],
    decisionsFile: null,
    kindOf,
    diagnostics,
  });
  const b = createSurveyBuild('answers.csv', known, spellings, diagnostics);
  for (const r of identified) importRow(b, r);
  return b;
}

const COLUMNS = ['organisation_id', 'organisation_name', 'organisation_type', 'q7_1_saas_names', 'q15_supplier_names'];
function row(line: number, cells: Record<string, string>): Row {
  const columns = [...COLUMNS, ...Object.keys(cells).filter((c) => !COLUMNS.includes(c))];
  return {
    line,
    cell: (column) => cells[column] ?? '',
    column: (column) => columns.indexOf(column) + 1 || undefined,
    at: (field) => cells[columns[field - 1] ?? ''] ?? '',
  };
}

describe('importRow', () => {
  it('adds a new organisation with its answers and one edge per target, however often named', () => {
    const b = importRows(
      row(2, {
        organisation_id: 'k1',
        organisation_name: 'Ekby kommun',
        organisation_type: 'kommun',
        q7_1_saas_names: 'Office 365, O365; Lärloggen, vet ej',
        q15_supplier_names: 'Microsoft AB',
        q23_1_countries: 'Sverige',
      }),
    );
    expect(b.graph.getNodeAttributes('k1')).toEqual({
      kind: 'organisation',
      name: 'Ekby kommun',
      orgType: 'municipality',
      processingCountries: ['SE'],
    });
    expect(b.graph.outEdges('k1')).toEqual([
      'uses:k1->svc-m365',
      'uses:k1->unresolved-service-larloggen',
      'contracts:k1->sup-ms',
    ]);
    expect(b.counts).toEqual({ respondents: 1, dontKnowAnswers: 0, uses: 2, contracts: 1, ownOperationAnswers: 0 });
    expect(b.graph.getNodeAttribute('svc-m365', 'countries' as 'name')).toEqual(['IE', 'SE']);
    expect(b.spellings.reports().map((s) => [s.raw, s.result, s.id])).toEqual([
      ['Office 365', 'merged', 'svc-m365'],
      ['O365', 'merged', 'svc-m365'],
      ['Lärloggen', 'unresolved', 'unresolved-service-larloggen'],
      ['vet ej', 'not-a-name', undefined],
      ['Microsoft AB', 'merged', 'sup-ms'],
    ]);
    expect(b.organisations).toEqual([{ line: 2, answered: 'k1', id: 'k1', name: 'Ekby kommun', match: 'new' }]);
    expect(b.diagnostics).toEqual([]);
  });

  it('merges the answers into the catalogue organisation, keeping its name and attributes', () => {
    const b = importRows(row(3, { organisation_id: 'x', organisation_name: 'Björkby', q1_cloud: 'ja' }));
    expect(b.graph.getNodeAttributes('9901')).toEqual({
      kind: 'organisation',
      name: 'Björkby kommun',
      population: 12000,
      cloud: true,
    });
    expect(b.organisations[0]).toMatchObject({ answered: 'x', id: '9901', match: 'catalogue name' });
  });

  it('skips a row it cannot tie to an organisation, and warns of answers it cannot read, with line and column', () => {
    const b = importRows(
      row(4, { organisation_id: 'k1', organisation_name: 'Ett', organisation_type: 'stiftelse' }),
      row(5, { organisation_id: 'k1', organisation_name: 'Ett igen' }),
      row(6, { organisation_id: '', organisation_name: 'Utan id' }),
    );
    expect(b.skippedRows).toEqual([
      { line: 5, reason: 'organisation "k1" already answered on line 4' },
      { line: 6, reason: 'organisation_id is empty, so the answers cannot be tied to an organisation' },
    ]);
    expect(b.diagnostics.map((d) => [d.file, d.code, d.line, d.column])).toEqual([
      ['answers.csv', 'KEDJA_SURVEY_BAD_ANSWER', 4, 3],
      ['answers.csv', 'KEDJA_SURVEY_ROW_SKIPPED', 5, 1],
      ['answers.csv', 'KEDJA_SURVEY_ROW_SKIPPED', 6, 1],
    ]);
    expect(b.counts.respondents).toBe(1);
  });

  it('clusters the spellings of one new thing across respondents into one node, and counts who named it', () => {
    const b = importRows(
      row(2, { organisation_id: 'k1', organisation_name: 'Ett', q7_1_saas_names: 'Lärloggen' }),
      row(3, { organisation_id: 'k2', organisation_name: 'Två', q7_1_saas_names: 'lärloggen ab, Lärlogen' }),
      row(4, { organisation_id: 'k3', organisation_name: 'Tre', q7_1_saas_names: 'Lärlogen' }),
    );
    expect(b.newNodes.reports()).toEqual([
      {
        id: 'unresolved-service-larlogen',
        kind: 'service',
        name: 'Lärlogen',
        flag: 'unresolved',
        spellings: ['Lärloggen', 'lärloggen ab', 'Lärlogen'],
        organisations: 3,
        linkedBy: ['edit', 'key'],
      },
    ]);
  });

  it('records answers of own operation on the organisation, and gives them no edge', () => {
    const b = importRows(
      row(2, {
        organisation_id: 'k1',
        organisation_name: 'Ett',
        q7_1_saas_names: 'Egen drift, O365',
        q15_supplier_names: 'vet ej',
      }),
    );
    expect(b.graph.getNodeAttribute('k1', 'ownOperation' as 'name')).toEqual(['q7_1']);
    expect(b.graph.outEdges('k1')).toEqual(['uses:k1->svc-m365']);
    expect(b.organisations[0]!.ownOperation).toEqual(['q7_1']);
    expect(b.counts.ownOperationAnswers).toBe(1);
  });
});
