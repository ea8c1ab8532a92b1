/**
 * The real `kedja` process on every malformed input of issue 2 section 4: exit code 2, a message
 * naming file, line and column with the stable code, and never a stack trace.
 */
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, STACK_FRAME } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { MALFORMED_CASES } from './support/malformed-cases.js';

describe('kedja validate on malformed input', () => {
  it.concurrent.each(MALFORMED_CASES)('$name: exit 2 with $file:$line:$column $code', async (c) => {
    const folder = writeFolder(c.changes);
    const result = await kedja(['validate', folder]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${join(folder, c.file)}:${c.line}:${c.column}: error ${c.code}: `);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('blast on malformed input exits 2 too, and prints no JSON', async () => {
    const c = MALFORMED_CASES.find((m) => m.code === 'KEDJA_CSV_UNKNOWN_REFERENCE')!;
    const folder = writeFolder(c.changes);
    const result = await kedja(['blast', folder, '--supplier', 'sup-1', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${join(folder, c.file)}:${c.line}:${c.column}: error ${c.code}`);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('validate --json prints every diagnostic as one JSON document and exits 2', async () => {
    const c = MALFORMED_CASES.find((m) => m.code === 'KEDJA_CSV_BAD_ENUM')!;
    const folder = writeFolder(c.changes);
    const result = await kedja(['validate', folder, '--json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      errors: number;
      diagnostics: { code: string; line: number; column: number }[];
    };
    expect(report.valid).toBe(false);
    expect(report.errors).toBe(1);
    expect(report.diagnostics).toMatchObject([{ code: c.code, line: c.line, column: c.column }]);
  });
});
