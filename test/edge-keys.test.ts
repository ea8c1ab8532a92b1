/**
 * Edge keys no id can collide with (issue 17, defect 7). Before, the key was `kind:source->target`
 * with the ids as they are, so `a->b` using `c` and `a` using `b->c` had one key: the graph loader
 * refused valid data as a duplicate edge while the snapshot loader accepted it, and a subcontract
 * of `s` to `t` for service `u` collided with one of `s` to `t#u`. Now `%`, `>` and `#` inside ids
 * are percent-encoded: checked on every small id over those characters, and through the CLI on
 * both loaders and every graph format.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { edgeKey } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';

/** Every string of up to `length` characters over `alphabet`. */
function strings(alphabet: string, length: number): string[] {
  let all = [''];
  let layer = [''];
  for (let i = 0; i < length; i++) {
    layer = layer.flatMap((prefix) => [...alphabet].map((c) => prefix + c));
    all = all.concat(layer);
  }
  return all;
}

const TABLES: Record<string, string> = {
  'organisations.csv': [
    'id,name,type,code,county,population,employees,sectors',
    'a,A,municipality,9901,Exempellän,100,10,water',
    'a->b,AB,municipality,9902,Exempellän,200,10,water',
  ].join('\n'),
  'services.csv': ['id,name,model,category,countries', 'c,C,SaaS,hosting,SE', 'b->c,BC,SaaS,hosting,SE'].join('\n'),
  'suppliers.csv': ['id,name,country,parent', 's,S,SE,', 't,T,SE,', 't#u,TU,SE,', '50%,Half,SE,'].join('\n'),
  'uses.csv': [
    'organisation,service,critical,function,max_outage_hours,fallback,alternatives',
    'a->b,c,true,x,24,no,',
    'a,b->c,true,x,24,no,',
  ].join('\n'),
  'contracts.csv': ['organisation,supplier,critical,alternatives', 'a,50%,true,'].join('\n'),
  'provided_by.csv': ['service,supplier,alternatives', 'c,s,', 'b->c,t#u,'].join('\n'),
  'subcontracts.csv': ['supplier,subcontractor,rank,service,alternatives', 's,t,2,u,', 's,t#u,2,,', 's,t,2,u%23,'].join(
    '\n',
  ),
};

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kedja-edge-keys-'));
  for (const [name, text] of Object.entries(TABLES)) writeFileSync(join(dir, name), `${text}\n`);
  return dir;
}

describe('edge keys', () => {
  it('tell apart every two edges, whatever their ids hold', () => {
    const ids = strings('a->#%', 3);
    const seen = new Map<string, string>();
    for (const source of ids) {
      for (const target of ids) {
        for (const qualifier of ['', 'a', '#', 'a#b', '%23', '->']) {
          const key = edgeKey('subcontracts', source, target, qualifier || undefined);
          const edge = JSON.stringify([source, target, qualifier]);
          expect(seen.get(key) ?? edge, key).toBe(edge);
          seen.set(key, edge);
        }
      }
    }
    expect(seen.size).toBe(ids.length * ids.length * 6);
    // Ids without the three characters keep the keys they always had.
    expect(edgeKey('uses', 'kommun-0125', 'svc-journal')).toBe('uses:kommun-0125->svc-journal');
    expect(edgeKey('subcontracts', 'sup-a', 'sup-b', 'hosting')).toBe('subcontracts:sup-a->sup-b#hosting');
  });

  it('let ids with ->, # and % load the same through both loaders and every format', async () => {
    const dir = folder();
    const summary =
      'valid: 2 organisations, 2 services, 4 suppliers; 2 uses edges, 1 contracts edge, 2 providedBy edges, 3 subcontracts edges';
    // validate reads the snapshot, export builds a graph: both accept the folder.
    const validated = await kedja(['validate', dir]);
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toContain(summary);
    const ranked = await kedja(['rank', dir, '--json']);
    expect(ranked.code, ranked.stderr).toBe(0);
    for (const format of ['json', 'gexf', 'graphml', 'arrow', 'csv']) {
      const out = join(dir, '..', `${dir.split('/').pop()}-out.${format}`);
      const exported = await kedja(['export', dir, '--format', format, '-o', out]);
      expect(exported.code, `${format}: ${exported.stderr}`).toBe(0);
      const back = await kedja(['validate', out]);
      expect(back.stdout, `${format}: ${back.stderr}`).toContain(summary);
      const again = await kedja(['rank', out, '--json']);
      expect(again.stdout, format).toBe(ranked.stdout);
    }
    // t#u provides b->c (used by a) and is a subcontractor of s, which provides c (used by a->b).
    const blast = JSON.parse((await kedja(['blast', dir, '--supplier', 't#u', '--json'])).stdout);
    expect(blast.affectedOrganisations.map((o: { id: string }) => o.id).sort()).toEqual(['a', 'a->b']);
    const direct = JSON.parse((await kedja(['blast', dir, '--supplier', '50%', '--json'])).stdout);
    expect(direct.affectedOrganisations.map((o: { id: string }) => o.id)).toEqual(['a']);
  });
});
