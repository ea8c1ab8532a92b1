/** The edge list import summary: rows, nodes by kind, edges, and the merges with more than one spelling. */
import type { EdgeListReport } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { edgesImportJson, renderEdgesImport } from './import-edges.js';

const report: EdgeListReport = {
  source: 'list.xlsx[Bilaga]',
  rows: 5,
  edges: 3,
  repeated: 1,
  withoutEdge: 1,
  merges: [
    {
      node: 'sup-5560210261',
      kind: 'supplier',
      name: 'Tietoevry Sverige AB',
      spellings: [
        { name: 'Tietoevry Sverige AB', notices: 2 },
        { name: 'TietoEvry Sverige AB', notices: 1 },
      ],
      organisationNumbers: ['556021-0261'],
      countries: [],
      rule: 'organisation number',
      notices: 3,
      namesDiffer: false,
    },
    {
      node: 'sup-atea',
      kind: 'supplier',
      name: 'Atea AB',
      spellings: [{ name: 'Atea AB', notices: 2 }],
      organisationNumbers: [],
      countries: [],
      rule: 'name',
      notices: 2,
      namesDiffer: false,
    },
  ],
};
const counts = { organisations: 0, services: 0, suppliers: 4, uses: 0, contracts: 0, providedBy: 0, subcontracts: 3 };

describe('renderEdgesImport', () => {
  it('tells rows, nodes, edges and the merges of different spellings', () => {
    expect(renderEdgesImport({ output: 'out', kind: 'subcontracts', report, counts, warnings: 1 })).toBe(
      'list.xlsx[Bilaga]: 5 rows -> out: 4 suppliers; 3 subcontracts edges, 1 repeated row, 1 row without an edge; 1 warning above.\n' +
        'Merged: Tietoevry Sverige AB (Tietoevry Sverige AB = TietoEvry Sverige AB).\n',
    );
  });
});

describe('edgesImportJson', () => {
  it('lists every merge', () => {
    const json = edgesImportJson({ output: 'out', kind: 'subcontracts', report, counts, warnings: 0 });
    expect(json).toMatchObject({ rows: 5, edges: 3, counts: { suppliers: 4 } });
    expect(json.merges.map((m) => m.node)).toEqual(['sup-5560210261', 'sup-atea']);
  });
});

describe('renderEdgesImport in Swedish', () => {
  it('tells rows, nodes, edges and merges in Swedish', () => {
    expect(renderEdgesImport({ output: 'out', kind: 'subcontracts', report, counts, warnings: 2 }, 'sv')).toBe(
      'list.xlsx[Bilaga]: 5 rader -> out: 4 leverantörer; 3 subcontracts-kanter, 1 upprepad rad, 1 rad utan kant; 2 varningar ovan.\n' +
        'Sammanslagna: Tietoevry Sverige AB (Tietoevry Sverige AB = TietoEvry Sverige AB).\n',
    );
  });
});
