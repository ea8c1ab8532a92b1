import type { Diagnostic } from '@kedja/core';
import { describe, expect, it } from 'vitest';

import { applyDecisions, proposedId } from './apply-decisions.js';
import type { Resolution } from './matcher-types.js';
import type { Decision } from './read-decisions.js';
import { spellingKey, type SpellingUse } from './spelling-uses.js';
import { NAME_QUESTIONS } from './survey-table.js';

const [saas, , , suppliers] = NAME_QUESTIONS as [
  (typeof NAME_QUESTIONS)[0],
  unknown,
  unknown,
  (typeof NAME_QUESTIONS)[0],
];
const use = (question: typeof saas, raw: string): [string, SpellingUse] => [
  spellingKey(question, raw),
  { question, raw, organisations: ['k1'], lines: [2] },
];
const spellings = new Map([
  use(saas, 'Zom'),
  use(saas, 'zom'),
  use(suppliers, 'Zom'),
  use(saas, 'Tieto'),
  use(saas, 'vet ej'),
]);
const resolutions = new Map<string, Resolution>([
  [
    spellingKey(saas, 'Zom'),
    { result: 'merged', method: 'edit', id: 'svc-zoom', score: 0.9, matched: 'Zoom', reason: 'r' },
  ],
  [spellingKey(saas, 'zom'), { result: 'unresolved', reason: 'r' }],
  [spellingKey(suppliers, 'Zom'), { result: 'unresolved', reason: 'r' }],
  [spellingKey(saas, 'Tieto'), { result: 'ambiguous', method: 'alias', candidates: [], reason: 'r' }],
  [spellingKey(saas, 'vet ej'), { result: 'not-a-name', reason: 'r' }],
]);
const KINDS: Record<string, 'service' | 'supplier'> = { 'svc-zoom': 'service', 'sup-zoom': 'supplier' };
const decision = (line: number, spelling: string, question: string, d: string, id = ''): Decision => ({
  line,
  spelling,
  question,
  decision: d,
  id,
});

function apply(...decisions: Decision[]) {
  const diagnostics: Diagnostic[] = [];
  const result = applyDecisions(decisions, {
    file: 'd.csv',
    spellings,
    resolutions,
    kindOf: (id) => KINDS[id],
    diagnostics,
  });
  return { ...result, diagnostics };
}

describe('applyDecisions', () => {
  it('applies accept, map-to and reject to the spelling as written under its question', () => {
    const { decided, reports } = apply(
      decision(2, 'Zom', 'q7_1', 'accept', 'svc-zoom'),
      decision(3, 'Zom', 'q15', 'map-to', 'sup-zoom'),
      decision(4, 'Tieto', 'q7_1', 'map-to', 'new-tieto'),
      decision(5, 'vet ej', 'q7_1', 'reject'),
    );
    expect([...decided.values()].map((d) => d.outcome)).toEqual([
      { kind: 'catalogue', id: 'svc-zoom' },
      { kind: 'catalogue', id: 'sup-zoom' },
      { kind: 'new', id: 'new-tieto' },
      { kind: 'alone' },
    ]);
    expect(reports.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
  });

  it('applies a decision without a question to every question, and an empty accept to the proposal', () => {
    const { decided } = apply(decision(2, 'Zom', '', 'map-to', 'none'));
    expect(decided.size).toBe(2);
    expect(proposedId(resolutions.get(spellingKey(saas, 'Zom'))!)).toBe('svc-zoom');
    expect([...apply(decision(2, 'Zom', 'q7_1', 'accept')).decided.values()][0]!.outcome).toEqual({
      kind: 'catalogue',
      id: 'svc-zoom',
    });
  });

  it('reports decisions that no longer match anything, and invalid ones, with warnings', () => {
    const { reports, diagnostics } = apply(
      decision(2, 'Gone', 'q7_1', 'accept', 'svc-zoom'),
      decision(3, 'Zom', 'q7_1', 'reject', 'svc-other'),
      decision(4, 'Zom', 'q15', 'map-to', 'svc-zoom'),
      decision(5, 'Tieto', 'q7_1', 'accept'),
      decision(6, 'Zom', 'q7_1', 'maybe', 'x'),
      decision(7, 'Zom', 'q7_1', 'accept', 'svc-zoom'),
      decision(8, 'Zom', 'q7_1', 'map-to', 'svc-zoom'),
    );
    expect(reports.map((r) => [r.line, r.status, r.note])).toEqual([
      [2, 'no-match', 'no answer spells it under q7_1'],
      [3, 'no-match', 'the proposal it rejects (svc-other) is no longer made'],
      [4, 'invalid', 'svc-zoom is a catalogue service; q15 names a supplier'],
      [5, 'invalid', 'accept needs an id (the proposal is ambiguous or new)'],
      [6, 'invalid', 'unknown decision "maybe"; write accept, reject, map-to'],
      [7, 'applied', ''],
      [8, 'invalid', 'line 7 decides it already'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['KEDJA_SURVEY_UNUSED_DECISION', 2],
      ['KEDJA_SURVEY_UNUSED_DECISION', 3],
      ['KEDJA_SURVEY_BAD_DECISION', 4],
      ['KEDJA_SURVEY_BAD_DECISION', 5],
      ['KEDJA_SURVEY_BAD_DECISION', 6],
      ['KEDJA_SURVEY_BAD_DECISION', 8],
    ]);
  });

  it('refuses a new id that no graph can hold (the CSV writer dropped its NUL: two services, one id)', () => {
    const { reports, decided, diagnostics } = apply(
      decision(2, 'zom', 'q7_1', 'map-to', '\u0000\u0000svc-zoom-2'),
      decision(3, 'Zom', 'q15', 'map-to', 'constructor'),
    );
    expect(reports.map((r) => [r.line, r.status])).toEqual([
      [2, 'invalid'],
      [3, 'invalid'],
    ]);
    expect(reports[0]!.note).toContain('control character (U+0000 at character 1)');
    expect(reports[1]!.note).toContain('built-in property of JavaScript objects');
    expect(decided.size).toBe(0);
    expect(diagnostics.map((d) => d.code)).toEqual(['KEDJA_SURVEY_BAD_DECISION', 'KEDJA_SURVEY_BAD_DECISION']);
  });

  it('falls back to the spelling but for case and spacing when no answer has it as written', () => {
    expect(apply(decision(2, 'ZOM ', 'q7_1', 'map-to', 'none')).decided.size).toBe(2);
  });
});
