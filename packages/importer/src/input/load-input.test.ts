import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { beforeEach, describe, expect, it, vi } from 'vitest';

import { inspectInput, loadGraph, loadInput } from './index.js';

vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof FsPromises>();
  return { ...actual, readdir: vi.fn(actual.readdir) };
});

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const DEMO = join(ROOT, 'datasets/demo');
const DORA = join(ROOT, 'datasets/dora-sample');

/** How many times each folder was listed. */
function listings(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [path] of vi.mocked(fs.readdir).mock.calls) counts.set(String(path), (counts.get(String(path)) ?? 0) + 1);
  return counts;
}

beforeEach(() => {
  vi.mocked(fs.readdir).mockClear();
});

describe('inspectInput', () => {
  it('tells a CSV folder, a DORA register (at the top or in reports/), a graph file and nothing apart', async () => {
    expect((await inspectInput(DEMO)).kind).toBe('csv-folder');
    expect((await inspectInput(DORA)).kind).toBe('dora-register');
    const submitted = mkdtempSync(join(tmpdir(), 'kedja-register-'));
    cpSync(DORA, join(submitted, 'reports'), { recursive: true });
    const inReports = await inspectInput(submitted);
    expect(inReports.kind === 'dora-register' && inReports.tables.folder).toBe(join(submitted, 'reports'));
    const file = join(submitted, 'graph.GEXF');
    writeFileSync(file, '');
    expect(await inspectInput(file)).toMatchObject({ kind: 'graph-file', format: 'gexf' });
    expect(await inspectInput(join(submitted, 'nothing'))).toMatchObject({
      kind: 'none',
      diagnostic: { code: 'KEDJA_INPUT_NOT_FOUND' },
    });
    writeFileSync(join(submitted, 'graph.txt'), '');
    expect(await inspectInput(join(submitted, 'graph.txt'))).toMatchObject({
      kind: 'none',
      diagnostic: { code: 'KEDJA_INPUT_UNSUPPORTED' },
    });
  });

  it('sums the sizes of the canonical tables only', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-sizes-'));
    writeFileSync(join(folder, 'organisations.csv'), 'id,name\n');
    writeFileSync(join(folder, 'notes.txt'), 'x'.repeat(1000));
    mkdirSync(join(folder, 'sub'));
    expect(await inspectInput(folder)).toMatchObject({ kind: 'csv-folder', csvBytes: 8 });
  });
});

describe('loading lists a folder once', () => {
  it('as a graph', async () => {
    const { graph } = await loadGraph(DEMO);
    expect(graph?.order).toBe(15);
    expect(listings()).toEqual(new Map([[DEMO, 1]]));
  });

  it('as a snapshot, and as a graph when one is asked for', async () => {
    const bulk = await loadInput(DEMO);
    expect(bulk.form).toBe('snapshot');
    expect(listings()).toEqual(new Map([[DEMO, 1]]));
    vi.mocked(fs.readdir).mockClear();
    const graph = await loadInput(DEMO, { graph: true });
    expect(graph.form).toBe('graph');
    expect(listings()).toEqual(new Map([[DEMO, 1]]));
  });

  it('a DORA register', async () => {
    const { graph } = await loadGraph(DORA);
    expect(graph).not.toBeNull();
    expect(listings()).toEqual(new Map([[DORA, 1]]));
  });
});

describe('loadInput', () => {
  it('gives a snapshot for a CSV folder at any size, a graph when asked or for a graph file, and the diagnostics of bad input', async () => {
    expect((await loadInput(DEMO)).form).toBe('snapshot');
    expect((await loadInput(DEMO, { graph: true })).form).toBe('graph');
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-json-')), 'demo.json');
    const { graphToJson } = await import('../formats/index.js');
    writeFileSync(file, graphToJson((await loadGraph(DEMO)).graph!));
    expect((await loadInput(file)).form).toBe('graph');
    const missing = await loadInput('no/such/folder');
    expect(missing.form).toBeNull();
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['KEDJA_INPUT_NOT_FOUND']);
  });

  it('gives the same answers from the snapshot as from the graph', async () => {
    const { createEngine, createSnapshotEngine } = await import('@kedja/core');
    const bulk = await loadInput(DEMO);
    const graph = await loadInput(DEMO, { graph: true });
    if (bulk.form !== 'snapshot' || graph.form !== 'graph') throw new Error('unexpected forms');
    expect(createSnapshotEngine(bulk.snapshot, bulk.table).rank()).toEqual(createEngine(graph.graph).rank());
  });
});
