/**
 * The decisions file of a survey import, for a reviewer: one row per spelling whose outcome is
 * not certain (everything but a catalogue name, alias, key or word-order match of the catalogue's
 * own), and per spelling a decision decided, pre-filled with the proposal: `accept` and the id it
 * would become (a catalogue id, the id of the proposed new entry, `none` or `own-operation`), or
 * no decision for an ambiguous name, whose candidates are listed. The reviewer changes a row to
 * `reject` or to `map-to` and an id, and gives the file back with `--decisions`
 * (read-decisions.ts, apply-decisions.ts); the columns after `id` are for the reader. O(spellings).
 */
import { DECISION_COLUMNS } from './read-decisions.js';
import type { NormalisationReport, SpellingReport } from './report-types.js';

/** Merges that need no review: the catalogue's own names and aliases, exactly or but for case, form and word order. */
const CERTAIN = new Set(['alias', 'key', 'fingerprint']);

const needsReview = (s: SpellingReport) =>
  s.decision !== undefined || !(s.result === 'merged' && CERTAIN.has(s.method!) && s.score === 1);

const PROPOSALS: Readonly<Record<SpellingReport['result'], string>> = {
  merged: 'merge',
  unresolved: 'new entry',
  ambiguous: 'ambiguous',
  'not-a-name': 'not a name',
};

/** The pre-filled decision and id of a spelling. */
function decisionOf(s: SpellingReport): [string, string] {
  if (s.decision) return [s.decision.decision, s.decision.id];
  if (s.result === 'ambiguous') return ['', ''];
  if (s.result === 'not-a-name') return ['accept', s.ownOperation ? 'own-operation' : 'none'];
  return ['accept', s.id ?? ''];
}

function candidatesOf(s: SpellingReport): string {
  const list = s.result === 'merged' ? (s.runnersUp ?? []) : [...(s.candidates ?? []), ...(s.runnersUp ?? [])];
  return list.map((c) => `${c.id} (${c.score.toFixed(2)})`).join('; ');
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function renderDecisions(report: NormalisationReport): string {
  const rows = report.spellings.filter(needsReview).map((s) => {
    const [decision, id] = decisionOf(s);
    const proposal = s.ownOperation ? 'own operation' : PROPOSALS[s.result];
    return [
      s.raw,
      s.question,
      decision,
      id,
      proposal,
      s.score === undefined ? '' : s.score.toFixed(2),
      s.method ?? '',
      candidatesOf(s),
      String(s.occurrences),
      s.reason,
    ];
  });
  return [DECISION_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
