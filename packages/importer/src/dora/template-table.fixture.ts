/**
 * Test support for the template readers (not used by the module): a template's table from a few
 * lines of CSV text, written to a temporary folder and read as the register's loader reads it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Diagnostic } from '@kedja/core';

import { readTemplateTable } from './load-tables.js';
import { templateFile, type DoraTemplate } from './templates.js';
import type { TemplateTable } from './types.js';

/** The table of `template` holding `csv`, and the CSV problems the loader found in it. */
export async function templateTable(
  template: DoraTemplate,
  csv: string,
): Promise<{ table: TemplateTable; csvProblems: Diagnostic[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'kedja-dora-reader-')), templateFile(template));
  writeFileSync(file, csv);
  const csvProblems: Diagnostic[] = [];
  const table = await readTemplateTable(file, template, csvProblems);
  return { table, csvProblems };
}

/** Diagnostics as [code, severity, line, column], what the readers' tests compare. */
export const placed = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.severity, d.line, d.column]);
