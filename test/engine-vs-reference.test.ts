/**
 * The fast engine against the reference implementation on thousands of random graphs: the same
 * failed nodes with the same tiers, the same affected organisations with the same tier, lost list,
 * critical and hidden flags, the same totals and ranking, and a "why" chain that is valid and as
 * short as the shortest the reference finds.
 */
import { createEngine, type KedjaGraph } from '@kedja/core';
import { referenceBlast, referenceLost, referenceRanking, referenceShortestChainLength } from '@kedja/core/reference';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

const RUNS = 2_500;
const MEDIUM_RUNS = 300;
let graphsChecked = 0;
afterAll(() => console.log(`engine and reference compared on ${graphsChecked} random graphs`));

function checkBlast(graph: KedjaGraph, scenario: string[]): void {
  const engine = createEngine(graph);
  const fast = engine.blast({
    suppliers: scenario.filter((id) => id.startsWith('s')),
    services: scenario.filter((id) => id.startsWith('v')),
  });
  const slow = referenceBlast(graph, scenario);

  const fastFailed = new Map([...fast.failedSuppliers, ...fast.failedServices].map((f) => [f.id, f.tier]));
  expect(fastFailed).toEqual(slow.failed);

  const fastAffected = new Map(
    fast.affectedOrganisations.map((o) => [
      o.id,
      { tier: o.tier, critical: o.critical, hidden: o.hidden, lost: [...o.lost].sort() },
    ]),
  );
  const slowAffected = new Map([...slow.affected].map(([id, o]) => [id, { ...o, lost: [...o.lost].sort() }]));
  expect(fastAffected).toEqual(slowAffected);

  let population = 0;
  for (const id of slow.affected.keys()) {
    const attributes = graph.getNodeAttributes(id);
    if (attributes.kind === 'organisation') population += attributes.population ?? 0;
  }
  expect(fast.totals.population).toBe(population);
  expect(fast.totals.criticalOrganisations).toBe([...slow.affected.values()].filter((o) => o.critical).length);
  expect(fast.totals.hiddenOrganisations).toBe([...slow.affected.values()].filter((o) => o.hidden).length);

  // Why: every affected organisation gets a valid chain of lost dependencies, as short as possible.
  for (const organisation of slow.affected.keys()) {
    const { chain } = engine.why(organisation, {
      suppliers: scenario.filter((id) => id.startsWith('s')),
      services: scenario.filter((id) => id.startsWith('v')),
    });
    expect(chain[0]!.tier).toBe(0);
    expect(scenario).toContain(chain[0]!.id);
    expect(chain[chain.length - 1]!.id).toBe(organisation);
    for (let i = 1; i < chain.length; i++) {
      expect(referenceLost(graph, chain[i]!.id, slow.failed)).toContain(chain[i - 1]!.id);
    }
    expect(chain.length - 1).toBe(referenceShortestChainLength(graph, organisation, slow));
  }
  graphsChecked++;
}

describe('engine against the reference implementation', () => {
  it(`agrees on blast radius and why on ${RUNS} small random graphs`, () => {
    const before = graphsChecked;
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph, scenario }) => checkBlast(graph, scenario)),
      { numRuns: RUNS },
    );
    expect(graphsChecked - before).toBe(RUNS);
  });

  it(`agrees on blast radius and why on ${MEDIUM_RUNS} medium random graphs`, () => {
    fc.assert(
      fc.property(randomCase(MEDIUM), ({ graph, scenario }) => checkBlast(graph, scenario)),
      { numRuns: MEDIUM_RUNS },
    );
  });

  it(`agrees on the systemic ranking on ${RUNS} random graphs`, () => {
    const before = graphsChecked;
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph }) => {
        expect(createEngine(graph).rank()).toEqual(referenceRanking(graph));
        graphsChecked++;
      }),
      { numRuns: RUNS },
    );
    expect(graphsChecked - before).toBe(RUNS);
  });
});
