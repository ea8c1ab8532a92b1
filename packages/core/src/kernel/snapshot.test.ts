/**
 * The CSR snapshot of a small graph, array by array: node order (suppliers, services,
 * organisations), requirement units (one per ungrouped edge, one per alternatives group) with their
 * capacities, the extra critical-rule units of organisations, and the reverse arrays.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { KedjaError } from '../errors.js';
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
} from '../model/index.js';
import { createSnapshot, dependentUnits } from './snapshot.js';

/**
 * Nodes added in mixed order. Edges, in this order:
 *   1 o1 -uses-> v1        (critical, group "g")
 *   2 o1 -contracts-> s3   (critical false, group "g")
 *   3 o1 -uses-> v2        (critical, ungrouped)
 *   4 v1 -providedBy-> s1  (group "h")
 *   5 v1 -providedBy-> s2  (group "h")
 *   6 v2 -providedBy-> s1
 *   7 s1 -subcontracts-> s3
 *   8 o2 -contracts-> s2   (critical false)
 */
function toy(): KedjaGraph {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'o1', { name: 'O1', population: 100 });
  addService(graph, 'v1', { name: 'V1' });
  addSupplier(graph, 's1', { name: 'S1' });
  addOrganisation(graph, 'o2', { name: 'O2' });
  addSupplier(graph, 's2', { name: 'S2' });
  addService(graph, 'v2', { name: 'V2' });
  addSupplier(graph, 's3', { name: 'S3' });
  addUses(graph, 'o1', 'v1', { alternatives: 'g' });
  addContracts(graph, 'o1', 's3', { alternatives: 'g', critical: false });
  addUses(graph, 'o1', 'v2');
  addProvidedBy(graph, 'v1', 's1', { alternatives: 'h' });
  addProvidedBy(graph, 'v1', 's2', { alternatives: 'h' });
  addProvidedBy(graph, 'v2', 's1');
  addSubcontracts(graph, 's1', 's3');
  addContracts(graph, 'o2', 's2', { critical: false });
  return graph;
}

const list = (array: ArrayLike<number>) => Array.from(array);

