/**
 * The procurement import summary on a small report: the notices by kind (most first), the
 * contracts and the graph's counts, and where the report is.
 */
import type { ProcurementReport } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { procurementImportJson, renderProcurementImport } from './import-procurement.js';

const report: ProcurementReport = {
  inputs: ['notices'],
  cpvPrefixes: [],
  read: { entries: 4, notices: { modification: 1, 'contract award': 2 }, awards: 3 },
  counts: { organisations: 2, suppliers: 3, services: 3, contracts: 3, subcontracts: 1, uses: 3, providedBy: 3 },
  categories: [{ category: 'IT services', contracts: 3 }],
  merges: [],
  keptApart: [],
  skipped: [{ where: 'notices/cn.xml', what: 'file', reason: 'not a contract award notice' }],
  provenance: [],
};

describe('renderProcurementImport', () => {
  it('tells what was read and built, and points at the report', () => {
    expect(renderProcurementImport({ inputs: ['notices'], output: 'out/', report, files: [], warnings: 0 })).toBe(
      'notices: 3 notices (2 contract award, 1 modification), 3 settled contracts; 2 organisations, 3 suppliers, 3 services; ' +
        '3 contracts edges, 1 subcontracts edge, 3 uses edges, 3 providedBy edges.\n' +
        '0 merges, 1 item skipped: see out/procurement-report.md.\n',
    );
  });

  it('mentions the warnings printed above', () => {
    expect(renderProcurementImport({ inputs: ['a', 'b'], output: 'out', report, files: [], warnings: 2 })).toMatch(
      /^a, b: .*\n0 merges, 1 item skipped, 2 warnings above: see out\/procurement-report\.md\.\n$/,
    );
  });
});

describe('procurementImportJson', () => {
  it('gives the counts and the files', () => {
    expect(
      procurementImportJson({ inputs: ['notices'], output: 'out', report, files: ['out/x.csv'], warnings: 0 }),
    ).toEqual({
      inputs: ['notices'],
      output: 'out',
      notices: { modification: 1, 'contract award': 2 },
      contracts: 3,
      counts: report.counts,
      merges: 0,
      keptApart: 0,
      skipped: 1,
      files: ['out/x.csv'],
      warnings: 0,
    });
  });
});

describe('renderProcurementImport in Swedish', () => {
  it('tells what was read and built in Swedish (the notice kinds are eForms’ own)', () => {
    expect(renderProcurementImport({ inputs: ['notices'], output: 'out', report, files: [], warnings: 1 }, 'sv')).toBe(
      'notices: 3 annonser (2 contract award, 1 modification), 3 tilldelade kontrakt; 2 organisationer, 3 leverantörer, 3 tjänster; ' +
        '3 contracts-kanter, 1 subcontracts-kant, 3 uses-kanter, 3 providedBy-kanter.\n' +
        '0 sammanslagningar, 1 post hoppades över, 1 varning ovan: se out/procurement-report.md.\n',
    );
  });
});
