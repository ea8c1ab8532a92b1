/**
 * The bulk loader (CSV folder straight into a snapshot) against the graphology path: the same
 * diagnostics on every malformed input, and the same answers (ranking, blast radius, why) on the
 * demo, on generated graphs and on random graphs written to CSV.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createEngine, createSnapshotEngine, type Diagnostic } from '@kedja/core';
import { loadSnapshot, readCsvFolder, writeCsvFolder, writeGeneratedFolder } from '@kedja/importer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { kedja, ROOT } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { MALFORMED_CASES } from './support/malformed-cases.js';
import { BASE } from './support/fixtures.js';
import { randomCase } from './support/random-graph.js';

const where = (d: Diagnostic) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.column}`;

async function bothWays(folder: string) {
  const graph = await readCsvFolder(folder);
  const bulk = await loadSnapshot(folder);
  return { graph, bulk };
}

describe('bulk loader', () => {
  it.each(MALFORMED_CASES)('$name: the same diagnostics as readCsvFolder, in the same order', async (c) => {
    const { graph, bulk } = await bothWays(writeFolder(c.changes));
    expect(bulk.snapshot).toBeNull();
    expect(graph.graph).toBeNull();
    expect(bulk.diagnostics).toEqual(graph.diagnostics);
    expect(JSON.stringify(bulk.diagnostics)).toBe(JSON.stringify(graph.diagnostics));
  });

  it('reports repeated rows where the row-by-row reader does: after their row, before later rows', async () => {
    const folder = writeFolder({
      'uses.csv': `${BASE['uses.csv']}org-a,svc-1,yes\norg-a,svc-1,maybe\norg-b,svc-nowhere,no\n`,
      'provided_by.csv': `supplier,service\nsup-1,svc-1\nsup-1,svc-1\n`,
    });
    const { graph, bulk } = await bothWays(folder);
    expect(graph.diagnostics.map((d) => d.code)).toContain('KEDJA_CSV_DUPLICATE_EDGE');
    expect(JSON.stringify(bulk.diagnostics)).toBe(JSON.stringify(graph.diagnostics));
  });

  it('gives the same ranking, blast radius and why as the graph engine on the demo', async () => {
    const { graph, bulk } = await bothWays(join(ROOT, 'datasets/demo'));
    const fromGraph = createEngine(graph.graph!);
    const fromBulk = createSnapshotEngine(bulk.snapshot!, bulk.table!);
    expect(fromBulk.rank()).toEqual(fromGraph.rank());
    for (const spec of [
      { suppliers: ['sup-dc'] },
      { countries: ['IE'] },
      { parents: ['Edu Holding'] },
      { serviceCountries: ['IE'] },
    ]) {
      expect(fromBulk.blast(spec)).toEqual(fromGraph.blast(spec));
    }
    expect(fromBulk.why('adalen', { suppliers: ['sup-hosting'] })).toEqual(
      fromGraph.why('adalen', { suppliers: ['sup-hosting'] }),
    );
    expect(fromBulk.table.name(fromBulk.table.indexOf('adalen')!)).toBe('Ådalens kommun');
  });

  it('gives the same warnings as readCsvFolder (an alternatives group with one member)', async () => {
    const folder = writeFolder({ 'contracts.csv': 'organisation,supplier,alternatives\norg-b,sup-2,lonely\n' });
    const { graph, bulk } = await bothWays(folder);
    expect(graph.diagnostics.map(where)).toEqual([
      `warning KEDJA_MODEL_LONE_ALTERNATIVE ${join(folder, 'contracts.csv')}:2:undefined`,
    ]);
    expect(JSON.stringify(bulk.diagnostics)).toBe(JSON.stringify(graph.diagnostics));
  });

  it('gives the same answers as the graph engine on a generated graph', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kedja-bulk-'));
    await writeGeneratedFolder(
      { organisations: 400, services: 120, suppliers: 90, usesPerOrganisation: 6, alternativeShare: 0.2, seed: 7 },
      folder,
    );
    const { graph, bulk } = await bothWays(folder);
    expect(graph.diagnostics).toEqual([]);
    expect(bulk.diagnostics).toEqual([]);
    const fromGraph = createEngine(graph.graph!);
    const fromBulk = createSnapshotEngine(bulk.snapshot!, bulk.table!);
    expect(fromBulk.rank()).toEqual(fromGraph.rank());
    expect(fromBulk.blast({ countries: ['IE'] })).toEqual(fromGraph.blast({ countries: ['IE'] }));
  });

  it('gives the same ranking and blast radius on 200 random graphs written as CSV', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(), async ({ graph, scenario }) => {
        const folder = mkdtempSync(join(tmpdir(), 'kedja-bulk-random-'));
        await writeCsvFolder(graph, folder);
        const bulk = await loadSnapshot(folder);
        expect(bulk.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const fromBulk = createSnapshotEngine(bulk.snapshot!, bulk.table!);
        const fromGraph = createEngine(graph);
        expect(fromBulk.rank()).toEqual(fromGraph.rank());
        const spec = {
          suppliers: scenario.filter((id) => id.startsWith('s')),
          services: scenario.filter((id) => id.startsWith('v')),
        };
        expect(fromBulk.blast(spec)).toEqual(fromGraph.blast(spec));
      }),
      { numRuns: 200 },
    );
  });

  it('the CLI prints the same from a CSV folder (loaded into a snapshot) as from the same graph as a file (a graph)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-bulk-cli-')), 'demo.json');
    expect((await kedja(['export', 'datasets/demo', '--format', 'json', '-o', file])).code).toBe(0);
    for (const args of [
      ['rank', '{}', '--json'],
      ['rank', '{}'],
      ['blast', '{}', '--country', 'SE', '--json'],
      ['blast', '{}', '--supplier', 'sup-hosting'],
      ['why', '{}', '--org', 'bjorkby', '--supplier', 'sup-dc', '--json'],
      ['simulate', '{}', '--samples', '500', '--p', '0.1', '--json'],
      ['screen', '{}', '--pairs', '--cover', '0.5', '--json'],
      ['validate', '{}', '--json'],
    ]) {
      const [fromFolder, fromFile] = await Promise.all([
        kedja(args.map((arg) => (arg === '{}' ? 'datasets/demo' : arg))),
        kedja(args.map((arg) => (arg === '{}' ? file : arg))),
      ]);
      expect(fromFolder.code, args.join(' ')).toBe(0);
      const same = (text: string) => text.replaceAll(file, 'datasets/demo');
      expect(same(fromFile.stdout), args.join(' ')).toBe(fromFolder.stdout);
    }
  });
});
