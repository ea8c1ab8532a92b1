/** docs/format.md describes exactly the files and columns the importer knows, marking the required ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { IMPORT_CODES, PARENTS_TABLE, TABLES } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { ROOT } from './support/cli.js';

const DOC = readFileSync(join(ROOT, 'docs/format.md'), 'utf8');

describe('docs/format.md', () => {
  it.each([...TABLES, PARENTS_TABLE].map((t) => [t.file, t] as const))(
    'documents every column of %s',
    (file, table) => {
      const section = DOC.split(`### ${file}`)[1]!.split('\n### ')[0]!.split('\n## ')[0]!;
      const documented = [...section.matchAll(/^\| `([a-z_]+)`(\*?) *\|/gm)].map((m) => `${m[1]}${m[2]}`);
      expect(documented).toEqual(table.columns.map((c) => `${c.name}${c.required ? '*' : ''}`));
    },
  );

  it('documents every CSV error code', () => {
    for (const code of Object.values(IMPORT_CODES).filter((c) => c.startsWith('KEDJA_CSV_'))) {
      expect(DOC).toContain(`\`${code}\``);
    }
  });
});
