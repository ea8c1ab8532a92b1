/**
 * Validation: one minimal bad graph per diagnostic code of MODEL_CODES, asserting the code, the
 * severity and the node or edge it names (never the wording); a valid graph has no diagnostics and
 * several problems are reported together. Bad graphs are built untyped, since the typed helpers
 * of graph.ts refuse most of them.
 */
import { DirectedGraph, MultiDirectedGraph, MultiGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';

import { hasErrors } from '../errors.js';
import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  checkNodeId,
  createKedjaGraph,
} from './graph.js';
import { MODEL_CODES, validateGraph } from './validate.js';

type ModelCode = (typeof MODEL_CODES)[keyof typeof MODEL_CODES];

interface Expected {
  code: string;
  severity: 'error' | 'warning';
  node?: string;
  edge?: string;
}

/** The diagnostics of `graph` reduced to code, severity and the node or edge they name. */
function problems(graph: AbstractGraph): Expected[] {
  return validateGraph(graph).map(({ code, severity, node, edge }) => {
    const subject: Expected = { code, severity };
    if (node !== undefined) subject.node = node;
    if (edge !== undefined) subject.edge = edge;
    return subject;
  });
}

const error = (code: ModelCode, where: { node?: string; edge?: string } = {}): Expected => ({
  code,
  severity: 'error',
  ...where,
});

/** A valid skeleton: organisation o, service v, suppliers s and t. */
function base(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  graph.addNode('o', { kind: 'organisation', name: 'O' });
  graph.addNode('v', { kind: 'service', name: 'V' });
  graph.addNode('s', { kind: 'supplier', name: 'S' });
  graph.addNode('t', { kind: 'supplier', name: 'T' });
  return graph;
}

/**
 * One test per code: the bad graph and every diagnostic it must give, in order. A `Record` over the
 * codes, so that a new code without a test here does not compile.
 */
