/**
 * The seed inputs the mutator starts from: the canonical folders of datasets/ (demo, sweden-2018),
 * the DORA register sample, the two survey samples (answers, catalogue, aliases) and the demo as a
 * JSON, GEXF and GraphML graph file (written once with `kedja export` into a temporary folder).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { run } from '@kedja/cli';

import { parseCsv, type Entry, type InputKind, type Workspace } from './workspace.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function entriesOf(folder: string, prefix: string, skip: (name: string) => boolean = () => false): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const path = `${prefix}/${relative(folder, full)}`;
      if (skip(name)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.csv')) entries.set(path, { type: 'table', rows: parseCsv(readFileSync(full, 'utf8')) });
      else entries.set(path, { type: 'text', text: readFileSync(full, 'utf8') });
    }
  };
  walk(folder);
  return entries;
}

const folderSeed = (kind: InputKind, name: string, skip?: (name: string) => boolean): Workspace => ({
  kind,
  seed: name,
  input: 'in',
  entries: entriesOf(join(ROOT, 'datasets', name), 'in', skip),
});

/** Writes the demo as graph files with the CLI itself. */
async function graphFileSeeds(): Promise<Workspace[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kedja-fuzz-seeds-'));
  const quiet = { stdout: () => undefined, stderr: () => undefined, isTty: false };
  try {
    const seeds: Workspace[] = [];
    for (const kind of ['json', 'gexf', 'graphml'] as const) {
      const file = join(dir, `demo.${kind}`);
      const code = await run(['export', join(ROOT, 'datasets/demo'), '--format', kind, '-o', file], quiet);
      if (code !== 0) throw new Error(`kedja export --format ${kind} of datasets/demo exited ${code}`);
      const input = `in/graph.${kind}`;
      seeds.push({
        kind,
        seed: `demo.${kind}`,
        input,
        entries: new Map([[input, { type: 'text', text: readFileSync(file, 'utf8') }]]),
      });
    }
    return seeds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const notData = (name: string) =>
  name === 'README.md' || /\.(ts|mjs)$/.test(name) || name === 'generator' || name === 'source';

export async function loadSeeds(): Promise<Workspace[]> {
  return [
    folderSeed('csv-folder', 'demo', notData),
    folderSeed('csv-folder', 'sweden-2018', notData),
    folderSeed('dora', 'dora-sample', notData),
    folderSeed('survey', 'survey-sample', (name) => notData(name) || name === 'ground-truth.csv'),
    folderSeed('survey', 'survey-messy', (name) => notData(name) || name === 'truth.csv'),
    ...(await graphFileSeeds()),
  ];
}
