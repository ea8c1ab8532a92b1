/**
 * Bounds with possible edges (issue 13): the engine's lower and upper bounds of the blast radius,
 * the systemic ranking and the timeline against the reference implementation on thousands of random graphs that
 * carry possible edges. The reference builds each bound as a graph of its own (possible edges
 * deleted, or made confirmed) and answers on it from the definitions; the engine builds the lower
 * bound's snapshot from the upper one's. The reference timeline of a bound is computeTimeline on
 * that bound's own graph copy with the reference's blast; the engine's is computeTimeline on the
 * whole graph with `engine.blastLower` or `engine.blast`.
 */
import { computeTimeline, createEngine, type BlastRadius, type KedjaGraph, type Timeline } from '@kedja/core';
import {
  referenceBlast,
  referenceBlastBounds,
  referenceBound,
  referenceRankingBounds,
  type ReferenceBlast,
} from '@kedja/core/reference';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { MEDIUM, randomCase, SMALL } from './support/random-graph.js';

const RUNS = 2_500;
const MEDIUM_RUNS = 300;
const TIMELINE_RUNS = 2_000;
let graphsChecked = 0;
afterAll(() => console.log(`bounds compared with the reference on ${graphsChecked} random graphs with possible edges`));

const hasPossibleEdges = (graph: KedjaGraph) =>
  graph.someEdge((_edge, attributes) => attributes.certainty === 'possible');

/** The reference's affected organisations as the engine describes them (lost sorted). */
function affectedOf(blast: ReferenceBlast) {
  return new Map([...blast.affected].map(([id, o]) => [id, { ...o, lost: [...o.lost].sort() }]));
}

function populationOf(graph: KedjaGraph, ids: Iterable<string>): number {
  let total = 0;
  for (const id of ids) {
    const attributes = graph.getNodeAttributes(id);
    if (attributes.kind === 'organisation') total += attributes.population ?? 0;
  }
  return total;
}

function checkBlastBounds(graph: KedjaGraph, scenario: string[]): void {
  const engine = createEngine(graph);
  expect(engine.possibleEdges).toBe(graph.filterEdges((_e, a) => a.certainty === 'possible').length);
  const spec = {
    suppliers: scenario.filter((id) => id.startsWith('s')),
    services: scenario.filter((id) => id.startsWith('v')),
  };
  const bounds = engine.blastBounds(spec);
  const { lower, upper } = referenceBlastBounds(graph, scenario);

  // Whatever fails without the possible edges fails with them too.
  for (const id of lower.affected.keys()) expect(upper.affected.has(id)).toBe(true);
  for (const id of lower.failed.keys()) expect(upper.failed.has(id)).toBe(true);

  // The lists hold the upper bound, each entry confirmed exactly when the lower bound has it.
  const failed = [...bounds.failedSuppliers, ...bounds.failedServices];
  expect(new Map(failed.map((f) => [f.id, f.tier]))).toEqual(upper.failed);
  for (const f of failed) expect(f.certainty).toBe(lower.failed.has(f.id) ? 'confirmed' : 'possible');
  const affected = new Map(
    bounds.affectedOrganisations.map((o) => [
      o.id,
      { tier: o.tier, critical: o.critical, hidden: o.hidden, lost: [...o.lost].sort() },
    ]),
  );
  expect(affected).toEqual(affectedOf(upper));
  for (const o of bounds.affectedOrganisations) {
    expect(o.certainty).toBe(lower.affected.has(o.id) ? 'confirmed' : 'possible');
  }

  // totals count the lower bound, totalsUpper the upper.
  for (const [totals, blast] of [
    [bounds.totals, lower],
    [bounds.totalsUpper, upper],
  ] as const) {
    const organisations = [...blast.affected.values()];
    expect(totals.organisations).toBe(blast.affected.size);
    expect(totals.criticalOrganisations).toBe(organisations.filter((o) => o.critical).length);
    expect(totals.hiddenOrganisations).toBe(organisations.filter((o) => o.hidden).length);
    expect(totals.population).toBe(populationOf(graph, blast.affected.keys()));
    const kinds = [...blast.failed.keys()].map((id) => graph.getNodeAttribute(id, 'kind'));
    expect(totals.failedSuppliers).toBe(kinds.filter((k) => k === 'supplier').length);
    expect(totals.failedServices).toBe(kinds.filter((k) => k === 'service').length);
  }

  // The engine's other questions answer for the upper bound, as before possible edges existed.
  expect(engine.blast(spec).totals).toEqual(bounds.totalsUpper);
}

