import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseNodeKindRules } from '../graph-file/index.js';
import { graphmlToGraph } from './graphml.js';

const YED = readFileSync(
  new URL('../../../../../test/fixtures/foreign/yed-suppliers.graphml', import.meta.url),
  'utf8',
);
const RULES = parseNodeKindRules('Typ=kommun:organisation,Typ=tjänst:service,Typ=leverantör:supplier').rules;

describe('GraphML as yEd writes it', () => {
  it('reads, its yfiles keys set aside and its node labels kept as names', () => {
    const { graph, diagnostics } = graphmlToGraph(YED, 'yed.graphml', { nodeKinds: RULES });
    expect(diagnostics).toEqual([]);
    expect(graph!.mapNodes((node, attributes) => [node, attributes.kind, attributes.name])).toEqual([
      ['n0', 'organisation', 'Ådalens kommun'],
      ['n1', 'service', 'Ärendesystemet'],
      ['n2', 'supplier', 'Ärendebolaget AB'],
      ['n3', 'supplier', 'Hallen Hosting AB'],
    ]);
    expect(graph!.getNodeAttributes('n0')).toEqual({
      kind: 'organisation',
      name: 'Ådalens kommun',
      Typ: 'kommun',
      description: '',
    });
    expect(graph!.edges()).toEqual(['e0', 'e1', 'e2']);
  });

  it('takes a key for "all" for graphs, nodes and edges, and names a key without attr.name by its id', () => {
    const text = `<graphml><key id="k" for="all" attr.name="kind" attr.type="string"/><key id="w" for="edge" attr.type="double"/><key id="n" for="node" attr.name="name"/>
      <graph edgedefault="directed"><node id="a"><data key="k">organisation</data><data key="n">A</data></node><node id="b"><data key="k">supplier</data><data key="n">B</data></node>
      <edge source="a" target="b"><data key="k">contracts</data><data key="w">2</data></edge></graph></graphml>`;
    const { graph, diagnostics } = graphmlToGraph(text, 'all.graphml');
    expect(diagnostics).toEqual([]);
    expect(graph!.getEdgeAttributes('contracts:a->b')).toEqual({ kind: 'contracts', w: 2 });
  });
});
