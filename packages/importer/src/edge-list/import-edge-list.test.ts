import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importEdgeList } from './import-edge-list.js';

function list(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kedja-list-')), 'list.csv');
  writeFileSync(file, text);
  return file;
}

describe('importEdgeList', () => {
  it('makes contracts from organisations to suppliers, keeping an organisation number as the code', async () => {
    const file = list(
      'Kommun,Orgnr,Leverantör\nÅdalens kommun,212000-0001,Kontorsmoln Ltd\nÅdalens Kommun,,Kontorsmoln Ltd\nBjörkby kommun,,Hallen AB\n',
    );
    const { graph, report, diagnostics } = await importEdgeList(file, {
      kind: 'contracts',
      from: 'kommun',
      fromCode: 'ORGNR',
      to: 'Leverantör',
    });
    expect(diagnostics).toEqual([]);
    expect(graph!.mapNodes((node, attributes) => [node, attributes.kind, attributes.name])).toEqual([
      ['org-2120000001', 'organisation', 'Ådalens kommun'],
      ['org-bjorkby-kommun', 'organisation', 'Björkby kommun'],
      ['sup-kontorsmoln-ltd', 'supplier', 'Kontorsmoln Ltd'],
      ['sup-hallen-ab', 'supplier', 'Hallen AB'],
    ]);
    expect(graph!.getNodeAttributes('org-2120000001')).toMatchObject({ code: '212000-0001' });
    expect(graph!.edges()).toEqual([
      'contracts:org-2120000001->sup-kontorsmoln-ltd',
      'contracts:org-bjorkby-kommun->sup-hallen-ab',
    ]);
    expect(report).toMatchObject({ rows: 3, edges: 2, repeated: 1, withoutEdge: 0 });
  });

  it('refuses two ends in one column', async () => {
    const { graph, diagnostics } = await importEdgeList(list('a,b\nx,y\n'), {
      kind: 'subcontracts',
      from: 'a',
      to: 'A',
    });
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['KEDJA_EDGE_LIST_COLUMN']);
  });
});
