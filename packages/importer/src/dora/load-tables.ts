/**
 * Loading a register's tables: each template's CSV file read against the template's columns
 * (header checked, every row with its line, CSV problems as diagnostics), a missing template
 * reported (an error for B_02.02 and B_05.01, otherwise a warning that says what is lost), and the
 * CSV files Kedja does not read named in one warning. O(rows); the rows are held in memory.
 */
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';

import { readTable, type Row } from '../formats/csv/index.js';
import { IMPORT_CODES } from '../errors.js';
import type { RegisterTables } from './register/index.js';
import { DORA_TEMPLATES, tableSpec, templateFile, type DoraTemplate } from './templates.js';
import type { TemplateTable } from './types.js';

/** What a register without an optional template loses. */
const MISSING_MEANS: Readonly<Record<string, string>> = {
  'B_01.01': 'entities are named by B_01.02 or by their LEI',
  'B_01.02': 'entities are named by B_01.01 or by their LEI',
  'B_02.01': 'arrangements are not checked against it',
  'B_05.02': 'no subcontracting is known, so hidden dependencies cannot be found',
  'B_07.01': 'services carry no assessment',
};

/** Reads one template's CSV file, reporting its CSV problems into `diagnostics`. */
export async function readTemplateTable(
  file: string,
  template: DoraTemplate,
  diagnostics: Diagnostic[],
): Promise<TemplateTable> {
  const rows: Row[] = [];
  for await (const row of readTable(file, file, tableSpec(template), diagnostics)) rows.push(row);
  return { template, file, rows };
}

/** The register's tables by template, in the order of DORA_TEMPLATES; problems go to `diagnostics`. */
export async function loadTables(
  { folder, entries }: RegisterTables,
  diagnostics: Diagnostic[],
): Promise<Map<DoraTemplate, TemplateTable>> {
  const byName = new Map(entries.map((entry) => [entry.toLowerCase(), entry]));
  const tables = new Map<DoraTemplate, TemplateTable>();
  for (const template of DORA_TEMPLATES) {
    const entry = byName.get(templateFile(template));
    const file = join(folder, entry ?? templateFile(template));
    // Without B_06.01 every dependency counts as critical, as it always did: no warning for that.
    if (entry === undefined && template.code !== 'B_06.01') diagnostics.push(missingTable(template, file));
    if (entry === undefined) continue;
    tables.set(template, await readTemplateTable(file, template, diagnostics));
  }
  const read = new Set([...tables.keys()].map(templateFile));
  const notRead = entries.filter((entry) => entry.toLowerCase().endsWith('.csv') && !read.has(entry.toLowerCase()));
  if (notRead.length > 0) {
    diagnostics.push({
      file: folder,
      code: IMPORT_CODES.doraTableNotRead,
      severity: 'warning',
      message: `not read (Kedja reads ${DORA_TEMPLATES.map((t) => t.code).join(', ')}): ${notRead.sort().join(', ')}`,
    });
  }
  return tables;
}

function missingTable(template: DoraTemplate, file: string): Diagnostic {
  return {
    file,
    code: IMPORT_CODES.doraMissingTable,
    severity: template.required ? 'error' : 'warning',
    message: template.required
      ? `the register needs template ${template.code} (${template.name}) to build a graph`
      : `template ${template.code} (${template.name}) is missing; ${MISSING_MEANS[template.code] ?? 'it is left out'}`,
  };
}