describe('createSnapshot', () => {
  it('numbers suppliers, then services, then organisations, each in insertion order', () => {
    const snapshot = createSnapshot(toy());
    expect(snapshot.ids).toEqual(['s1', 's2', 's3', 'v1', 'v2', 'o1', 'o2']);
    expect([...snapshot.index]).toEqual([
      ['s1', 0],
      ['s2', 1],
      ['s3', 2],
      ['v1', 3],
      ['v2', 4],
      ['o1', 5],
      ['o2', 6],
    ]);
    expect({
      nodeCount: snapshot.nodeCount,
      supplierCount: snapshot.supplierCount,
      serviceCount: snapshot.serviceCount,
      assetCount: snapshot.assetCount,
      organisationCount: snapshot.organisationCount,
    }).toEqual({ nodeCount: 7, supplierCount: 3, serviceCount: 2, assetCount: 5, organisationCount: 2 });
    // Population per organisation; unknown is NaN.
    expect(list(snapshot.population)).toEqual([100, NaN]);
  });

  it('builds one unit per ungrouped edge and per group, and critical units for organisations', () => {
    const snapshot = createSnapshot(toy());
    // Units in node order, then edge order:
    //   0 s1: edge 7                     capacity 1
    //   1 v1: group h (edges 4, 5)       capacity 2
    //   2 v2: edge 6                     capacity 1
    //   3 o1: group g (edges 1, 2)       capacity 2
    //   4 o1: critical rule, group g     capacity 1 (only edge 1 is critical)
    //   5 o1: edge 3                     capacity 1
    //   6 o1: critical rule, edge 3      capacity 1
    //   7 o2: edge 8                     capacity 1 (not critical: no critical unit)
    expect(snapshot.unitCount).toBe(8);
    expect(list(snapshot.unitOwner)).toEqual([0, 3, 4, 5, 5, 5, 5, 6]);
    expect(list(snapshot.unitCapacity)).toEqual([1, 2, 1, 2, 1, 1, 1, 1]);
    expect(list(snapshot.unitCritical)).toEqual([0, 0, 0, 0, 1, 0, 1, 0]);
  });

  it('lays out the forward arrays by source node', () => {
    const snapshot = createSnapshot(toy());
    // Out-degrees s1 1, s2 0, s3 0, v1 2, v2 1, o1 3, o2 1.
    expect(list(snapshot.reqStart)).toEqual([0, 1, 1, 1, 3, 4, 7, 8]);
    // s1->s3 | v1->s1, v1->s2 | v2->s1 | o1->v1, o1->s3, o1->v2 | o2->s2
    expect(list(snapshot.reqTarget)).toEqual([2, 0, 1, 0, 3, 2, 4, 1]);
    // uses 0, contracts 1, providedBy 2, subcontracts 3
    expect(list(snapshot.reqKind)).toEqual([3, 2, 2, 2, 0, 1, 0, 1]);
    expect(list(snapshot.reqUnit)).toEqual([0, 1, 1, 2, 3, 3, 5, 7]);
    expect(list(snapshot.reqCriticalUnit)).toEqual([-1, -1, -1, -1, 4, -1, 6, -1]);
  });

  it('lays out the reverse arrays: the units that count on each supplier and service', () => {
    const snapshot = createSnapshot(toy());
    // s1: v1's group h, v2's unit | s2: group h, o2's unit | s3: s1's unit, o1's group g |
    // v1: o1's group g and its critical unit | v2: o1's units 5 and 6.
    expect(list(dependentUnits(snapshot).depStart)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(list(dependentUnits(snapshot).depUnit)).toEqual([1, 2, 1, 7, 0, 3, 3, 4, 5, 6]);
  });

  it('the same group label on two nodes makes two groups', () => {
    // o -contracts-> a, b in group "x"; s -subcontracts-> a, b in group "x".
    const graph = createKedjaGraph();
    addSupplier(graph, 'a', { name: 'A' });
    addSupplier(graph, 'b', { name: 'B' });
    addSupplier(graph, 's', { name: 'S' });
    addOrganisation(graph, 'o', { name: 'O' });
    addContracts(graph, 'o', 'a', { alternatives: 'x', critical: false });
    addContracts(graph, 'o', 'b', { alternatives: 'x', critical: false });
    addSubcontracts(graph, 's', 'a', { alternatives: 'x' });
    addSubcontracts(graph, 's', 'b', { alternatives: 'x' });
    const snapshot = createSnapshot(graph);
    expect(list(snapshot.unitOwner)).toEqual([2, 3]);
    expect(list(snapshot.unitCapacity)).toEqual([2, 2]);
    expect(list(snapshot.unitCritical)).toEqual([0, 0]);
  });

  it('an empty graph gives empty arrays', () => {
    const snapshot = createSnapshot(createKedjaGraph());
    expect(snapshot.ids).toEqual([]);
    expect(snapshot.unitCount).toBe(0);
    expect(list(snapshot.reqStart)).toEqual([0]);
    expect(list(dependentUnits(snapshot).depStart)).toEqual([0]);
  });

  it('an unknown node or edge kind, or an edge between the wrong kinds, is KEDJA_INVALID_GRAPH', () => {
    const code = (graph: MultiDirectedGraph) => {
      try {
        createSnapshot(graph as unknown as KedjaGraph);
      } catch (error) {
        expect(error).toBeInstanceOf(KedjaError);
        return (error as KedjaError).code;
      }
      throw new Error('expected a KedjaError, nothing was thrown');
    };
    const base = () => {
      const graph = new MultiDirectedGraph();
      graph.addNode('o', { kind: 'organisation', name: 'O' });
      graph.addNode('s', { kind: 'supplier', name: 'S' });
      return graph;
    };

    const edgeKind = base();
    edgeKind.addDirectedEdge('o', 's', { kind: 'hosts' });
    expect(code(edgeKind)).toBe('KEDJA_INVALID_GRAPH');

    const nodeKind = base();
    nodeKind.addNode('x', { kind: 'vendor', name: 'X' });
    expect(code(nodeKind)).toBe('KEDJA_INVALID_GRAPH');

    const endpoints = base();
    endpoints.addDirectedEdge('o', 's', { kind: 'uses' });
    expect(code(endpoints)).toBe('KEDJA_INVALID_GRAPH');

    const loop = base();
    loop.addDirectedEdge('s', 's', { kind: 'subcontracts' });
    expect(code(loop)).toBe('KEDJA_INVALID_GRAPH');
  });
});
