import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  type KedjaGraph,
} from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { readCsvFolder } from './csv/index.js';
import { graphToJson, readGraphJson } from './json/index.js';
import { gexfToGraph, graphToGexf } from './gexf/index.js';
import { graphmlToGraph, graphToGraphml } from './graphml/index.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

/** A graph with every attribute type and the awkward cases: markup in names, one-item lists, parallel edges. */
function awkwardGraph(): KedjaGraph {
  const graph = createKedjaGraph({ name: 'Awkward & <odd> "graph"' });
  addOrganisation(graph, 'org & co', {
    name: 'Ådalens "kommun" <test> & \'co\'',
    orgType: 'municipality',
    code: '0180',
    population: 9_007_199_254,
    employees: 0,
    sectors: ['health-care'],
  });
  addOrganisation(graph, 'org-2', { name: 'Line one\nline two' });
  addService(graph, 'svc', { name: 'Tjänst, med komma', model: 'SaaS', countries: ['SE', 'IE'], category: 'a|b' });
  addService(graph, 'svc-2', { name: 'Single country', model: 'other', countries: ['US'] });
  addSupplier(graph, 'sup-a', { name: 'A AB', country: 'SE', parent: 'Grupp [1]' });
  addSupplier(graph, 'sup-b', { name: 'B', country: 'IE' });
  addUses(graph, 'org & co', 'svc', { critical: false, function: 'vård', maxOutageHours: 0.5, fallback: true });
  addUses(graph, 'org-2', 'svc-2', { critical: true, maxOutageHours: 48, alternatives: 'g' });
  addContracts(graph, 'org-2', 'sup-b', { alternatives: 'g' });
  addProvidedBy(graph, 'svc', 'sup-a');
  addProvidedBy(graph, 'svc-2', 'sup-a');
  addSubcontracts(graph, 'sup-a', 'sup-b', { rank: 2, service: 'hosting' });
  addSubcontracts(graph, 'sup-a', 'sup-b', { rank: 3, service: 'backup' });
  return graph;
}

/** Same nodes, edges (keys, ends) and attributes with their JavaScript types, in any order. */
function expectSameGraph(actual: KedjaGraph | null, expected: KedjaGraph): void {
  expect(actual).not.toBeNull();
  const a = actual!.export();
  const e = expected.export();
  expect(a.attributes).toEqual(e.attributes);
  expect(a.options).toEqual(e.options);
  const byKey = <T extends { key: string }>(items: T[]) => [...items].sort((x, y) => (x.key < y.key ? -1 : 1));
  expect(byKey(a.nodes)).toEqual(byKey(e.nodes));
  expect(byKey(a.edges as { key: string }[])).toEqual(byKey(e.edges as { key: string }[]));
  // toEqual treats 1 and '1' apart but not every type difference; check strictly too.
  expect(isDeepStrictEqual(byKey(a.nodes), byKey(e.nodes))).toBe(true);
}

const attribute = (attributes: object, name: string): unknown => (attributes as Record<string, unknown>)[name];

const FORMATS = [
  { name: 'GEXF', write: graphToGexf, read: (text: string) => gexfToGraph(text, 'graph.gexf') },
  { name: 'GraphML', write: graphToGraphml, read: (text: string) => graphmlToGraph(text, 'graph.graphml') },
];