const CASES: Record<ModelCode, () => void> & Record<string, () => void> = {
  [MODEL_CODES.notDirected]: () => {
    // An undirected graph: one problem for the graph (naming nothing), one for each of its edges.
    const undirected = new UndirectedGraph();
    undirected.addNode('o', { kind: 'organisation', name: 'O' });
    undirected.addNode('s', { kind: 'supplier', name: 'S' });
    expect(problems(undirected)).toEqual([error(MODEL_CODES.notDirected)]);
    undirected.addEdgeWithKey('e', 'o', 's', { kind: 'contracts' });
    expect(problems(undirected)).toEqual([
      error(MODEL_CODES.notDirected),
      error(MODEL_CODES.notDirected, { edge: 'e' }),
    ]);

    // A mixed graph: only its undirected edge is wrong.
    const mixed = new MultiGraph();
    mixed.addNode('o', { kind: 'organisation', name: 'O' });
    mixed.addNode('s', { kind: 'supplier', name: 'S' });
    mixed.addNode('t', { kind: 'supplier', name: 'T' });
    mixed.addDirectedEdgeWithKey('ok', 'o', 's', { kind: 'contracts', alternatives: 'g' });
    mixed.addUndirectedEdgeWithKey('e', 'o', 't', { kind: 'contracts', alternatives: 'g' });
    expect(problems(mixed)).toEqual([error(MODEL_CODES.notDirected, { edge: 'e' })]);
  },

  [MODEL_CODES.reservedId]: () => {
    // Not a graph's problem but a refusal before a graph holds the id (graphology would read a built-in).
    for (const id of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(checkNodeId(id)).toEqual({
        code: MODEL_CODES.reservedId,
        message: expect.stringContaining('built-in property of JavaScript objects'),
      });
      expect(() => addSupplier(createKedjaGraph(), id, { name: 'X' })).toThrow(
        expect.objectContaining({ code: MODEL_CODES.reservedId }),
      );
    }
    for (const id of ['constructors', 'proto', 'Constructor', 'sup-1']) expect(checkNodeId(id)).toBeUndefined();
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  },

  [MODEL_CODES.invalidId]: () => {
    // Ids a CSV table could not give back as they are: control characters, spaces around.
    for (const id of ['a\u0000b', 'tab\there', 'line\nbreak', 'del\u007f', ' padded', 'padded ', '\u00a0nbsp']) {
      expect(checkNodeId(id)?.code).toBe(MODEL_CODES.invalidId);
      expect(() => addOrganisation(createKedjaGraph(), id, { name: 'X', orgType: 'agency' })).toThrow(
        expect.objectContaining({ code: MODEL_CODES.invalidId }),
      );
    }
    expect(checkNodeId('a\u0000b')?.message).toContain('U+0000 at character 2');
    for (const id of ['two words', 'Ådalen kommun', 'sup-1', 'a->b', 'x#y%z']) expect(checkNodeId(id)).toBeUndefined();
  },

  [MODEL_CODES.unknownKind]: () => {
    const graph = base();
    graph.addNode('x', { kind: 'vendor', name: 'X' });
    graph.addNode('y', { name: 'Y' });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.unknownKind, { node: 'x' }),
      error(MODEL_CODES.unknownKind, { node: 'y' }),
    ]);
  },

  [MODEL_CODES.missingName]: () => {
    const graph = base();
    graph.addNode('a', { kind: 'supplier', name: '  ' });
    graph.addNode('b', { kind: 'service' });
    graph.addNode('c', { kind: 'organisation', name: 7 });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.missingName, { node: 'a' }),
      error(MODEL_CODES.missingName, { node: 'b' }),
      error(MODEL_CODES.missingName, { node: 'c' }),
    ]);
  },

  [MODEL_CODES.badEnum]: () => {
    const graph = base();
    graph.mergeNodeAttributes('o', { orgType: 'city' });
    graph.mergeNodeAttributes('v', { model: 'saas' });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badEnum, { node: 'o' }),
      error(MODEL_CODES.badEnum, { node: 'v' }),
    ]);
  },

  [MODEL_CODES.badNumber]: () => {
    const graph = base();
    graph.mergeNodeAttributes('o', { population: -1 });
    graph.addNode('o2', { kind: 'organisation', name: 'O2', employees: 2.5 });
    graph.addDirectedEdgeWithKey('u', 'o', 'v', { kind: 'uses', maxOutageHours: -4 });
    graph.addDirectedEdgeWithKey('r', 's', 't', { kind: 'subcontracts', rank: 0 });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badNumber, { node: 'o' }),
      error(MODEL_CODES.badNumber, { node: 'o2' }),
      error(MODEL_CODES.badNumber, { edge: 'u' }),
      error(MODEL_CODES.badNumber, { edge: 'r' }),
    ]);
  },

  [MODEL_CODES.badBoolean]: () => {
    const graph = base();
    graph.addDirectedEdgeWithKey('u', 'o', 'v', { kind: 'uses', critical: 'yes', fallback: 1 });
    graph.addDirectedEdgeWithKey('c', 'o', 's', { kind: 'contracts', critical: true });
    // One diagnostic for critical and one for fallback, both on edge u.
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badBoolean, { edge: 'u' }),
      error(MODEL_CODES.badBoolean, { edge: 'u' }),
    ]);
  },

  [MODEL_CODES.badCountry]: () => {
    const graph = base();
    graph.mergeNodeAttributes('v', { countries: ['SE', 'XX'] });
    graph.mergeNodeAttributes('s', { country: 'se' });
    graph.mergeNodeAttributes('t', { country: 'SE' });
    graph.setAttribute('parents', [{ group: 'G', country: 'USA' }]);
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badCountry),
      error(MODEL_CODES.badCountry, { node: 'v' }),
      error(MODEL_CODES.badCountry, { node: 's' }),
    ]);
  },

  [MODEL_CODES.badAttribute]: () => {
    const graph = base();
    graph.mergeNodeAttributes('o', { county: 12 });
    graph.mergeNodeAttributes('v', { countries: 'SE' });
    graph.mergeNodeAttributes('s', { parent: ['A'] });
    graph.addDirectedEdgeWithKey('u', 'o', 'v', { kind: 'uses', alternatives: 3 });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badAttribute, { node: 'o' }),
      error(MODEL_CODES.badAttribute, { node: 'v' }),
      error(MODEL_CODES.badAttribute, { node: 's' }),
      error(MODEL_CODES.badAttribute, { edge: 'u' }),
    ]);
  },

  [MODEL_CODES.possibleAlternative]: () => {
    // A declared alternative is knowledge, not doubt: a possible edge in a group is an error.
    const graph = base();
    graph.addDirectedEdgeWithKey('p', 'v', 's', { kind: 'providedBy', certainty: 'possible', alternatives: 'g' });
    graph.addDirectedEdgeWithKey('q', 'v', 't', { kind: 'providedBy', alternatives: 'g' });
    graph.addDirectedEdgeWithKey('r', 's', 't', { kind: 'subcontracts', certainty: 'possible', probability: 0.5 });
    graph.addDirectedEdgeWithKey('c', 'o', 's', { kind: 'contracts', certainty: 'confirmed', alternatives: 'h' });
    graph.addDirectedEdgeWithKey('d', 'o', 't', { kind: 'contracts', alternatives: 'h' });
    expect(problems(graph)).toEqual([error(MODEL_CODES.possibleAlternative, { edge: 'p' })]);
  },

  [MODEL_CODES.confirmedProbability]: () => {
    const graph = base();
    graph.addDirectedEdgeWithKey('u', 'o', 'v', { kind: 'uses', probability: 0.3 });
    graph.addDirectedEdgeWithKey('c', 'o', 's', { kind: 'contracts', certainty: 'confirmed', probability: 1 });
    graph.addDirectedEdgeWithKey('p', 'v', 's', { kind: 'providedBy', certainty: 'possible', probability: 0 });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.confirmedProbability, { edge: 'u' }),
      error(MODEL_CODES.confirmedProbability, { edge: 'c' }),
    ]);
  },

  'certainty, probability and subcontracting: enums and range': () => {
    const graph = base();
    graph.mergeNodeAttributes('s', { subcontracting: 'maybe' });
    graph.mergeNodeAttributes('t', { subcontracting: 'unknown' });
    graph.addDirectedEdgeWithKey('u', 'o', 'v', { kind: 'uses', certainty: 'likely' });
    graph.addDirectedEdgeWithKey('p', 'v', 's', { kind: 'providedBy', certainty: 'possible', probability: 1.5 });
    graph.addDirectedEdgeWithKey('r', 's', 't', { kind: 'subcontracts', certainty: 'possible', probability: '0.5' });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badEnum, { node: 's' }),
      error(MODEL_CODES.badEnum, { edge: 'u' }),
      error(MODEL_CODES.badNumber, { edge: 'p' }),
      error(MODEL_CODES.badNumber, { edge: 'r' }),
    ]);
    for (const subcontracting of ['known', 'none', 'unknown']) {
      const valid = base();
      valid.mergeNodeAttributes('s', { subcontracting });
      expect(problems(valid)).toEqual([]);
    }
  },

  'parents, malformed': () => {
    // The table as a whole and each group's fields; the chains are not checked until every row is well formed.
    const graph = base();
    graph.setAttribute('parents', { group: 'G' });
    expect(problems(graph)).toEqual([error(MODEL_CODES.badAttribute)]);
    graph.setAttribute('parents', [
      { group: '' },
      'G',
      { group: 'H', name: 1, parent: ['G'] },
      { group: 'I', parent: 'X' },
    ]);
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.badAttribute),
      error(MODEL_CODES.badAttribute),
      error(MODEL_CODES.badAttribute),
      error(MODEL_CODES.badAttribute),
    ]);
  },

  [MODEL_CODES.unknownEdgeKind]: () => {
    const graph = base();
    graph.addDirectedEdgeWithKey('h', 's', 't', { kind: 'hosts' });
    graph.addDirectedEdgeWithKey('n', 'o', 's', {});
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.unknownEdgeKind, { edge: 'h' }),
      error(MODEL_CODES.unknownEdgeKind, { edge: 'n' }),
    ]);
  },

  [MODEL_CODES.wrongEndpoint]: () => {
    const graph = base();
    // a: uses must start at an organisation; b: contracts must end at a supplier;
    // c: providedBy must go from a service to a supplier, both ends are wrong.
    graph.addDirectedEdgeWithKey('a', 's', 'v', { kind: 'uses' });
    graph.addDirectedEdgeWithKey('b', 'o', 'v', { kind: 'contracts' });
    graph.addDirectedEdgeWithKey('c', 'o', 'v', { kind: 'providedBy' });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.wrongEndpoint, { edge: 'a' }),
      error(MODEL_CODES.wrongEndpoint, { edge: 'b' }),
      error(MODEL_CODES.wrongEndpoint, { edge: 'c' }),
      error(MODEL_CODES.wrongEndpoint, { edge: 'c' }),
    ]);
  },

  [MODEL_CODES.selfLoop]: () => {
    const graph = base();
    graph.addDirectedEdgeWithKey('loop', 's', 's', { kind: 'subcontracts' });
    expect(problems(graph)).toEqual([error(MODEL_CODES.selfLoop, { edge: 'loop' })]);
  },

  [MODEL_CODES.duplicateEdge]: () => {
    const graph = base();
    graph.addDirectedEdgeWithKey('u1', 'o', 'v', { kind: 'uses' });
    graph.addDirectedEdgeWithKey('u2', 'o', 'v', { kind: 'uses', critical: false });
    // Parallel subcontracts are told apart by what is delivered; the same delivery twice is a duplicate.
    graph.addDirectedEdgeWithKey('h1', 's', 't', { kind: 'subcontracts', service: 'hosting' });
    graph.addDirectedEdgeWithKey('b1', 's', 't', { kind: 'subcontracts', service: 'backup' });
    graph.addDirectedEdgeWithKey('h2', 's', 't', { kind: 'subcontracts', service: 'hosting' });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.duplicateEdge, { edge: 'u2' }),
      error(MODEL_CODES.duplicateEdge, { edge: 'h2' }),
    ]);
  },

  [MODEL_CODES.duplicateGroup]: () => {
    // Groups match without regard to case or surrounding space; the later row is reported.
    const graph = base();
    graph.setAttribute('parents', [{ group: 'Acme' }, { group: 'Other' }, { group: ' acme ' }]);
    expect(problems(graph)).toEqual([error(MODEL_CODES.duplicateGroup)]);
    expect(validateGraph(graph)[0]!.message).toMatch(/^parents\[2\]: .*parents\[0\]/);
  },

  [MODEL_CODES.unknownGroup]: () => {
    const graph = base();
    graph.setAttribute('parents', [
      { group: 'Acme Europe', parent: 'Acme Inc' },
      { group: 'B', parent: 'acme europe' },
    ]);
    expect(problems(graph)).toEqual([error(MODEL_CODES.unknownGroup)]);
  },

  [MODEL_CODES.ownershipCycle]: () => {
    // One problem per cycle (at its first row), also a group that owns itself; a group below a cycle is no new one.
    const graph = base();
    graph.setAttribute('parents', [
      { group: 'A', parent: 'B' },
      { group: 'B', parent: 'C' },
      { group: 'C', parent: 'a' },
      { group: 'D', parent: 'A' },
      { group: 'E', parent: 'E' },
    ]);
    expect(problems(graph)).toEqual([error(MODEL_CODES.ownershipCycle), error(MODEL_CODES.ownershipCycle)]);
    expect(validateGraph(graph).map((d) => d.message.slice(0, 11))).toEqual(['parents[0]:', 'parents[4]:']);
  },

  [MODEL_CODES.loneAlternative]: () => {
    const graph = base();
    graph.addDirectedEdgeWithKey('u', 'o', 'v', { kind: 'uses', alternatives: 'mail' });
    // A two-member group is fine; the same label on another node is another group.
    graph.addDirectedEdgeWithKey('p', 'v', 's', { kind: 'providedBy', alternatives: 'pair' });
    graph.addDirectedEdgeWithKey('q', 'v', 't', { kind: 'providedBy', alternatives: 'pair' });
    graph.addDirectedEdgeWithKey('r', 's', 't', { kind: 'subcontracts', alternatives: 'mail' });
    // A warning, not an error: the graph stays valid.
    expect(problems(graph)).toEqual([
      { code: MODEL_CODES.loneAlternative, severity: 'warning', node: 'o', edge: 'u' },
      { code: MODEL_CODES.loneAlternative, severity: 'warning', node: 's', edge: 'r' },
    ]);
    expect(hasErrors(validateGraph(graph))).toBe(false);
  },
};

