/**
 * Knowledge gaps and assumed subcontracting (issue 13) against the reference implementation on
 * random graphs with possible edges and suppliers whose subcontracting is unknown. The reference
 * (core/reference/reference-gaps.ts) deletes each supplier's possible dependencies from a graph
 * copy and compares the organisations affected, as sets, for every supplier failing alone; the
 * engine rebuilds its snapshot without them and subtracts counts. `--assume-unknown` has two forms
 * (on a graph, on a snapshot) that must answer alike, and may widen only the upper bound.
 */
import { createEngine, createSnapshotEngine, type KedjaGraph } from '@kedja/core';
import {
  assumeUnknownInGraph,
  assumeUnknownInSnapshot,
  compareKnowledgeGaps,
  type KnowledgeGap,
} from '@kedja/core/gaps';
import { createSnapshot, graphNodeTable } from '@kedja/core/kernel';
import { referenceGaps, referenceRankingBounds } from '@kedja/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

const RUNS = 1_500;
const MEDIUM_RUNS = 150;

/** Marks suppliers whose subcontracting is unknown (or none) by a random pattern; returns the graph. */
function withSubcontracting(graph: KedjaGraph, pattern: readonly number[]): KedjaGraph {
  const values = [undefined, 'unknown', 'none', 'known'] as const;
  graph
    .filterNodes((_id, attributes) => attributes.kind === 'supplier')
    .forEach((id, i) => {
      const value = values[pattern[i % pattern.length]! % values.length];
      if (value !== undefined) graph.updateNodeAttributes(id, (a) => ({ ...a, subcontracting: value }));
    });
  return graph;
}

const pattern = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 });

function checkGaps(graph: KedjaGraph): void {
  const engine = createEngine(graph);
  const { gaps, doubt, organisationEdges } = engine.gaps();
  const reference = referenceGaps(graph);
  expect(gaps).toEqual([...reference.gaps].sort((a, b) => compareKnowledgeGaps(a as KnowledgeGap, b as KnowledgeGap)));
  expect(doubt).toEqual(reference.doubt);
  expect(organisationEdges).toBe(reference.organisationEdges);
  // The doubt no supplier settles alone is what is left: attributable doubt never exceeds the whole.
  for (const gap of gaps) expect(gap.doubt.organisations).toBeLessThanOrEqual(doubt.organisations);
}

describe('knowledge gaps against the reference implementation', () => {
  it(`agree on ${RUNS} small random graphs with possible edges and unknown subcontracting`, () => {
    let measured = 0;
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), pattern, ({ graph }, marks) => {
        checkGaps(withSubcontracting(graph, marks));
        if (graph.someEdge((_e, a) => a.certainty === 'possible')) measured++;
      }),
      { numRuns: RUNS },
    );
    // Most cases have possible edges to measure, not only unknown suppliers.
    expect(measured).toBeGreaterThan(RUNS / 2);
  });

  it(`agree on ${MEDIUM_RUNS} medium random graphs`, () => {
    fc.assert(
      fc.property(randomCase(MEDIUM, { possible: true }), pattern, ({ graph }, marks) => {
        checkGaps(withSubcontracting(graph, marks));
      }),
      { numRuns: MEDIUM_RUNS },
    );
  });

  it('list nothing for a graph whose subcontracting is all known and every edge confirmed', () => {
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph }) => {
        const { gaps, doubt } = createEngine(graph).gaps();
        expect(gaps).toEqual([]);
        expect(doubt).toEqual({ organisations: 0, criticalOrganisations: 0, population: 0 });
      }),
      { numRuns: 200 },
    );
  });
});

describe('assumed subcontracting of unknown suppliers', () => {
  it('answers alike on a graph and on a snapshot, keeps the lower bound and only widens the upper', () => {
    fc.assert(
      fc.property(
        randomCase(SMALL, { possible: true }),
        pattern,
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        ({ graph }, marks, picks) => {
          withSubcontracting(graph, marks);
          const suppliers = graph.filterNodes((_id, a) => a.kind === 'supplier');
          const providers = picks.map((p) => suppliers[p % suppliers.length]!);
          const before = createEngine(graph);
          const snapshot = createSnapshot(graph);
          const table = graphNodeTable(graph, snapshot.ids);
          const edited = assumeUnknownInSnapshot(snapshot, table, providers);

          const copy = graph.copy() as KedjaGraph;
          const assumed = assumeUnknownInGraph(copy, providers);
          expect(edited.assumed).toBe(assumed);
          const unknown = suppliers.filter(
            (s) => (graph.getNodeAttributes(s) as { subcontracting?: string }).subcontracting === 'unknown',
          );
          for (const s of unknown) {
            for (const p of new Set(providers)) {
              if (p !== s) expect(copy.hasDirectedEdge(s, p)).toBe(true);
            }
          }

          const fromGraph = createEngine(copy).rankBounds();
          expect(createSnapshotEngine(edited.snapshot, table).rankBounds()).toEqual(fromGraph);
          expect(fromGraph).toEqual(referenceRankingBounds(copy));
          const was = new Map(before.rankBounds().map((entry) => [entry.supplier, entry]));
          for (const entry of fromGraph) {
            const old = was.get(entry.supplier)!;
            // The assumptions are possible edges: the lower bound is the data's, the upper can only grow.
            expect(entry.organisations).toBe(old.organisations);
            expect(entry.upper.organisations).toBeGreaterThanOrEqual(old.upper.organisations);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('refuses a provider that is not a supplier of the graph, with a stable code', () => {
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph }) => {
        expect(() => assumeUnknownInGraph(graph, ['no-such-node'])).toThrow(
          expect.objectContaining({ code: 'KEDJA_SCENARIO_UNKNOWN_ID' }),
        );
        const organisation = graph.findNode((_id, a) => a.kind === 'organisation');
        if (organisation !== undefined) {
          expect(() => assumeUnknownInGraph(graph, [organisation])).toThrow(
            expect.objectContaining({ code: 'KEDJA_SCENARIO_WRONG_KIND' }),
          );
        }
        expect(() => assumeUnknownInGraph(graph, [])).toThrow(expect.objectContaining({ code: 'KEDJA_BAD_OPTION' }));
      }),
      { numRuns: 50 },
    );
  });
});
