/**
 * The affected organisations of a scenario as CSV (RFC 4180: comma-separated, CRLF, fields with a
 * comma, quote or line break quoted). A field that a spreadsheet would read as a formula (starting
 * with =, +, -, @, tab or carriage return) gets a leading apostrophe (OWASP, "CSV Injection").
 * On a graph with possible dependencies (issue 13) the list is the upper bound's and a last column,
 * `certainty`, says `confirmed` or `possible` for each, as `kedja blast --json` does; without them
 * the columns are as before. O(affected organisations + their lost dependencies).
 */
import { nodeName, type KedjaGraph } from '@kedja/core';

import type { ScenarioView } from '../analysis/analyse-scenario.js';

export const CSV_COLUMNS = [
  'id',
  'name',
  'type',
  'county',
  'population',
  'tier',
  'critical',
  'hidden',
  'level',
  'lost',
] as const;

export function csvField(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function affectedCsv(graph: KedjaGraph, view: ScenarioView): string {
  const bounded = view.upper !== null;
  const rows = view.blast.affectedOrganisations.map((organisation) => {
    const a = graph.getNodeAttributes(organisation.id);
    const org = a.kind === 'organisation' ? a : undefined;
    return [
      organisation.id,
      nodeName(graph, organisation.id),
      org?.orgType,
      org?.county,
      org?.population,
      organisation.tier,
      organisation.critical,
      organisation.hidden,
      view.consequences.get(organisation.id)?.level,
      organisation.lost.map((id) => nodeName(graph, id)).join('; '),
      ...(bounded ? [view.possible.has(organisation.id) ? 'possible' : 'confirmed'] : []),
    ];
  });
  const columns: readonly string[] = bounded ? [...CSV_COLUMNS, 'certainty'] : CSV_COLUMNS;
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
