import { describe, expect, it } from 'vitest';

import type { Resolution } from './matcher-types.js';
import { createSpellingTally, spellingReport } from './spelling-tally.js';
import { NAME_QUESTIONS } from './survey-table.js';

const saas = NAME_QUESTIONS[0]!;
const suppliers = NAME_QUESTIONS[3]!;
const merged: Resolution = { result: 'merged', method: 'edit', id: 'm365', score: 0.9, matched: 'O365', reason: 'r' };
const best = { id: 'zoom', score: 0.5, matched: 'Zoom' };

describe('spellingReport', () => {
  it('keeps the evidence of each result, and only that', () => {
    expect(spellingReport(saas, 'Ofice', merged, { id: 'm365', name: 'Microsoft 365' })).toEqual({
      question: 'q7_1',
      kind: 'service',
      raw: 'Ofice',
      occurrences: 0,
      lines: [],
      result: 'merged',
      method: 'edit',
      id: 'm365',
      name: 'Microsoft 365',
      score: 0.9,
      matched: 'O365',
      reason: 'r',
    });
    const ambiguous: Resolution = { result: 'ambiguous', method: 'alias', candidates: [best], reason: 'r' };
    expect(spellingReport(suppliers, 'OD', ambiguous, { id: 'a', name: 'OD' })).toMatchObject({
      method: 'alias',
      candidates: [best],
    });
    const unresolved = spellingReport(
      saas,
      'Zom',
      { result: 'unresolved', best, reason: 'r' },
      { id: 'u', name: 'Zom' },
    );
    expect(unresolved).not.toHaveProperty('method');
    expect(unresolved.candidates).toEqual([best]);
    expect(Object.keys(spellingReport(saas, '-', { result: 'not-a-name', reason: 'r' }))).toEqual([
      'question',
      'kind',
      'raw',
      'occurrences',
      'lines',
      'result',
      'reason',
    ]);
  });
});

describe('createSpellingTally', () => {
  it('counts each raw spelling per question, with its lines, in order of first appearance', () => {
    const tally = createSpellingTally();
    const target = { id: 'm365', name: 'Microsoft 365' };
    tally.record(saas, 'O365', merged, 2, target);
    tally.record(suppliers, 'O365', merged, 2, target);
    tally.record(saas, 'o365', merged, 3, target);
    tally.record(saas, 'O365', merged, 5, target);
    expect(tally.reports().map((s) => [s.question, s.raw, s.occurrences, s.lines])).toEqual([
      ['q7_1', 'O365', 2, [2, 5]],
      ['q15', 'O365', 1, [2]],
      ['q7_1', 'o365', 1, [3]],
    ]);
  });
});

describe('spellingReport of the newer evidence', () => {
  it('keeps the reasons, the runners-up, own operation and the decision', () => {
    const withEvidence: Resolution = { ...merged, evidence: ['edit 0.90: x'], runnersUp: [best] } as Resolution;
    expect(spellingReport(saas, 'Ofice', withEvidence)).toMatchObject({
      evidence: ['edit 0.90: x'],
      runnersUp: [best],
    });
    const own: Resolution = { result: 'not-a-name', reason: 'r', ownOperation: true };
    expect(spellingReport(saas, 'Egen drift', own).ownOperation).toBe(true);
    const decision = { line: 4, spelling: 'Ofice', question: 'q7_1', decision: 'map-to', id: 'm365' };
    expect(spellingReport(saas, 'Ofice', merged, undefined, decision).decision).toEqual({
      line: 4,
      decision: 'map-to',
      id: 'm365',
    });
  });
});
