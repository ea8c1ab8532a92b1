#!/usr/bin/env node
// What the published @kedja/cli carries besides its JavaScript (run by `pnpm build` after tsc):
// the viewer's page, built with Vite into dist/viewer (so that `kedja serve` needs neither the
// viewer's sources nor Vite), and the two datasets `kedja demo` opens, into dist/datasets.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(CLI, '../..');

execFileSync(
  'pnpm',
  ['--filter', '@kedja/viewer', 'exec', 'vite', 'build', '--outDir', join(CLI, 'dist/viewer'), '--emptyOutDir'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);

for (const dataset of ['demo', 'sweden-2018']) {
  const from = join(ROOT, 'datasets', dataset);
  const to = join(CLI, 'dist/datasets', dataset);
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) {
    if (file.endsWith('.csv') || file === 'README.md' || file === 'study.json')
      cpSync(join(from, file), join(to, file));
  }
}
