/**
 * Which organisation a row of answers is: the catalogue organisation of its `organisation_id`, or
 * else the only catalogue organisation whose name has the same normalised key, or else a new
 * organisation of that id and name. A row is skipped (with the column to blame and why) when it
 * has no id, when its id is a catalogue service or supplier, when a new organisation has no name,
 * or when the organisation already answered. O(1) per row after O(organisations) to index names.
 * `identifyRespondents` identifies every row of a file at once, before any is imported.
 */
import type { KedjaGraph } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { checkNodeId } from '@kedja/core/kernel';
import type { Row } from '../formats/csv/index.js';
import { nameKey } from './normalise-name.js';
import type { OrganisationReport } from './report-types.js';

export type Respondent =
  | {
      result: 'respondent';
      /** organisation_id and organisation_name as answered. */
      answered: string;
      name: string;
      /** The organisation's id in the graph. */
      id: string;
      match: OrganisationReport['match'];
    }
  | { result: 'skipped'; column: string; reason: string };

/** Catalogue organisations by the normalised key of their name (several may share one). */
export function organisationsByKey(known: KedjaGraph): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  known.forEachNode((id, attributes) => {
    if (attributes.kind !== 'organisation') return;
    const key = nameKey(attributes.name);
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
  });
  return byKey;
}

const skipped = (column: string, reason: string): Respondent => ({ result: 'skipped', column, reason });

export function identifyRespondent(
  row: Row,
  known: KedjaGraph,
  byKey: ReadonlyMap<string, readonly string[]>,
  answeredOn: ReadonlyMap<string, number>,
): Respondent {
  const answered = row.cell('organisation_id');
  const name = row.cell('organisation_name');
  if (answered === '') {
    return skipped('organisation_id', 'organisation_id is empty, so the answers cannot be tied to an organisation');
  }
  const refused = checkNodeId(answered);
  if (refused !== undefined) return skipped('organisation_id', refused.message);
  let id = answered;
  let match: OrganisationReport['match'] = 'new';
  if (known.hasNode(answered)) {
    const kind = known.getNodeAttribute(answered, 'kind');
    if (kind !== 'organisation') {
      return skipped('organisation_id', `${quoteValue(answered)} is the id of a catalogue ${kind}`);
    }
    match = 'catalogue id';
  } else if (name !== '') {
    const same = byKey.get(nameKey(name)) ?? [];
    if (same.length === 1) {
      id = same[0]!;
      match = 'catalogue name';
    }
  }
  if (match === 'new' && name === '') {
    return skipped('organisation_name', 'organisation_name is empty and the catalogue does not know this organisation');
  }
  const earlier = answeredOn.get(id);
  if (earlier !== undefined) {
    return skipped('organisation_id', `organisation ${quoteValue(id)} already answered on line ${earlier}`);
  }
  return { result: 'respondent', answered, name, id, match };
}

/** A row and who answered it (or why it is skipped). */
export interface IdentifiedRow {
  row: Row;
  respondent: Respondent;
}

/** Every row identified, in order, each organisation answering once (a later row of it is skipped). */
export function identifyRespondents(rows: readonly Row[], known: KedjaGraph): IdentifiedRow[] {
  const byKey = organisationsByKey(known);
  const answeredOn = new Map<string, number>();
  return rows.map((row) => {
    const respondent = identifyRespondent(row, known, byKey, answeredOn);
    if (respondent.result === 'respondent') answeredOn.set(respondent.id, row.line);
    return { row, respondent };
  });
}
