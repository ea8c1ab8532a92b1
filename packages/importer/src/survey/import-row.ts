/**
 * One row of answers into the graph: the respondent identified (or the row skipped), its own
 * answers made the attributes of its organisation node (a new node, or merged into the catalogue
 * organisation it is), the names it gives made edges, and its Q23:1 countries added to the
 * services it uses. O(length of the row), plus the matching of spellings not seen before.
 */
import type { OrganisationAttributes } from '@kedja/core';

import type { Row } from '../formats/index.js';
import { addNameAnswers } from './name-answers.js';
import { identifyRespondent, type Respondent } from './identify-respondent.js';
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

export function importRow(build: SurveyBuild, row: Row): void {
  const respondent = identifyRespondent(row, build.known, build.organisationsByKey, build.answeredOn);
  if (respondent.result === 'skipped') {
    skipRow(build, row, respondent.column, respondent.reason);
    return;
  }
  build.answeredOn.set(respondent.id, row.line);
  build.counts.respondents++;
  const answers = readOrganisationAnswers(row, (column, code, message) => warnRow(build, row, column, code, message));
  build.counts.dontKnowAnswers += answers.dontKnowAnswers;
  build.countries.record(answers.countries, row.line);
  addOrganisation(build, row.line, respondent, answers.attributes);
  const used = addNameAnswers(build, row, respondent.id);
  build.serviceCountries.add(build.graph, respondent.id, used, answers.countries.codes);
}