describe.each(FORMATS)('$name', ({ write, read }) => {
  it('round-trips the demo dataset: same nodes, edges and attributes', async () => {
    const { graph } = await readCsvFolder(DEMO);
    const back = read(write(graph!));
    expect(back.diagnostics).toEqual([]);
    expectSameGraph(back.graph, graph!);
  });

  it('round-trips markup, line breaks, large and fractional numbers, false, one-item lists and parallel edges', () => {
    const graph = awkwardGraph();
    const back = read(write(graph));
    expect(back.diagnostics).toEqual([]);
    expectSameGraph(back.graph, graph);
    expect(attribute(back.graph!.getNodeAttributes('svc-2'), 'countries')).toEqual(['US']);
    expect(attribute(back.graph!.getEdgeAttributes('uses:org & co->svc'), 'maxOutageHours')).toBe(0.5);
  });

  it('round-trips an empty graph', () => {
    const back = read(write(createKedjaGraph()));
    expect(back.diagnostics).toEqual([]);
    expect(back.graph!.order).toBe(0);
  });

  it('reports text that is not well-formed XML with its line', () => {
    const text = write(awkwardGraph()).replace('</node>', '</nod>');
    const { graph, diagnostics } = read(text);
    expect(graph).toBeNull();
    expect(diagnostics[0]).toMatchObject({ code: 'KEDJA_XML_SYNTAX', severity: 'error' });
    expect(diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('asks for the kinds when no node has one', () => {
    const graph = awkwardGraph();
    graph.forEachNode((node) => graph.removeNodeAttribute(node, 'kind'));
    const { graph: back, diagnostics } = read(write(graph));
    expect(back).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['KEDJA_GRAPH_NO_KINDS']);
  });

  it('asks for the kinds when no edge has one', () => {
    const graph = awkwardGraph();
    graph.forEachEdge((edge) => graph.removeEdgeAttribute(edge, 'kind'));
    const { diagnostics } = read(write(graph));
    expect(diagnostics.map((d) => d.code)).toEqual(['KEDJA_GRAPH_NO_KINDS']);
  });

  it('points a model problem at the line of the element', () => {
    const graph = awkwardGraph();
    graph.setEdgeAttribute('providedBy:svc->sup-a', 'kind', 'uses');
    const text = write(graph);
    const { graph: back, diagnostics } = read(text);
    expect(back).toBeNull();
    const problem = diagnostics.find((d) => d.code === 'KEDJA_MODEL_WRONG_ENDPOINT')!;
    const line = text.split('\n').findIndex((l) => /id="providedBy:svc-(&gt;|>)sup-a"/.test(l)) + 1;
    expect(line).toBeGreaterThan(1);
    expect(problem).toMatchObject({ line, edge: 'providedBy:svc->sup-a' });
  });
});

describe('GEXF from other tools', () => {
  it('reads a Gephi-style file: names from labels, numbers and lists written as text, edges without ids', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="kind" type="string"/>
      <attribute id="1" title="population" type="string"/>
      <attribute id="2" title="countries" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="critical" type="string"/>
    </attributes>
    <nodes>
      <node id="k" label="Kommun"><attvalues><attvalue for="0" value="organisation"/><attvalue for="1" value="1200"/></attvalues></node>
      <node id="s" label="Tjänst"><attvalues><attvalue for="0" value="service"/><attvalue for="2" value="SE;NO"/></attvalues></node>
    </nodes>
    <edges>
      <edge source="k" target="s" kind="uses" weight="1.0"><attvalues><attvalue for="0" value="nej"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const { graph, diagnostics } = gexfToGraph(text, 'gephi.gexf');
    expect(diagnostics).toEqual([]);
    expect(graph!.getNodeAttributes('k')).toEqual({ kind: 'organisation', name: 'Kommun', population: 1200 });
    expect(attribute(graph!.getNodeAttributes('s'), 'countries')).toEqual(['SE', 'NO']);
    expect(graph!.getEdgeAttributes('uses:k->s')).toEqual({ kind: 'uses', critical: false, weight: 1 });
  });

  it('refuses undirected graphs', () => {
    const text = `<gexf version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`;
    expect(gexfToGraph(text, 'u.gexf').diagnostics.map((d) => d.code)).toEqual(['KEDJA_GRAPH_SHAPE']);
  });

  it('refuses an edge to a node that is not there', () => {
    const text = `<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`;
    const { diagnostics } = gexfToGraph(text, 'm.gexf');
    expect(diagnostics[0]).toMatchObject({ code: 'KEDJA_GRAPH_SHAPE' });
    expect(diagnostics[0]!.message).toMatch(/inexisting node/);
  });

  it('refuses a file of another format', () => {
    expect(gexfToGraph('<graphml/>', 'x.gexf').diagnostics[0]!.message).toMatch(/not <gexf>/);
  });
});

describe('graph JSON', () => {
  it('round-trips the awkward graph too', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'kedja-json-')), 'g.json');
    writeFileSync(file, graphToJson(awkwardGraph()));
    const back = await readGraphJson(file);
    expectSameGraph(back.graph, awkwardGraph());
  });
});