describe('validateGraph', () => {
  it('a valid graph with every attribute has no diagnostics', () => {
    const graph = createKedjaGraph({ name: 'toy' });
    addOrganisation(graph, 'o', {
      name: 'O',
      orgType: 'municipality',
      code: '0380',
      county: 'Uppsala län',
      population: 240000,
      employees: 0,
      sectors: ['water'],
    });
    addService(graph, 'v', { name: 'V', model: 'SaaS', category: 'mail', countries: ['SE', 'IE'] });
    addSupplier(graph, 's', { name: 'S', country: 'SE', parent: 'Group' });
    addSupplier(graph, 't', { name: 'T' });
    graph.setAttribute('parents', [
      { group: 'Group', name: 'Group AB', country: 'SE', parent: 'holding' },
      { group: 'Holding', country: 'US' },
      { group: 'Nobody owns' },
    ]);
    addUses(graph, 'o', 'v', {
      critical: false,
      function: 'mail',
      maxOutageHours: 0,
      fallback: true,
      alternatives: 'g',
    });
    addContracts(graph, 'o', 's', { critical: true, alternatives: 'g' });
    addProvidedBy(graph, 'v', 's');
    addSubcontracts(graph, 's', 't', { rank: 1, service: 'hosting' });
    addSubcontracts(graph, 's', 't', { rank: 2, service: 'backup' });
    expect(problems(graph)).toEqual([]);
    expect(problems(createKedjaGraph())).toEqual([]);
  });

  it('accepts any directed graphology graph, not only one built by createKedjaGraph', () => {
    const graph = new DirectedGraph();
    graph.addNode('o', { kind: 'organisation', name: 'O' });
    graph.addNode('s', { kind: 'supplier', name: 'S' });
    graph.addDirectedEdgeWithKey('c', 'o', 's', { kind: 'contracts' });
    expect(problems(graph)).toEqual([]);
  });

  for (const [code, run] of Object.entries(CASES)) it(code, run);

  it('reports several problems in one run', () => {
    const graph = base();
    graph.addNode('x', { kind: 'vendor', name: 'X' });
    graph.mergeNodeAttributes('t', { name: '' });
    graph.addDirectedEdgeWithKey('loop', 's', 's', { kind: 'subcontracts' });
    graph.addDirectedEdgeWithKey('u1', 'o', 'v', { kind: 'uses' });
    graph.addDirectedEdgeWithKey('u2', 'o', 'v', { kind: 'uses' });
    graph.addDirectedEdgeWithKey('g', 'o', 's', { kind: 'contracts', alternatives: 'only' });
    expect(problems(graph)).toEqual([
      error(MODEL_CODES.missingName, { node: 't' }),
      error(MODEL_CODES.unknownKind, { node: 'x' }),
      error(MODEL_CODES.selfLoop, { edge: 'loop' }),
      error(MODEL_CODES.duplicateEdge, { edge: 'u2' }),
      { code: MODEL_CODES.loneAlternative, severity: 'warning', node: 'o', edge: 'g' },
    ]);
    expect(hasErrors(validateGraph(graph))).toBe(true);
  });
});
