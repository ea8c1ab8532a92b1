/**
 * GEXF, GraphML and graph JSON through the real command: every dataset that ships opens in
 * graphology-gexf (Gephi's format) with every attribute, every format round-trips through
 * `kedja export` and `kedja import`, and commands read graph files directly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import type { KedjaGraph } from '@kedja/core';
import { loadGraph } from '@kedja/importer';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

import { kedja, ROOT, STACK_FRAME } from './support/cli.js';

/** Every dataset that ships. Adding one (datasets/sweden-2018) is one line here. */
const DATASETS = ['datasets/demo', 'datasets/sweden-2018'];

const tmp = () => mkdtempSync(join(tmpdir(), 'kedja-formats-'));

async function load(path: string): Promise<KedjaGraph> {
  const { graph, diagnostics } = await loadGraph(path);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return graph!;
}

function sorted<T extends { key: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Same nodes, edges and attributes, with the same JavaScript types. */
function expectSame(actual: KedjaGraph, expected: KedjaGraph): void {
  const a = actual.export();
  const e = expected.export();
  expect(sorted(a.nodes)).toEqual(sorted(e.nodes));
  expect(sorted(a.edges as { key: string }[])).toEqual(sorted(e.edges as { key: string }[]));
  expect(isDeepStrictEqual(sorted(a.nodes), sorted(e.nodes))).toBe(true);
  expect(isDeepStrictEqual(sorted(a.edges as { key: string }[]), sorted(e.edges as { key: string }[]))).toBe(true);
}

describe.each(DATASETS)('%s', (dataset) => {
  it('exports GEXF that graphology-gexf opens with every node, edge and attribute', async () => {
    const file = join(tmp(), 'graph.gexf');
    const result = await kedja(['export', dataset, '--format', 'gexf', '-o', file]);
    expect(result.code, result.stderr).toBe(0);
    const original = await load(join(ROOT, dataset));
    // Parsed by the library alone, as another tool would: names are GEXF labels, kinds are attributes.
    const gephi = parse(MultiGraph, readFileSync(file, 'utf8'));
    expect(gephi.type).toBe('directed');
    expect(gephi.order).toBe(original.order);
    expect(gephi.size).toBe(original.size);
    original.forEachNode((node, attributes) => {
      const { name, ...rest } = attributes;
      expect(gephi.getNodeAttributes(node)).toStrictEqual({ label: name, ...rest });
    });
    original.forEachEdge((edge, attributes, source, target) => {
      expect(gephi.source(edge)).toBe(source);
      expect(gephi.target(edge)).toBe(target);
      expect(gephi.getEdgeAttributes(edge)).toStrictEqual(attributes);
    });
  });

  it.each(['gexf', 'graphml', 'json'])('round-trips through export --format %s and import', async (format) => {
    const dir = tmp();
    const file = join(dir, `graph.${format}`);
    const exported = await kedja(['export', dataset, '--format', format, '-o', file]);
    expect(exported.code, exported.stderr).toBe(0);
    const imported = await kedja(['import', file, '-o', join(dir, 'folder')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(`wrote ${join(dir, 'folder')}/`);
    const original = await load(join(ROOT, dataset));
    expectSame(await load(file), original);
    expectSame(await load(join(dir, 'folder')), original);
  });
});

describe('graph files on the command line', () => {
  it('every command reads GEXF and GraphML as it reads the folder', async () => {
    const dir = tmp();
    await Promise.all([
      kedja(['export', 'datasets/demo', '--format', 'gexf', '-o', join(dir, 'demo.gexf')]),
      kedja(['export', 'datasets/demo', '--format', 'graphml', '-o', join(dir, 'demo.graphml')]),
    ]);
    const [folder, gexf, graphml] = await Promise.all(
      ['datasets/demo', join(dir, 'demo.gexf'), join(dir, 'demo.graphml')].map((input) =>
        kedja(['rank', input, '--json']),
      ),
    );
    expect(folder!.code).toBe(0);
    expect(gexf!.stdout).toBe(folder!.stdout);
    expect(graphml!.stdout).toBe(folder!.stdout);
  });

  it('import refuses a file without kinds, and a malformed file, with exit 2 and the place', async () => {
    const dir = tmp();
    const noKinds = join(dir, 'gephi.gexf');
    writeFileSync(
      noKinds,
      '<?xml version="1.0"?>\n<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>\n',
    );
    const broken = join(dir, 'broken.graphml');
    writeFileSync(
      broken,
      '<?xml version="1.0"?>\n<graphml>\n  <graph edgedefault="directed">\n    <node id="a">\n  </graph>\n</graphml>\n',
    );
    const [a, b, c] = await Promise.all([
      kedja(['import', noKinds, '-o', join(dir, 'out')]),
      kedja(['import', broken, '-o', join(dir, 'out2')]),
      kedja(['import', 'datasets/demo', '--format', 'svg', '-o', join(dir, 'out3')]),
    ]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(`${noKinds}: error KEDJA_GRAPH_NO_KINDS: no node has a "kind" attribute`);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(new RegExp(`${broken}:5:\\d+: error KEDJA_XML_SYNTAX`));
    expect(c.code).toBe(1);
    for (const result of [a, b, c]) {
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });
});
