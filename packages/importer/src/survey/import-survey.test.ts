import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importSurvey } from './import-survey.js';

function fixture(answers: string, aliases?: string): { answers: string; catalogue: string; aliases?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kedja-survey-unit-'));
  const catalogue = join(dir, 'catalogue');
  mkdirSync(catalogue);
  writeFileSync(
    join(catalogue, 'services.csv'),
    'id,name,model,countries\nsvc-m365,Microsoft 365,SaaS,IE\nsvc-int,Integrationsplattformen,PaaS,\n',
  );
  writeFileSync(join(catalogue, 'suppliers.csv'), 'id,name,country\nsup-ms,Microsoft,US\nsup-int,Integrera AB,SE\n');
  writeFileSync(join(catalogue, 'provided_by.csv'), 'service,supplier\nsvc-m365,sup-ms\nsvc-int,sup-int\n');
  writeFileSync(join(dir, 'answers.csv'), answers);
  if (aliases !== undefined) writeFileSync(join(dir, 'aliases.csv'), aliases);
  return {
    answers: join(dir, 'answers.csv'),
    catalogue,
    ...(aliases !== undefined ? { aliases: join(dir, 'aliases.csv') } : {}),
  };
}

const HEADER =
  'organisation_id,organisation_name,organisation_type,q1_cloud,q7_1_saas_names,q8_1_paas_names,q15_supplier_names,q23_1_countries,q26_subcontractor_routine\n';

describe('importSurvey', () => {
  it('builds organisations with their answers, uses and contracts edges, and service countries', async () => {
    const f = fixture(
      `${HEADER}k1,Ett kommun,kommun,ja,"Office 365, O365",Integrationsplattform,Microsoft AB,"Sverige, Irland",nej\n` +
        `k2,Två kommun,myndighet,Nej,Lärloggen,,Lärloggen AB,EU,vet ej\n`,
      'alias,id\nO365,svc-m365\nOffice 365,svc-m365\nOD,no-such-id\n',
    );
    const { graph, report, diagnostics } = await importSurvey(f.answers, f);
    expect(graph).not.toBeNull();
    expect(graph!.getNodeAttributes('k1')).toEqual({
      kind: 'organisation',
      name: 'Ett kommun',
      orgType: 'municipality',
      cloud: true,
      subcontractorRoutine: false,
      processingCountries: ['SE', 'IE'],
    });
    expect(graph!.hasEdge('uses:k1->svc-m365')).toBe(true); // two spellings, one edge
    expect(graph!.hasEdge('uses:k1->svc-int')).toBe(true);
    expect(graph!.hasEdge('contracts:k1->sup-ms')).toBe(true);
    expect(graph!.getNodeAttribute('svc-m365', 'countries' as 'name')).toEqual(['IE', 'SE']);
    expect(graph!.hasNode('unresolved-service-larloggen')).toBe(true);
    expect(graph!.hasNode('unresolved-supplier-larloggen')).toBe(true);
    expect(report!.counts.edges).toEqual({ uses: 3, contracts: 2 });
    expect(report!.counts.dontKnowAnswers).toBe(1);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['KEDJA_SURVEY_UNKNOWN_ALIAS_TARGET', 4, 2],
      ['KEDJA_SURVEY_UNREAD_COUNTRY', 3, 8],
    ]);
  });

  it('imports nothing from a malformed answers file, naming line and column', async () => {
    const f = fixture(`${HEADER}k1,Ett kommun,kommun,ja,"Office 365,,,,\n`);
    const { graph, diagnostics } = await importSurvey(f.answers, f);
    expect(graph).toBeNull();
    expect(diagnostics[0]).toMatchObject({ code: 'KEDJA_CSV_MALFORMED_ROW', line: 2, column: 5 });
  });

  it('needs the organisation columns', async () => {
    const f = fixture('organisation_name,q7_1_saas_names\nEtt,O365\n');
    const { graph, diagnostics } = await importSurvey(f.answers, f);
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain('KEDJA_CSV_MISSING_COLUMN');
  });

  it('reports rows it cannot use with their line, and answers it cannot read with their column', async () => {
    const f = fixture(`${HEADER},Utan id,kommun,ja,,,,,\nk1,Ett,kommun,kanske,,,,,\nk1,Ett igen,kommun,ja,,,,,\n`);
    const { report, diagnostics } = await importSurvey(f.answers, f);
    expect(report!.skippedRows.map((r) => r.line)).toEqual([2, 4]);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['KEDJA_SURVEY_ROW_SKIPPED', 2, 1],
      ['KEDJA_SURVEY_BAD_ANSWER', 3, 4],
      ['KEDJA_SURVEY_ROW_SKIPPED', 4, 1],
    ]);
  });

  it('applies a decisions file, says which decisions no longer match anything, and writes none of them as errors', async () => {
    const f = fixture(`${HEADER}k1,Ett,kommun,ja,"Ofice 365, Lärloggen",,Microsoft AB,,\n`);
    const decisions = join(f.catalogue, '..', 'decisions.csv');
    writeFileSync(
      decisions,
      'spelling,question,decision,id,proposal\n' +
        'Lärloggen,q7_1,map-to,svc-m365,new entry\n' +
        'Ofice 365,q7_1,reject,svc-m365,merge\n' +
        'Zoom,q7_1,accept,svc-zoom,merge\n' +
        'Microsoft AB,q15,,,merge\n',
    );
    const { report, diagnostics } = await importSurvey(f.answers, { ...f, decisions });
    expect(report!.spellings.map((s) => [s.raw, s.result, s.method, s.id])).toEqual([
      ['Ofice 365', 'unresolved', undefined, 'unresolved-service-ofice-365'],
      ['Lärloggen', 'merged', 'decision', 'svc-m365'],
      ['Microsoft AB', 'merged', 'key', 'sup-ms'],
    ]);
    expect(report!.decisions.map((d) => [d.line, d.status])).toEqual([
      [2, 'applied'],
      [3, 'applied'],
      [4, 'no-match'],
    ]);
    expect(report!.counts.decisions).toEqual({ applied: 2, noMatch: 1, invalid: 0 });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['KEDJA_SURVEY_UNUSED_DECISION', 4]]);
  });

  it('uses brand lists of your own beside the shipped one, or instead of it', async () => {
    const f = fixture(`${HEADER}k1,Ett,kommun,ja,"Office 365, MS Lync",,,,\n`);
    const brands = join(f.catalogue, '..', 'brands.csv');
    writeFileSync(brands, 'kind,brand,spelling,source\nservice,Microsoft 365,MS Lync,our own knowledge\n');
    const result = async (options: object) =>
      (await importSurvey(f.answers, { ...f, ...options })).report!.spellings.map((s) => [s.raw, s.result]);
    expect(await result({ brands: [brands] })).toEqual([
      ['Office 365', 'merged'],
      ['MS Lync', 'merged'],
    ]);
    expect(await result({ brands: [brands], shippedBrands: false })).toEqual([
      ['Office 365', 'unresolved'],
      ['MS Lync', 'merged'],
    ]);
  });
});
