/**
 * Applying a reviewer's decisions (read-decisions.ts) to the spellings of the answers. A decision
 * names a spelling under one question, or under every question when its question is empty, and
 * says:
 *
 * - `accept`: take the id in its row (the proposal it was written with), or the current proposal
 *   when the id is empty; an id that is no longer proposed is still taken, as the reviewer's;
 * - `map-to`: the spelling stands for the id: a catalogue service or supplier of the kind the
 *   question asks for, `none` (names nothing), `own-operation` (the organisation runs it itself),
 *   or any other id, a new node of that id shared by every spelling mapped to it;
 * - `reject`: the proposal is wrong: the spelling becomes a new node of its own, neither merged
 *   nor clustered; a reject whose id is no longer the proposal no longer matches anything.
 *
 * A decision names its spelling as written, or, when no answer has it so, the spellings equal to
 * it but for case and spacing. Every decision is reported: applied, no longer matching anything
 * (no answer has the spelling, or the proposal it rejected is no longer made), or invalid (an
 * unknown decision, a missing id, an id of the wrong kind, a spelling an earlier row already
 * decided), the last two also as warnings with their line. O(decisions × spellings).
 */
import type { Diagnostic, NodeKind } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { checkNodeId } from '@kedja/core/kernel';
import { exactForm } from './matcher-index.js';
import type { Resolution } from './matcher-types.js';
import { DECISIONS, type Decision } from './read-decisions.js';
import type { DecisionReport } from './report-types.js';
import type { SpellingUse } from './spelling-uses.js';
import { IMPORT_CODES } from '../errors.js';

/** What a decision makes of a spelling. */
export type Outcome =
  | { kind: 'catalogue'; id: string }
  | { kind: 'none' }
  | { kind: 'own-operation' }
  | { kind: 'new'; id: string }
  | { kind: 'alone' };

export interface Decided {
  outcome: Outcome;
  decision: Decision;
}

export interface DecisionContext {
  file: string;
  spellings: ReadonlyMap<string, SpellingUse>;
  resolutions: ReadonlyMap<string, Resolution>;
  /** The kind of a node of the catalogue, if it has one of that id. */
  kindOf: (id: string) => NodeKind | undefined;
  diagnostics: Diagnostic[];
}

/** The id a resolution proposes: a catalogue id, none, own-operation, or '' for a new or ambiguous node. */
export function proposedId(resolution: Resolution): string {
  if (resolution.result === 'merged') return resolution.id;
  if (resolution.result === 'not-a-name') return resolution.ownOperation ? 'own-operation' : 'none';
  return '';
}

type Verdict = { outcome: Outcome } | { status: 'no-match' | 'invalid'; note: string };

/** What a decision makes of one spelling, or why it does nothing. */
function verdict(d: Decision, use: SpellingUse, resolution: Resolution, kindOf: DecisionContext['kindOf']): Verdict {
  const current = proposedId(resolution);
  if (d.decision === 'reject') {
    if (d.id !== '' && d.id !== current && (current !== '' || kindOf(d.id) !== undefined)) {
      return { status: 'no-match', note: `the proposal it rejects (${d.id}) is no longer made` };
    }
    return { outcome: { kind: 'alone' } };
  }
  const id = d.decision === 'accept' && d.id === '' ? current : d.id;
  if (id === '') {
    return { status: 'invalid', note: `${d.decision} needs an id (the proposal is ambiguous or new)` };
  }
  if (id === 'none' || id === 'own-operation') return { outcome: { kind: id } };
  // A new node takes the id the reviewer wrote: one a graph cannot hold is refused here, not in the folder written.
  const refused = checkNodeId(id);
  if (refused !== undefined) return { status: 'invalid', note: refused.message };
  const kind = kindOf(id);
  if (kind === undefined) return { outcome: { kind: 'new', id } };
  if (kind !== use.question.kind) {
    return {
      status: 'invalid',
      note: `${id} is a catalogue ${kind}; ${use.question.question} names a ${use.question.kind}`,
    };
  }
  return { outcome: { kind: 'catalogue', id } };
}

/** The spellings a decision names: as written, or else ignoring case and spacing; under its question, or every one. */
function spellingsOf(d: Decision, spellings: ReadonlyMap<string, SpellingUse>): [string, SpellingUse][] {
  const asked = [...spellings].filter(([, use]) => d.question === '' || d.question === use.question.question);
  const same = asked.filter(([, use]) => use.raw === d.spelling);
  if (same.length > 0) return same;
  const form = exactForm(d.spelling);
  return asked.filter(([, use]) => exactForm(use.raw) === form);
}

function warn(context: DecisionContext, d: Decision, code: string, message: string): void {
  context.diagnostics.push({ file: context.file, line: d.line, column: 1, code, severity: 'warning', message });
}

export function applyDecisions(
  decisions: readonly Decision[],
  context: DecisionContext,
): { decided: Map<string, Decided>; reports: DecisionReport[] } {
  const decided = new Map<string, Decided>();
  const reports: DecisionReport[] = [];
  for (const d of decisions) {
    const report = (status: DecisionReport['status'], note: string) => {
      reports.push({
        line: d.line,
        spelling: d.spelling,
        question: d.question,
        decision: d.decision,
        id: d.id,
        status,
        note,
      });
      if (status === 'applied') return;
      warn(
        context,
        d,
        status === 'invalid' ? IMPORT_CODES.surveyBadDecision : IMPORT_CODES.surveyUnusedDecision,
        `${quoteValue(d.spelling)}: ${note}`,
      );
    };
    if (!(DECISIONS as readonly string[]).includes(d.decision)) {
      report('invalid', `unknown decision ${quoteValue(d.decision)}; write ${DECISIONS.join(', ')}`);
      continue;
    }
    const matching = spellingsOf(d, context.spellings);
    if (matching.length === 0) {
      report('no-match', `no answer spells it${d.question ? ` under ${d.question}` : ''}`);
      continue;
    }
    const notes: string[] = [];
    let applied = 0;
    for (const [key, use] of matching) {
      const earlier = decided.get(key);
      if (earlier) {
        notes.push(`line ${earlier.decision.line} decides it already`);
        continue;
      }
      const v = verdict(d, use, context.resolutions.get(key)!, context.kindOf);
      if ('outcome' in v) {
        decided.set(key, { outcome: v.outcome, decision: d });
        applied++;
      } else notes.push(v.note);
    }
    if (applied > 0) report('applied', notes.join('; '));
    else report(notes.some((n) => n.includes('no longer')) ? 'no-match' : 'invalid', notes.join('; '));
  }
  return { decided, reports };
}
