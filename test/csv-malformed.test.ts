/**
 * The CSV importer on every malformed input of issue 2 section 4: the right code, file, line and
 * column, no graph at all, and every problem of a folder reported in one run.
 */
import { join } from 'node:path';

import { readCsvFolder } from '@kedja/importer';
import { describe, expect, it } from 'vitest';

import { writeFolder } from './support/fixtures.js';
import { MALFORMED_CASES } from './support/malformed-cases.js';

describe('canonical CSV import of malformed input', () => {
  it('accepts the valid base dataset', async () => {
    const result = await readCsvFolder(writeFolder());
    expect(result.diagnostics).toEqual([]);
    expect(result.graph?.order).toBe(7);
    expect(result.graph?.size).toBe(7);
  });

  it.each(MALFORMED_CASES)('$name gives $code at $file:$line:$column and no graph', async (c) => {
    const folder = writeFolder(c.changes);
    const result = await readCsvFolder(folder);
    expect(result.graph).toBeNull();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column }))).toContainEqual({
      code: c.code,
      file: join(folder, c.file),
      line: c.line,
      column: c.column,
    });
  });

  it('reports every problem of every file in one run', async () => {
    const picked = [
      'unknown column (typo)',
      'row with too many fields',
      'edge to the wrong kind of node',
      'self-loop',
      'bad enum',
    ];
    const cases = picked.map((name) => MALFORMED_CASES.find((c) => c.name === name)!);
    const folder = writeFolder(Object.assign({}, ...cases.map((c) => c.changes)));
    const result = await readCsvFolder(folder);
    expect(result.graph).toBeNull();
    const found = result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`);
    for (const c of cases) expect(found).toContain(`${c.code} ${join(folder, c.file)}:${c.line}:${c.column}`);
  });
});
