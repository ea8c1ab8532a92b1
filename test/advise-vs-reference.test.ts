/**
 * Mitigation advice against the reference implementation on random graphs: the risk score is the
 * sum over single-supplier failures of the organisations losing a critical function (fallback
 * routines not counted), each proposed change lowers it to exactly the score of the graph with
 * that change made, and no candidate change would have lowered it more at that step.
 */
import { createEngine, type KedjaGraph } from '@kedja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyStep, moveOff, referenceScore } from './support/advice-reference.js';
import { randomCase, SMALL } from './support/random-graph.js';

const RUNS = 400;

interface Candidate {
  label: string;
  apply: (graph: KedjaGraph) => void;
}

/** Every candidate change on the graph as it stands, made on a graph by plain graphology calls. */
function candidates(graph: KedjaGraph): Candidate[] {
  const list: Candidate[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'service') return;
    const provided = graph.outEdges(node).filter((e) => graph.getEdgeAttribute(e, 'kind') === 'providedBy');
    if (provided.length > 0)
      list.push({ label: `alternative ${node}`, apply: (g) => provided.forEach((e) => g.dropEdge(e)) });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind === 'uses' && attributes.critical !== false && attributes.fallback !== true) {
      list.push({
        label: `fallback ${source} ${target}`,
        apply: (g) => g.setEdgeAttribute(edge, 'fallback' as never, true as never),
      });
    }
  });
  const users = new Map<string, Set<string>>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== 'subcontracts') return;
    if (!users.has(target)) users.set(target, new Set());
    users.get(target)!.add(source);
  });
  for (const [subcontractor, set] of users) {
    if (set.size < 2) continue;
    for (const supplier of set) {
      list.push({ label: `move ${supplier} ${subcontractor}`, apply: (g) => moveOff(g, supplier, subcontractor) });
    }
  }
  return list;
}

function check(graph: KedjaGraph): void {
  // Some fallback routines in the data.
  let i = 0;
  graph.forEachEdge((edge, attributes) => {
    if (attributes.kind === 'uses' && i++ % 3 === 0) graph.setEdgeAttribute(edge, 'fallback' as never, true as never);
  });
  const advice = createEngine(graph).advise({ top: 3 });
  const model = graph.copy();
  expect(advice.scoreBefore).toBe(referenceScore(model));
  for (const step of advice.steps) {
    const before = referenceScore(model);
    expect(step.scoreBefore).toBe(before);
    // No candidate lowers the score more than the chosen one.
    let best = 0;
    for (const candidate of candidates(model)) {
      const trial = model.copy();
      candidate.apply(trial);
      best = Math.max(best, before - referenceScore(trial));
    }
    expect(step.reduction).toBe(best);
    expect(step.reduction).toBeGreaterThan(0);
    applyStep(model, step);
    expect(step.scoreAfter).toBe(referenceScore(model));
    expect(step.spared.reduce((n, s) => n + s.organisations.length, 0)).toBe(step.reduction);
  }
  expect(advice.scoreAfter).toBe(referenceScore(model));
  if (advice.steps.length < 3) {
    // It stopped because nothing lowers the score any more.
    for (const candidate of candidates(model)) {
      const trial = model.copy();
      candidate.apply(trial);
      expect(referenceScore(trial), candidate.label).toBeGreaterThanOrEqual(advice.scoreAfter);
    }
  }
}

describe('mitigation advice against the reference', () => {
  it(`proposes the best change at each step, with exact effects, on ${RUNS} random graphs`, () => {
    fc.assert(
      fc.property(randomCase(SMALL), ({ graph }) => check(graph)),
      { numRuns: RUNS },
    );
  });
});
