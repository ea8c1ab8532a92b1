/**
 * Writes datasets/sweden-2018: the canonical CSV files and study.json, from the real source data in
 * ./source and the fixed seed, byte for byte the same on every run.
 *
 *   pnpm dataset:sweden-2018              # rewrite this folder
 *   pnpm dataset:sweden-2018 --out DIR    # write elsewhere (the test compares the bytes)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { writeCsvFolder } from '@kedja/importer';

import { buildDataset } from './generator/build.js';
import { readSources } from './generator/sources.js';

export const DATASET_FOLDER = fileURLToPath(new URL('.', import.meta.url));

/** Generates the dataset into `out`; returns the files written. */
export async function generateSweden2018(out: string): Promise<string[]> {
  const { graph, study } = buildDataset(await readSources(join(DATASET_FOLDER, 'source')));
  const { files } = await writeCsvFolder(graph, out);
  const studyFile = join(out, 'study.json');
  await writeFile(studyFile, `${JSON.stringify(study, null, 2)}\n`, 'utf8');
  return [...files, studyFile];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const index = process.argv.indexOf('--out');
  const out = index >= 0 ? process.argv[index + 1] : DATASET_FOLDER;
  if (!out) {
    console.error('usage: generate.ts [--out DIR]');
    process.exit(1);
  }
  const files = await generateSweden2018(out);
  console.log(`wrote ${files.length} files to ${out}`);
}
