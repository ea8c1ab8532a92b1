/** What export (and import, import-dora) write and say, on a two-node graph. */
import { addSupplier, addSubcontracts, createKedjaGraph } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { cannotWriteMessage, graphFileText, graphSize, renderExported } from './export.js';

const graph = createKedjaGraph();
addSupplier(graph, 'sup-a', { name: 'Alfa AB', country: 'SE' });
addSupplier(graph, 'sup-b', { name: 'Beta AB' });
addSubcontracts(graph, 'sup-a', 'sup-b');

describe('graphFileText', () => {
  it('writes graphology JSON that lists the nodes and edges', () => {
    const json = JSON.parse(graphFileText(graph, 'json')) as { nodes: { key: string }[]; edges: unknown[] };
    expect(json.nodes.map((n) => n.key)).toEqual(['sup-a', 'sup-b']);
    expect(json.edges).toHaveLength(1);
  });

  it('writes GEXF and GraphML documents with the nodes', () => {
    const gexf = graphFileText(graph, 'gexf');
    expect(gexf).toMatch(/^<\?xml/);
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('Alfa AB');
    const graphml = graphFileText(graph, 'graphml');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('sup-b');
  });
});

describe('renderExported', () => {
  it('says what was written where: a file, or a folder with a slash', () => {
    expect(graphSize(graph)).toBe('2 nodes, 1 edges');
    expect(renderExported(graph, { output: 'out.gexf', folder: false })).toBe('wrote out.gexf (2 nodes, 1 edges)\n');
    expect(renderExported(graph, { output: 'out', folder: true, dropped: [] })).toBe('wrote out/ (2 nodes, 1 edges)\n');
  });

  it('notes first which attributes the CSV format could not hold', () => {
    expect(renderExported(graph, { output: 'out', folder: true, dropped: ['service.exitPlan', 'supplier.lei'] })).toBe(
      'note: the CSV format has no column for service.exitPlan, supplier.lei; those attributes were not written\n' +
        'wrote out/ (2 nodes, 1 edges)\n',
    );
  });
});

describe('cannotWriteMessage', () => {
  it('gives the system error code, or the message when there is none', () => {
    const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    expect(cannotWriteMessage('/root/x', denied)).toBe('cannot write /root/x: EACCES');
    expect(cannotWriteMessage('x', new Error('disk on fire'))).toBe('cannot write x: disk on fire');
  });
});

describe('export in Swedish', () => {
  it('says what was written, and what CSV could not hold, in Swedish', () => {
    expect(renderExported(graph, { output: 'out', folder: true, dropped: ['supplier.lei'] }, 'sv')).toBe(
      'obs: CSV-formatet har ingen kolumn för supplier.lei; de attributen skrevs inte\n' +
        'skrev out/ (2 noder, 1 kant)\n',
    );
    expect(cannotWriteMessage('x', new Error('disk on fire'), 'sv')).toBe('kan inte skriva x: disk on fire');
  });
});
