/**
 * Reading a reviewer's decisions file (the decisions.csv an import writes, edited): columns
 * `spelling, question, decision, id`, and the columns written for the reader (proposal, score,
 * method, candidates, times, reason), which are not read. A row whose decision is empty is a
 * proposal not yet reviewed and is skipped; the others are checked when they are applied
 * (apply-decisions.ts). O(rows).
 */
import type { Diagnostic } from '@kedja/core';

import { readTable, type TableSpec } from '../formats/csv/index.js';

/** What a reviewer can decide: take the proposal, refuse it, or name the id the spelling stands for. */
export const DECISIONS = ['accept', 'reject', 'map-to'] as const;

export interface Decision {
  /** Line in the decisions file. */
  line: number;
  spelling: string;
  /** q7_1, q8_1, q9_1, q15; empty for every question. */
  question: string;
  /** As written, lower case: accept, reject, map-to (checked when applied). */
  decision: string;
  /** A catalogue id, a new node's id, `none` or `own-operation`. */
  id: string;
}

const text = (name: string, required = false) => ({ name, required, value: { type: 'text' as const } });

/** The columns of the decisions file, in the order they are written. */
export const DECISION_COLUMNS = [
  'spelling',
  'question',
  'decision',
  'id',
  'proposal',
  'score',
  'method',
  'candidates',
  'times',
  'reason',
] as const;

const DECISION_TABLE: TableSpec = {
  file: 'decisions file',
  required: true,
  unknownColumns: 'warning',
  columns: DECISION_COLUMNS.map((name) => text(name, name === 'spelling' || name === 'decision')),
};

export async function readDecisions(file: string, diagnostics: Diagnostic[]): Promise<Decision[]> {
  const decisions: Decision[] = [];
  for await (const row of readTable(file, file, DECISION_TABLE, diagnostics)) {
    const decision = row.cell('decision').toLowerCase().replace(/\s+/g, '-');
    if (decision === '') continue;
    decisions.push({
      line: row.line,
      spelling: row.cell('spelling'),
      question: row.cell('question').toLowerCase(),
      decision,
      id: row.cell('id'),
    });
  }
  return decisions;
}
