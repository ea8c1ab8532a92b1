/**
 * The names a row answers (services under Q7:1, Q8:1 and Q9:1, suppliers under Q15), each looked
 * up in what the spellings stand for (resolve-spellings.ts), tallied for the report, and made an
 * edge from the organisation: `uses` to a service, `contracts` to a supplier, whether the name
 * merged into a catalogue entry or became a new node flagged unresolved (one per proposed entry)
 * or ambiguous. A name that names nothing gives no edge; one that names the organisation's own
 * operation gives none either and is returned; a target named twice gives one edge. O(names in
 * the row).
 */
import { addContracts, addUses, edgeKey } from '@kedja/core';

import type { Row } from '../formats/csv/index.js';
import type { NameKind } from './matcher-types.js';
import { rowNames, spellingKey } from './spelling-uses.js';
import type { SurveyBuild } from './survey-build.js';
import type { NameQuestion } from './survey-table.js';

/** Tallies one name; returns the node it stands for, if it names one, and whether it is own operation. */
function nameTarget(build: SurveyBuild, line: number, question: NameQuestion, raw: string) {
  const { resolution, group, decision } = build.resolved.get(spellingKey(question, raw))!;
  const target =
    resolution.result === 'merged'
      ? resolution.id
      : resolution.result === 'not-a-name'
        ? undefined
        : build.newNodes.add(resolution.result, question.kind, raw, question.model, group);
  const named = target === undefined ? undefined : { id: target, name: build.graph.getNodeAttribute(target, 'name') };
  build.spellings.record(question, raw, resolution, line, named, decision);
  return { target, ownOperation: resolution.result === 'not-a-name' && resolution.ownOperation === true };
}

/** The edge from an organisation to a service (uses) or supplier (contracts), once. */
function addEdge(build: SurveyBuild, organisation: string, target: string, kind: NameKind): void {
  const { graph, counts } = build;
  if (kind === 'service') {
    if (!graph.hasEdge(edgeKey('uses', organisation, target))) {
      addUses(graph, organisation, target);
      counts.uses++;
    }
  } else if (!graph.hasEdge(edgeKey('contracts', organisation, target))) {
    addContracts(graph, organisation, target);
    counts.contracts++;
  }
}

/** Adds the edges of a row's names from `organisation`; returns the services it uses and the questions answered with own operation. */
export function addNameAnswers(
  build: SurveyBuild,
  row: Row,
  organisation: string,
): { used: Set<string>; ownOperation: string[] } {
  const used = new Set<string>();
  const ownOperation: string[] = [];
  for (const { question, raw } of rowNames(row)) {
    const { target, ownOperation: own } = nameTarget(build, row.line, question, raw);
    if (own) {
      build.counts.ownOperationAnswers++;
      if (!ownOperation.includes(question.question)) ownOperation.push(question.question);
    }
    if (target === undefined) continue;
    build.newNodes.namedBy(target, organisation);
    if (question.kind === 'service') used.add(target);
    addEdge(build, organisation, target, question.kind);
  }
  return { used, ownOperation };
}
