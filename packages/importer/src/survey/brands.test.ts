import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { SHIPPED_BRANDS } from './brand-list.js';
import { linkBrands, readBrandList } from './brands.js';
import { MAX_NAME_LENGTH } from './matcher-index.js';
import type { CatalogueEntry } from './matcher-types.js';

const entry = (id: string, kind: 'service' | 'supplier', name: string, aliases: string[] = []): CatalogueEntry => ({
  id,
  kind,
  name,
  aliases,
  related: [],
});

describe('the shipped brand list', () => {
  it('gives every line a kind, a brand, spellings and a source', () => {
    for (const line of SHIPPED_BRANDS) {
      expect(line.spellings.length, line.brand).toBeGreaterThan(0);
      expect(line.source.length, line.brand).toBeGreaterThan(20);
    }
  });
});

describe('linkBrands', () => {
  it('links a line to the entry of its kind that has one of its keys, adding the spellings it lacks, with the source', () => {
    const [tieto, m365] = linkBrands(
      [entry('t', 'supplier', 'Tieto Sverige AB'), entry('m', 'service', 'Microsoft 365', ['O365'])],
      SHIPPED_BRANDS,
    );
    expect(tieto!.brands!.map((b) => b.spelling)).toEqual([
      'Tietoevry',
      'EVRY',
      'TietoEVRY',
      'Tieto Evry',
      'Tieto-Evry',
    ]);
    expect(tieto!.brands![0]!.source).toContain('5 December 2019');
    expect(m365!.brands!.map((b) => b.spelling)).not.toContain('O365'); // the catalogue has it already
  });

  it('links by the key without editions when no entry has the key, and never across kinds', () => {
    const [workspace, google] = linkBrands(
      [entry('w', 'service', 'Google Workspace'), entry('g', 'supplier', 'G Suite')],
      SHIPPED_BRANDS,
    );
    expect(workspace!.brands!.map((b) => b.spelling)).toContain('GAFE');
    expect(google!.brands).toBeUndefined();
  });

  it("gives a text longer than a name no key: it links nothing and is never taken for the entry's own", () => {
    const pasted = `Tietoevry${' '.repeat(MAX_NAME_LENGTH)}`;
    const [tieto, other] = linkBrands(
      [entry('t', 'supplier', 'Tieto Sverige AB', [pasted]), entry('o', 'supplier', pasted)],
      [...SHIPPED_BRANDS, { kind: 'supplier', brand: 'Tieto', spellings: [pasted], source: 'a test' }],
    );
    // Tieto's own alias has the key of the brand's spelling "Tietoevry", but is too long to be one of its names.
    expect(tieto!.brands!.map((b) => b.spelling)).toContain('Tietoevry');
    expect(tieto!.brands!.map((b) => b.spelling)).toContain(pasted);
    expect(other!.brands).toBeUndefined();
    const trimmed = pasted.slice(0, MAX_NAME_LENGTH);
    const [named] = linkBrands([entry('o', 'supplier', trimmed)], SHIPPED_BRANDS);
    expect(named!.brands!.map((b) => b.spelling)).toContain('EVRY');
  });
});

describe('readBrandList', () => {
  it('reads one line per kind and brand, and warns of rows it cannot use', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-brands-')), 'brands.csv');
    writeFileSync(
      file,
      'kind,brand,spelling,source\nsupplier,Lönia,Lönia Lönesystem,"own list, 2026"\nsupplier,Lönia,LL,\nproduct,X,Y,\nservice,Z,,\n',
    );
    const diagnostics: Diagnostic[] = [];
    expect(await readBrandList(file, diagnostics)).toEqual([
      { kind: 'supplier', brand: 'Lönia', spellings: ['Lönia Lönesystem', 'LL'], source: 'own list, 2026' },
    ]);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['KEDJA_SURVEY_BAD_BRAND_ROW', 4, 1],
      ['KEDJA_SURVEY_BAD_BRAND_ROW', 5, 3],
    ]);
  });
});
