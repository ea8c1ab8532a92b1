import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { readCatalogue } from './read-catalogue.js';

function catalogue(aliases?: string): { folder: string; aliases?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kedja-survey-catalogue-'));
  const folder = join(dir, 'catalogue');
  mkdirSync(folder);
  writeFileSync(join(folder, 'services.csv'), 'id,name,model\nsvc-a,Tjänst A,SaaS\nsvc-b,Tjänst B,\n');
  writeFileSync(join(folder, 'suppliers.csv'), 'id,name\nsup-x,Leverantör X AB\nsup-y,Leverantör Y AB\n');
  writeFileSync(join(folder, 'provided_by.csv'), 'service,supplier\nsvc-a,sup-x\nsvc-b,sup-x\nsvc-a,sup-y\n');
  writeFileSync(join(folder, 'organisations.csv'), 'id,name,type\norg-1,Ett kommun,municipality\n');
  if (aliases === undefined) return { folder };
  writeFileSync(join(dir, 'aliases.csv'), aliases);
  return { folder, aliases: join(dir, 'aliases.csv') };
}

describe('readCatalogue', () => {
  it('gives each service and supplier with its aliases and the entries it is provided by or provides', async () => {
    const c = catalogue('alias,id\nA,svc-a\nTjänsten A,svc-a\nX,sup-x\n');
    const diagnostics: Diagnostic[] = [];
    const read = await readCatalogue(c.folder, c.aliases, diagnostics);
    expect(diagnostics).toEqual([]);
    expect(read!.graph.order).toBe(5);
    expect(read!.entries).toEqual([
      {
        id: 'svc-a',
        kind: 'service',
        name: 'Tjänst A',
        model: 'SaaS',
        aliases: ['A', 'Tjänsten A'],
        related: ['sup-x', 'sup-y'],
      },
      { id: 'svc-b', kind: 'service', name: 'Tjänst B', aliases: [], related: ['sup-x'] },
      { id: 'sup-x', kind: 'supplier', name: 'Leverantör X AB', aliases: ['X'], related: ['svc-a', 'svc-b'] },
      { id: 'sup-y', kind: 'supplier', name: 'Leverantör Y AB', aliases: [], related: ['svc-a'] },
    ]);
  });

  it('warns of aliases it cannot use, with their line and column, and keeps the others', async () => {
    const c = catalogue('alias,id\n,svc-a\nEtt,org-1\nNej,no-such-id\nB,svc-b\n');
    const diagnostics: Diagnostic[] = [];
    const read = await readCatalogue(c.folder, c.aliases, diagnostics);
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.severity])).toEqual([
      ['KEDJA_SURVEY_UNKNOWN_ALIAS_TARGET', 2, 1, 'warning'],
      ['KEDJA_SURVEY_UNKNOWN_ALIAS_TARGET', 3, 2, 'warning'],
      ['KEDJA_SURVEY_UNKNOWN_ALIAS_TARGET', 4, 2, 'warning'],
    ]);
    expect(read!.entries.find((e) => e.id === 'svc-b')!.aliases).toEqual(['B']);
  });

  it('is null, with the reason, when the catalogue folder cannot be read', async () => {
    const diagnostics: Diagnostic[] = [];
    expect(await readCatalogue(join(tmpdir(), 'kedja-no-such-catalogue'), undefined, diagnostics)).toBeNull();
    expect(diagnostics.map((d) => d.severity)).toContain('error');
  });
});
