import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readNotice } from './read-notice.js';

const SAMPLE = (file: string) =>
  readFileSync(new URL(`../../../../datasets/eforms-samples/${file}`, import.meta.url), 'utf8');

describe('readNotice', () => {
  it('reads the header, the parties with alpha-2 countries, the buyers and the awards', () => {
    const read = readNotice(SAMPLE('can_24_minimal.xml'), 'can_24_minimal.xml');
    if (!read.notice) throw new Error(read.reason);
    const { notice } = read;
    expect(notice).toMatchObject({
      id: '65667997-031a-4198-bd25-7225449ef479',
      version: '01',
      kind: 'contract award',
      subtype: '29',
      issued: '2019-10-23',
    });
    expect(notice.buyers).toEqual([{ ref: 'ORG-0001', legalType: 'pub-undert-la' }]);
    expect(notice.parties.get('ORG-0004')).toEqual({
      ref: 'ORG-0004',
      name: 'Espaces Verts Lemire',
      companyId: '326 912 557',
      country: 'FR',
    });
    expect(notice.awards).toEqual([
      {
        contract: 'CON-0001',
        contractReference: 'SCN DEF:2020-12',
        tender: 'TEN-0001',
        lot: 'LOT-0000',
        cpv: ['77310000'],
        signatories: ['ORG-0001'],
        signed: true,
        tenderers: ['ORG-0004'],
        subcontractors: [],
      },
    ]);
  });

  it('skips what is not a contract award notice, with the reason', () => {
    expect(readNotice('<ContractNotice/>', 'cn.xml')).toMatchObject({
      notice: null,
      reason: expect.stringMatching(/^not a contract award notice/),
    });
    expect(readNotice('<TED_EXPORT/>', 'old.xml')).toMatchObject({
      notice: null,
      reason: expect.stringMatching(/R2\.0\.9/),
    });
  });

  it('refuses hostile XML before any parser expands anything: DOCTYPE, entities, deep nesting', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><ContractAwardNotice>&b;</ContractAwardNotice>';
    const deep = `<ContractAwardNotice>${'<x>'.repeat(100)}${'</x>'.repeat(100)}</ContractAwardNotice>`;
    for (const text of [bomb, deep]) {
      const read = readNotice(text, 'hostile.xml');
      expect(read.notice).toBeNull();
      expect(read.diagnostics.map((d) => d.code)).toEqual(['KEDJA_XML_SYNTAX']);
    }
    expect(readNotice(bomb, 'h.xml').diagnostics[0]).toMatchObject({ line: 1, column: 22 });
    // Nesting within the limit, and a '>' inside an attribute value, are fine.
    const fine = `<ContractAwardNotice a="x>y">${'<x>'.repeat(50)}${'</x>'.repeat(50)}</ContractAwardNotice>`;
    expect(readNotice(fine, 'fine.xml').diagnostics).toEqual([
      expect.objectContaining({ code: 'KEDJA_PROCUREMENT_NOT_READ' }),
    ]);
  });
});
