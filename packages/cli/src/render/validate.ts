/**
 * `kedja validate`: the counts of a graph's nodes and edges by kind, the `--json` document (valid
 * or not, every diagnostic, the counts) and the one-line summary of a valid graph. O(nodes + edges).
 */
import { hasErrors, type Diagnostic, type KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { EDGE_KIND_CODES, type Snapshot } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { formatNumber } from '../output/table.js';

/** Nodes and edges by kind, in the order `validate --json` prints them. */
export interface GraphCounts {
  organisations: number;
  services: number;
  suppliers: number;
  uses: number;
  contracts: number;
  providedBy: number;
  subcontracts: number;
}

const PLURALS = { organisation: 'organisations', service: 'services', supplier: 'suppliers' } as const;

export function countGraph(graph: KedjaGraph): GraphCounts {
  const counts: GraphCounts = {
    organisations: 0,
    services: 0,
    suppliers: 0,
    uses: 0,
    contracts: 0,
    providedBy: 0,
    subcontracts: 0,
  };
  graph.forEachNode((_id, attributes) => void (counts[PLURALS[attributes.kind]] += 1));
  graph.forEachEdge((_id, attributes) => void (counts[attributes.kind] += 1));
  return counts;
}

/** Errors and warnings among the diagnostics. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** The same counts from an engine's snapshot (a CSV folder loaded straight into one). */
export function countSnapshot(snapshot: Snapshot): GraphCounts {
  const edges = [0, 0, 0, 0];
  for (const kind of snapshot.reqKind) edges[kind]! += 1;
  return {
    organisations: snapshot.organisationCount,
    services: snapshot.assetCount - snapshot.supplierCount,
    suppliers: snapshot.supplierCount,
    uses: edges[EDGE_KIND_CODES.uses]!,
    contracts: edges[EDGE_KIND_CODES.contracts]!,
    providedBy: edges[EDGE_KIND_CODES.providedBy]!,
    subcontracts: edges[EDGE_KIND_CODES.subcontracts]!,
  };
}

/** `validate --json`: valid or not, every diagnostic, and the counts of a valid input (null when none was read). */
export function validateJson(input: string, counts: GraphCounts | null, diagnostics: Diagnostic[]) {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return {
    input,
    valid: counts !== null && !hasErrors(diagnostics),
    errors,
    warnings,
    diagnostics,
    ...(counts ? { counts } : {}),
  };
}

/** What exit code 2 says after the diagnostics of an invalid graph. */
export function invalidGraphMessage(input: string, diagnostics: readonly Diagnostic[], lang: Lang = 'en'): string {
  const { common, validate: m } = messagesIn(lang);
  const { errors, warnings } = countDiagnostics(diagnostics);
  return m.invalid(
    input,
    common.nouns.error(formatNumber(errors, lang), errors),
    common.nouns.warning(formatNumber(warnings, lang), warnings),
  );
}

/** Nodes and edges by kind in words: "4 organisations, 4 services, 7 suppliers; 9 uses edges, ...". */
export function describeCounts(c: GraphCounts, lang: Lang = 'en'): string {
  const { nouns } = messagesIn(lang).common;
  const n = (value: number) => formatNumber(value, lang);
  const edge = (count: number, kind: string) => nouns.edge(n(count), count, kind);
  return (
    `${nouns.organisation(n(c.organisations), c.organisations)}, ${nouns.service(n(c.services), c.services)}, ` +
    `${nouns.supplier(n(c.suppliers), c.suppliers)}; ${edge(c.uses, 'uses')}, ${edge(c.contracts, 'contracts')}, ` +
    `${edge(c.providedBy, 'providedBy')}, ${edge(c.subcontracts, 'subcontracts')}`
  );
}

/** The one-line summary of a valid graph, in `lang` (English unless told). */
export function renderValidation(
  input: string,
  c: GraphCounts,
  diagnostics: readonly Diagnostic[],
  lang: Lang = 'en',
): string {
  const { common, validate: m } = messagesIn(lang);
  const { warnings } = countDiagnostics(diagnostics);
  const warned = warnings ? `; ${common.nouns.warning(formatNumber(warnings, lang), warnings)}` : '';
  return `${m.valid(input, describeCounts(c, lang))}${warned}\n`;
}
