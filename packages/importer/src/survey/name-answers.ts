/**
 * The names a row answers (services under Q7:1, Q8:1 and Q9:1, suppliers under Q15), each matched
 * against the catalogue, tallied for the report, and made an edge from the organisation: `uses` to
 * a service, `contracts` to a supplier, whether the name merged into a catalogue entry or became a
 * new node flagged unresolved or ambiguous. A name that names nothing gives no edge; a target named
 * twice gives one. O(names in the row), plus the matching of spellings not seen before.
 */
import { addContracts, addUses } from '@kedja/core';

import type { Row } from '../formats/index.js';
import type { NameKind } from './matcher-types.js';
import { splitNames } from './split-names.js';
import type { SurveyBuild } from './survey-build.js';
import { NAME_QUESTIONS, type NameQuestion } from './survey-table.js';

/** Matches one name and tallies it; returns the node it stands for, if it names one. */
function nameTarget(build: SurveyBuild, line: number, question: NameQuestion, raw: string): string | undefined {
  const resolution = build.resolve(raw, question);
  const target =
    resolution.result === 'merged'
      ? resolution.id
      : resolution.result === 'not-a-name'
        ? undefined
        : build.newNodes.add(resolution.result, question.kind, raw, question.model);
  const named = target === undefined ? undefined : { id: target, name: build.graph.getNodeAttribute(target, 'name') };
  build.spellings.record(question, raw, resolution, line, named);
  return target;
}

/** The edge from an organisation to a service (uses) or supplier (contracts), once. */
function addEdge(build: SurveyBuild, organisation: string, target: string, kind: NameKind): void {
  const { graph, counts } = build;
  if (kind === 'service') {
    if (!graph.hasEdge(`uses:${organisation}->${target}`)) {
      addUses(graph, organisation, target);
      counts.uses++;
    }
  } else if (!graph.hasEdge(`contracts:${organisation}->${target}`)) {
    addContracts(graph, organisation, target);
    counts.contracts++;
  }
}

/** Adds the edges of a row's names from `organisation`; returns the services it uses. */
export function addNameAnswers(build: SurveyBuild, row: Row, organisation: string): Set<string> {
  const used = new Set<string>();
  for (const question of NAME_QUESTIONS) {
    for (const raw of splitNames(row.cell(question.column))) {
      const target = nameTarget(build, row.line, question, raw);
      if (target === undefined) continue;
      build.newNodes.namedBy(target, organisation);
      if (question.kind === 'service') used.add(target);
      addEdge(build, organisation, target, question.kind);
    }
  }
  return used;
}
