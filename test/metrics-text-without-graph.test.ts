/**
 * `kedja metrics` in text on a CSV folder is rendered without a graph (issue 12): the document comes
 * from the engine's snapshot and the renderer reads a few facts the loader collected. The same graph
 * read from a graph file is rendered the old way, from a graphology graph; both texts must be the
 * same, line for line, but for the input's name in the heading (and the study comparison, which
 * only a dataset folder with its study.json gets).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'kedja-metrics-text-'));
/** Where the study comparison begins, in English and in Swedish. */
const STUDY = /\n\n(?:Beside the study|Bredvid studien):/;

describe('metrics text without a graph: the same as from a graph', () => {
  it.each([
    ['datasets/demo', []],
    ['datasets/demo', ['--lang', 'sv']],
    ['datasets/sweden-2018', []],
    ['datasets/sweden-2018', ['--lang', 'sv', '--limit', '5']],
    ['datasets/sweden-2018', ['--limit', '3']],
  ])('%s %j', async (folder, options) => {
    const file = join(scratch, `${folder.replace(/\W/g, '-')}.json`);
    expect((await kedja(['export', folder, '-o', file])).code).toBe(0);
    const fromFolder = await kedja(['metrics', folder, ...options]);
    const fromGraph = await kedja(['metrics', file, ...options]);
    expect(fromFolder.code, fromFolder.stderr).toBe(0);
    expect(fromGraph.code, fromGraph.stderr).toBe(0);
    const body = (text: string) => text.split(STUDY)[0]!.split('\n').slice(1).join('\n').trimEnd();
    expect(body(fromFolder.stdout).length).toBeGreaterThan(200);
    expect(body(fromFolder.stdout)).toBe(body(fromGraph.stdout));
    expect(fromFolder.stdout.split('\n')[0]!.replace(folder, file)).toBe(fromGraph.stdout.split('\n')[0]);
  });
});
