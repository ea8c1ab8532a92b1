/**
 * Reading every table of a register into records, with the template readers, and reporting their
 * problems in a fixed order: the empty keys of every table (in template order), then the ranks of
 * B_05.02, then the providers of B_05.01. A missing template gives no records; a missing B_02.01
 * means arrangements are not checked. O(rows).
 */
import type { Diagnostic } from '@kedja/core';

import { readB0101, type EntityRecord } from './read-b01-01.js';
import { readB0102 } from './read-b01-02.js';
import { readB0201 } from './read-b02-01.js';
import { readB0202, type ServiceUseRecord } from './read-b02-02.js';
import { readB0501, type ProviderRecord } from './read-b05-01.js';
import { readB0502, type ChainLinkRecord } from './read-b05-02.js';
import { readB0601, type FunctionRecord } from './read-b06-01.js';
import { readB0701, type AssessmentRecord } from './read-b07-01.js';
import {
  B_01_01,
  B_01_02,
  B_02_01,
  B_02_02,
  B_05_01,
  B_05_02,
  B_06_01,
  B_07_01,
  type DoraTemplate,
} from './templates.js';
import type { TableRead, TemplateTable } from './types.js';
import { report } from './utils.js';

/** The register as records, table by table. */
export interface RegisterRecords {
  /** The entity maintaining the register: the first row of B_01.01. */
  maintainer?: EntityRecord;
  /** B_01.01, then B_01.02. */
  entities: EntityRecord[];
  /** The reference numbers of B_02.01, or null when the register has no B_02.01. */
  arrangements: ReadonlySet<string> | null;
  uses: ServiceUseRecord[];
  providers: ProviderRecord[];
  chains: ChainLinkRecord[];
  /** B_06.01's functions, and its file; null when the register has no B_06.01. */
  functions: { records: FunctionRecord[]; file: string } | null;
  assessments: AssessmentRecord[];
}

export function readRecords(
  tables: ReadonlyMap<DoraTemplate, TemplateTable>,
  diagnostics: Diagnostic[],
): RegisterRecords {
  const read = <T>(template: DoraTemplate, reader: (table: TemplateTable) => TableRead<T>): TableRead<T> => {
    const table = tables.get(template);
    return table ? reader(table) : { records: [], emptyKeys: [], diagnostics: [] };
  };
  const maintainers = read(B_01_01, readB0101);
  const entities = read(B_01_02, readB0102);
  const arrangements = read(B_02_01, readB0201);
  const uses = read(B_02_02, readB0202);
  const providers = read(B_05_01, readB0501);
  const chains = read(B_05_02, readB0502);
  const functions = read(B_06_01, readB0601);
  const assessments = read(B_07_01, readB0701);
  const inTemplateOrder = [maintainers, entities, arrangements, uses, providers, chains, functions, assessments];
  for (const each of inTemplateOrder) report(diagnostics, each.emptyKeys);
  // Then each template's own checks: ranks before providers; the other readers have none.
  for (const each of [chains, providers, maintainers, entities, arrangements, uses, functions, assessments]) {
    report(diagnostics, each.diagnostics);
  }
  return {
    ...(maintainers.records[0] ? { maintainer: maintainers.records[0] } : {}),
    entities: [...maintainers.records, ...entities.records],
    arrangements: tables.has(B_02_01) ? new Set(arrangements.records.map((record) => record.reference)) : null,
    uses: uses.records,
    providers: providers.records,
    chains: chains.records,
    functions: tables.has(B_06_01) ? { records: functions.records, file: tables.get(B_06_01)!.file } : null,
    assessments: assessments.records,
  };
}
