/**
 * A table's name in a canonical folder that is not a regular file (issue 17, defect 5): a folder
 * gave a Node stack trace, a broken link the wrong code, and a named pipe blocked the read forever.
 * Each is now KEDJA_CSV_NOT_A_FILE, exit 2, and never opened.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

function folderWith(table: string, make: (path: string) => void): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kedja-not-a-file-')), 'demo');
  cpSync(join(ROOT, 'datasets/demo'), folder, { recursive: true });
  rmSync(join(folder, table));
  make(join(folder, table));
  return folder;
}

const KINDS: [string, string, (path: string) => void, string][] = [
  ['a folder', 'uses.csv', (path) => mkdirSync(path), 'a folder, not a file'],
  ['a folder', 'organisations.csv', (path) => mkdirSync(path), 'a folder, not a file'],
  ['a broken link', 'uses.csv', (path) => symlinkSync('/nonexistent/kedja', path), 'a link to nothing'],
  ['a named pipe', 'uses.csv', (path) => execFileSync('mkfifo', [path]), 'a named pipe, not a file'],
];

describe('a table that is not a regular file', () => {
  it.each(KINDS)(
    '%s as %s: exit 2 with KEDJA_CSV_NOT_A_FILE, no stack trace, no hang',
    async (_what, table, make, said) => {
      const folder = folderWith(table, make);
      for (const args of [
        ['validate', folder],
        ['rank', folder, '--json'],
        ['metrics', folder, '--json'],
        ['import', folder, '-o', join(folder, '..', 'graph.arrow')],
      ]) {
        const result = await kedja(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toContain(`${join(folder, table)}: error KEDJA_CSV_NOT_A_FILE: ${said}`);
        expect(result.stderr).not.toMatch(STACK_FRAME);
        expect(result.stdout).toBe('');
      }
    },
  );
});
