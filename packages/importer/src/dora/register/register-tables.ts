/**
 * Finding a register: the folder that holds its key tables (B_05.01 or B_02.02), given directly or
 * as the `reports/` folder of an EBA reporting package. One directory listing per candidate.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { B_02_02, B_05_01, templateFile } from '../templates.js';

/** Where a register's tables are: the folder that holds them and the names in it. */
export interface RegisterTables {
  folder: string;
  entries: readonly string[];
}

/** True when these folder entries hold a register's key tables (B_05.01 or B_02.02). */
export function holdsRegisterTables(entries: readonly string[]): boolean {
  const names = new Set(entries.map((entry) => entry.toLowerCase()));
  return names.has(templateFile(B_05_01)) || names.has(templateFile(B_02_02));
}

/** The tables of the register in `folder` (or in its `reports/`), or null when it holds none. */
export async function findRegisterTables(folder: string): Promise<RegisterTables | null> {
  for (const candidate of [folder, join(folder, 'reports')]) {
    let entries: string[];
    try {
      if (!(await stat(candidate)).isDirectory()) continue;
      entries = await readdir(candidate);
    } catch {
      continue;
    }
    if (holdsRegisterTables(entries)) return { folder: candidate, entries };
  }
  return null;
}
