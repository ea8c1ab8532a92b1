/**
 * One identified row of answers into the graph (identify-respondent.ts): the row skipped with its
 * reason, or its organisation's own answers made the attributes of its node (a new node, or
 * merged into the catalogue organisation it is), the names it gives made edges, the questions it
 * answered with its own operation recorded on the node (`ownOperation`), and its Q23:1 countries
 * added to the services it uses. O(length of the row).
 */
import type { OrganisationAttributes } from '@kedja/core';

import { addNameAnswers } from './name-answers.js';
import type { IdentifiedRow, Respondent } from './identify-respondent.js';
import { readOrganisationAnswers } from './organisation-answers.js';
import { skipRow, warnRow, type SurveyBuild } from './survey-build.js';

type Identified = Extract<Respondent, { result: 'respondent' }>;

/** Adds the organisation node, or merges the answers into it; a new organisation takes the name answered. */
function addOrganisation(
  build: SurveyBuild,
  line: number,
  respondent: Identified,
  answers: Partial<OrganisationAttributes>,
): void {
  const { graph } = build;
  const { id } = respondent;
  const attributes = { ...(respondent.match === 'new' ? { name: respondent.name } : {}), ...answers };
  if (graph.hasNode(id)) graph.mergeNodeAttributes(id, attributes as OrganisationAttributes);
  else graph.addNode(id, { kind: 'organisation', ...attributes } as OrganisationAttributes);
  const name = graph.getNodeAttribute(id, 'name');
  build.organisations.push({ line, answered: respondent.answered, id, name, match: respondent.match });
}

/** Records the questions an organisation answered with its own operation, on its node and in the report. */
function recordOwnOperation(build: SurveyBuild, id: string, questions: string[]): void {
  if (questions.length === 0) return;
  build.graph.mergeNodeAttributes(id, { ownOperation: questions });
  build.organisations[build.organisations.length - 1]!.ownOperation = questions;
}

export function importRow(build: SurveyBuild, { row, respondent }: IdentifiedRow): void {
  if (respondent.result === 'skipped') {
    skipRow(build, row, respondent.column, respondent.reason);
    return;
  }
  build.counts.respondents++;
  const answers = readOrganisationAnswers(row, (column, code, message) => warnRow(build, row, column, code, message));
  build.counts.dontKnowAnswers += answers.dontKnowAnswers;
  build.countries.record(answers.countries, row.line);
  addOrganisation(build, row.line, respondent, answers.attributes);
  const { used, ownOperation } = addNameAnswers(build, row, respondent.id);
  recordOwnOperation(build, respondent.id, ownOperation);
  build.serviceCountries.add(build.graph, respondent.id, used, answers.countries.codes);
}
