/**
 * The spellings of a survey import: every raw name per question, what it became (merged into the
 * catalogue, a new node flagged ambiguous or unresolved, or not a name), by which method, the
 * evidence and why, with how often and on which lines it was answered. One record per question
 * and raw spelling, in order of first appearance. O(1) per name.
 */
import type { Resolution } from './matcher-types.js';
import type { Decision } from './read-decisions.js';
import type { SpellingReport } from './report-types.js';
import type { NameQuestion } from './survey-table.js';

/** The node a spelling became and its name. */
export interface SpellingTarget {
  id: string;
  name: string;
}

export interface SpellingTally {
  /** Counts one occurrence of `raw` under `question`, on `line`. */
  record(
    question: NameQuestion,
    raw: string,
    resolution: Resolution,
    line: number,
    target?: SpellingTarget,
    decision?: Decision,
  ): void;
  reports(): SpellingReport[];
}

/** The report of a spelling, before its occurrences are counted. */
export function spellingReport(
  question: NameQuestion,
  raw: string,
  resolution: Resolution,
  target?: SpellingTarget,
  decision?: Decision,
): SpellingReport {
  return {
    question: question.question,
    kind: question.kind,
    raw,
    occurrences: 0,
    lines: [],
    result: resolution.result,
    ...(resolution.result !== 'not-a-name' && resolution.result !== 'unresolved' ? { method: resolution.method } : {}),
    ...(target ? { id: target.id, name: target.name } : {}),
    ...(resolution.result === 'merged' ? { score: resolution.score, matched: resolution.matched } : {}),
    ...(resolution.result === 'ambiguous' ? { candidates: resolution.candidates } : {}),
    ...(resolution.result === 'unresolved' && resolution.best ? { candidates: [resolution.best] } : {}),
    ...(resolution.result === 'merged' && resolution.evidence ? { evidence: resolution.evidence } : {}),
    ...((resolution.result === 'merged' || resolution.result === 'unresolved') && resolution.runnersUp
      ? { runnersUp: resolution.runnersUp }
      : {}),
    ...(resolution.result === 'not-a-name' && resolution.ownOperation ? { ownOperation: true } : {}),
    ...(decision ? { decision: { line: decision.line, decision: decision.decision, id: decision.id } } : {}),
    reason: resolution.reason,
  };
}

export function createSpellingTally(): SpellingTally {
  const spellings = new Map<string, SpellingReport>();
  return {
    record(question, raw, resolution, line, target, decision) {
      const key = `${question.question}\u0000${raw}`;
      let spelling = spellings.get(key);
      if (!spelling) {
        spelling = spellingReport(question, raw, resolution, target, decision);
        spellings.set(key, spelling);
      }
      spelling.occurrences++;
      spelling.lines.push(line);
    },
    reports: () => [...spellings.values()],
  };
}