/** The reference's blast as the timeline reads it: the affected organisations and what each lost. */
function asBlastRadius(blast: ReferenceBlast): BlastRadius {
  const affectedOrganisations = [...blast.affected].map(([id, o]) => ({ id, ...o }));
  return { affectedOrganisations } as unknown as BlastRadius;
}

/** A timeline's steps with every list in one order, so that two lists of the same things compare equal. */
function normalised(steps: Timeline['steps']) {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return steps.map((step) => ({
    ...step,
    failing: [...step.failing].sort((a, b) => byId(a.organisation, b.organisation) || byId(a.dependency, b.dependency)),
    crisis: [...step.crisis].sort(byId),
    newOrganisations: [...step.newOrganisations].sort(byId),
  }));
}

const TIMELINE_HOURS = [1, 4, 24, 48, 168, 720];

function checkTimelineBounds(graph: KedjaGraph, scenario: string[]): void {
  const engine = createEngine(graph);
  const spec = {
    suppliers: scenario.filter((id) => id.startsWith('s')),
    services: scenario.filter((id) => id.startsWith('v')),
  };
  const options = { hours: TIMELINE_HOURS };
  const lower = computeTimeline(graph, engine.blastLower(spec), options);
  const upper = computeTimeline(graph, engine.blast(spec), options);
  for (const [bound, timeline] of [
    ['lower', lower],
    ['upper', upper],
  ] as const) {
    const copy = referenceBound(graph, bound);
    const reference = computeTimeline(copy, asBlastRadius(referenceBlast(copy, scenario)), options);
    expect(normalised(timeline.steps)).toEqual(normalised(reference.steps));
  }
  // Whatever is at critical or worse without the possible edges is there with them too.
  lower.steps.forEach((step, i) => expect(step.organisations).toBeLessThanOrEqual(upper.steps[i]!.organisations));
}

describe('bounds with possible edges against the reference implementation', () => {
  it(`agree on the blast radius on ${RUNS} small random graphs with possible edges`, () => {
    const before = graphsChecked;
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph, scenario }) => {
        fc.pre(hasPossibleEdges(graph));
        checkBlastBounds(graph, scenario);
        graphsChecked++;
      }),
      { numRuns: RUNS },
    );
    expect(graphsChecked - before).toBe(RUNS);
  });

  it(`agree on the blast radius on ${MEDIUM_RUNS} medium random graphs with possible edges`, () => {
    fc.assert(
      fc.property(randomCase(MEDIUM, { possible: true }), ({ graph, scenario }) => {
        fc.pre(hasPossibleEdges(graph));
        checkBlastBounds(graph, scenario);
        graphsChecked++;
      }),
      { numRuns: MEDIUM_RUNS },
    );
  });

  it(`agree on the systemic ranking on ${RUNS} random graphs with possible edges`, () => {
    const before = graphsChecked;
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph }) => {
        fc.pre(hasPossibleEdges(graph));
        expect(createEngine(graph).rankBounds()).toEqual(referenceRankingBounds(graph));
        graphsChecked++;
      }),
      { numRuns: RUNS },
    );
    expect(graphsChecked - before).toBe(RUNS);
  });

  it(`agree on the timeline on ${TIMELINE_RUNS} random graphs with possible edges`, () => {
    const before = graphsChecked;
    fc.assert(
      fc.property(randomCase(SMALL, { possible: true }), ({ graph, scenario }) => {
        fc.pre(hasPossibleEdges(graph));
        checkTimelineBounds(graph, scenario);
        graphsChecked++;
      }),
      { numRuns: TIMELINE_RUNS },
    );
    expect(graphsChecked - before).toBe(TIMELINE_RUNS);
  });

  it('give one answer for both bounds on a graph without possible edges', () => {
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph, scenario }) => {
        const engine = createEngine(graph);
        expect(engine.possibleEdges).toBe(0);
        const spec = { suppliers: scenario.filter((id) => id.startsWith('s')) };
        const bounds = engine.blastBounds(spec);
        expect(bounds.totals).toEqual(bounds.totalsUpper);
        expect(engine.blastLower(spec)).toEqual(engine.blast(spec));
        expect(bounds.affectedOrganisations.every((o) => o.certainty === 'confirmed')).toBe(true);
        expect(engine.rankBounds().map(({ upper, ...lower }) => ({ supplier: lower.supplier, ...upper }))).toEqual(
          engine.rank(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
