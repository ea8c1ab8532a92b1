/**
 * The assessments of B_07.01 as extra attributes of the services they assess (substitutability,
 * exit plan, alternative providers identified). An alternative identified is not an alternative in
 * place, so it gives no redundancy. An assessment of a service that B_02.02 lacks is not used (a
 * warning). O(rows).
 */
import type { ServiceAttributes } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import type { BuildContext } from './build-context.js';
import type { AssessmentRecord } from './read-b07-01.js';
import { cellProblem } from './utils.js';

export function addAssessments(context: BuildContext, assessments: readonly AssessmentRecord[]): void {
  for (const { at, arrangement, type, assessment } of assessments) {
    const service = `${arrangement}/${type}`;
    if (!context.graph.hasNode(service)) {
      const message = `no B_02.02 row has this arrangement and type of ICT services; the assessment is not used`;
      context.diagnostics.push(cellProblem(at, IMPORT_CODES.doraUnknownReference, 'warning', 'c0010', message));
      continue;
    }
    context.graph.mergeNodeAttributes(service, assessment as Partial<ServiceAttributes>);
  }
}
