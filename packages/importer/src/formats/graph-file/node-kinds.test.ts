import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { applyNodeKinds, edgeKindBetween, parseNodeKindRules, ruleKind } from './node-kinds.js';

describe('parseNodeKindRules', () => {
  it('reads rules inline (comma-separated) and one per line with comments', () => {
    expect(parseNodeKindRules('type=Kommun:organisation, type=*:supplier')).toEqual({
      rules: [
        { attribute: 'type', value: 'Kommun', kind: 'organisation' },
        { attribute: 'type', value: '*', kind: 'supplier' },
      ],
      problems: [],
    });
    const file = '# from Gephi\ntyp = tjänst : Service\n\nurl=https://x.se:supplier # a value with a colon\n';
    expect(parseNodeKindRules(file).rules).toEqual([
      { attribute: 'typ', value: 'tjänst', kind: 'service' },
      { attribute: 'url', value: 'https://x.se', kind: 'supplier' },
    ]);
  });

  it('names what is not a rule', () => {
    expect(parseNodeKindRules('type=Kommun,=x:supplier,type=x:vendor').problems).toHaveLength(3);
  });
});

describe('ruleKind and edgeKindBetween', () => {
  it('matches attribute names and values without regard to case; * needs a value', () => {
    const rules = parseNodeKindRules('TYPE=kommun:organisation,label=*:supplier').rules;
    expect(ruleKind({ type: ' Kommun ' }, rules)).toBe('organisation');
    expect(ruleKind({ label: 'X' }, rules)).toBe('supplier');
    expect(ruleKind({ label: '' }, rules)).toBeUndefined();
  });

  it('gives the one edge kind that joins two node kinds, and none where none does', () => {
    expect(edgeKindBetween('organisation', 'service')).toBe('uses');
    expect(edgeKindBetween('organisation', 'supplier')).toBe('contracts');
    expect(edgeKindBetween('service', 'supplier')).toBe('providedBy');
    expect(edgeKindBetween('supplier', 'supplier')).toBe('subcontracts');
    expect(edgeKindBetween('supplier', 'organisation')).toBeUndefined();
  });
});

describe('applyNodeKinds', () => {
  it('kinds the nodes without one, then their edges; returns the nodes no rule covers', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a', { type: 'kommun' });
    graph.addNode('b', { type: 'leverantör' });
    graph.addNode('c', { kind: 'supplier' });
    graph.addNode('d', { type: 'okänd' });
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'c', { kind: 'subcontracts', weight: 2 });
    graph.addEdge('b', 'a');
    const rules = parseNodeKindRules('type=kommun:organisation,type=leverantör:supplier').rules;
    expect(applyNodeKinds(graph, rules)).toEqual(['d']);
    expect(graph.mapEdges((_e, attributes) => attributes.kind)).toEqual(['contracts', 'subcontracts', undefined]);
  });
});
