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

describe('graph files that no reader may crash on (issue 17, defect 4)', () => {
  const JSON_LOOP =
    '{"attributes":{},"nodes":[{"key":"s1","attributes":{"kind":"supplier","name":"S"}}],\n' +
    '"edges":[{"key":"e","source":"s1","target":"s1","attributes":{"kind":"subcontracts"}}]}\n';
  const GEXF_LOOP = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="kind" title="kind" type="string"/></attributes>
    <nodes><node id="s1" label="S"><attvalues><attvalue for="kind" value="supplier"/></attvalues></node></nodes>
    <edges>
      <edge id="e1" source="s1" target="s1"><attvalues><attvalue for="kind" value="subcontracts"/></attvalues></edge>
    </edges>
  </graph>
</gexf>
`;
  const GRAPHML_LOOP = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="kind" for="all" attr.name="kind" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="s1"><data key="kind">supplier</data><data key="name">S</data></node>
    <edge id="e1" source="s1" target="s1"><data key="kind">subcontracts</data></edge>
  </graph>
</graphml>
`;

  it.each([
    ['loop.json', JSON_LOOP, /loop\.json:2:\d+: error KEDJA_MODEL_SELF_LOOP: s1 cannot depend on itself/],
    ['loop.gexf', GEXF_LOOP, /loop\.gexf:8:\d+: error KEDJA_MODEL_SELF_LOOP: s1 cannot depend on itself/],
    ['loop.graphml', GRAPHML_LOOP, /loop\.graphml:7:\d+: error KEDJA_MODEL_SELF_LOOP: s1 cannot depend on itself/],
    [
      'deep.json',
      `${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      /deep\.json:1:257: error KEDJA_JSON_SHAPE: arrays and objects nested more than 256 deep/,
    ],
    [
      'deep-attribute.json',
      `{"attributes":{"a":${'{"b":'.repeat(5000)}1${'}'.repeat(5000)}},"nodes":[],"edges":[]}\n`,
      /deep-attribute\.json:1:\d+: error KEDJA_JSON_SHAPE/,
    ],
  ])('%s: exit 2 with the code and the place, no stack trace', async (name, text, expected) => {
    const file = join(tmp(), name);
    writeFileSync(file, text);
    for (const args of [
      ['rank', file],
      ['import', file, '-o', join(tmp(), 'out')],
    ]) {
      const result = await kedja(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stdout).toBe('');
    }
  });

  it('a string holding brackets does not count as nesting', async () => {
    const file = join(tmp(), 'brackets.json');
    const { stdout } = await kedja(['export', 'datasets/demo', '--format', 'json', '-o', '-']);
    const graph = JSON.parse(stdout) as { attributes: Record<string, unknown> };
    graph.attributes.note = `${'['.repeat(1000)}{"quoted \\" ${'{'.repeat(1000)}`;
    writeFileSync(file, JSON.stringify(graph));
    const result = await kedja(['rank', file, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe((await kedja(['rank', 'datasets/demo', '--json'])).stdout);
  });
});

describe('a JSON graph file with a byte-order mark (issue 17, item 10)', () => {
  it('reads as without one, as a CSV file with one does', async () => {
    const file = join(tmp(), 'bom.json');
    const { stdout } = await kedja(['export', 'datasets/demo', '--format', 'json', '-o', '-']);
    writeFileSync(file, `\uFEFF${stdout}`);
    const result = await kedja(['rank', file, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe((await kedja(['rank', 'datasets/demo', '--json'])).stdout);
  });
});
