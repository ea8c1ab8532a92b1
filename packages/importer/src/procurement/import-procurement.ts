/**
 * `importProcurement`: eForms contract award notices (and voluntary ex-ante transparency,
 * modification and completion notices) as a Kedja graph with a report. The inputs are walked and
 * each notice read as it comes (walk-inputs.ts, read-notice.ts); only the latest version of a
 * notice counts (an earlier one, or the same one read twice, is skipped with the reason); then the
 * graph is built (build-graph.ts) and checked. A file that is not a notice, or that is refused
 * (hostile or malformed XML), is skipped with a warning and the rest is imported; inputs without a
 * single settled contract are an error. O(size of the inputs).
 */
import { hasErrors, validateGraph, type Diagnostic, type KedjaGraph } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import { buildProcurementGraph, type BuiltGraph } from './build-graph.js';
import type { EformsNotice, NoticeKind } from './notice-model.js';
import { readNotice } from './read-notice.js';
import type { ProcurementReport, SkippedItem } from './report-types.js';
import { walkInputs } from './walk-inputs.js';

export interface ProcurementImportOptions {
  /** CPV prefixes to keep (`72`, `48`, `302`); every code when absent or empty. See `parseCpvPrefixes`. */
  cpv?: readonly string[];
  /** Called as the inputs are read: bytes read so far and in all. */
  onProgress?: (bytes: number, total: number) => void;
}

export interface ProcurementImportResult {
  /** The graph, or null when any diagnostic is an error. */
  graph: KedjaGraph | null;
  report: ProcurementReport | null;
  diagnostics: Diagnostic[];
}

/** The notices read, one per identifier (its latest version), with what was skipped on the way. */
interface Reading {
  notices: Map<string, EformsNotice>;
  skipped: SkippedItem[];
  diagnostics: Diagnostic[];
  entries: number;
}

function keep(reading: Reading, notice: EformsNotice): void {
  const previous = reading.notices.get(notice.id);
  if (previous === undefined) {
    reading.notices.set(notice.id, notice);
    return;
  }
  const newer = notice.version.localeCompare(previous.version, 'en', { numeric: true }) > 0;
  const [kept, dropped] = newer ? [notice, previous] : [previous, notice];
  const reason =
    kept.version === dropped.version
      ? `the same notice (version ${kept.version}) was already read from ${kept.file}`
      : `replaced by version ${kept.version} of the same notice in ${kept.file}`;
  reading.skipped.push({ where: dropped.file, what: `notice ${dropped.id} version ${dropped.version}`, reason });
  reading.notices.set(notice.id, kept);
}

async function readInputs(inputs: readonly string[], options: ProcurementImportOptions): Promise<Reading> {
  const reading: Reading = { notices: new Map(), skipped: [], diagnostics: [], entries: 0 };
  await walkInputs(inputs, {
    notice(name, text) {
      reading.entries++;
      const read = readNotice(text, name);
      // A refused or broken file does not stop the import: it is skipped, with its diagnostics as warnings.
      for (const d of read.diagnostics) reading.diagnostics.push({ ...d, severity: 'warning' });
      if (read.notice) keep(reading, read.notice);
      else reading.skipped.push({ where: name, what: 'file', reason: read.reason });
    },
    skip(name, reason) {
      reading.entries++;
      reading.skipped.push({ where: name, what: 'file', reason });
    },
    problem: (diagnostic) => reading.diagnostics.push(diagnostic),
    ...(options.onProgress ? { progress: options.onProgress } : {}),
  });
  return reading;
}

function report(
  inputs: readonly string[],
  prefixes: readonly string[],
  reading: Reading,
  built: BuiltGraph,
): ProcurementReport {
  const notices: Partial<Record<NoticeKind, number>> = {};
  for (const notice of reading.notices.values()) notices[notice.kind] = (notices[notice.kind] ?? 0) + 1;
  const counts = { organisations: 0, suppliers: 0, services: 0, contracts: 0, subcontracts: 0, uses: 0, providedBy: 0 };
  const plural = { organisation: 'organisations', supplier: 'suppliers', service: 'services' } as const;
  built.graph.forEachNode((_node, attributes) => void counts[plural[attributes.kind]]++);
  built.graph.forEachEdge((_edge, attributes) => void counts[attributes.kind]++);
  return {
    inputs: [...inputs],
    cpvPrefixes: [...prefixes],
    read: { entries: reading.entries, notices, awards: built.awards },
    counts,
    categories: [...built.categories]
      .map(([category, contracts]) => ({ category, contracts }))
      .sort((a, b) => b.contracts - a.contracts || a.category.localeCompare(b.category)),
    merges: built.merges.flatMap((merge) => merge.merges),
    keptApart: built.merges.flatMap((merge) => merge.keptApart),
    skipped: [...reading.skipped, ...built.skipped],
    provenance: [...built.provenance.values()],
  };
}

/** Reads the notices in `inputs` (files, folders, .zip and .tar.gz archives) as a graph and a report. */
export async function importProcurement(
  inputs: readonly string[],
  options: ProcurementImportOptions = {},
): Promise<ProcurementImportResult> {
  const prefixes = options.cpv ?? [];
  const reading = await readInputs(inputs, options);
  const { diagnostics } = reading;
  if (hasErrors(diagnostics)) return { graph: null, report: null, diagnostics };
  const built = buildProcurementGraph([...reading.notices.values()], prefixes);
  if (built.awards === 0) {
    const filtered = prefixes.length > 0 ? ` whose CPV code matches --cpv ${prefixes.join(',')}` : '';
    diagnostics.push({
      file: inputs.join(', '),
      code: IMPORT_CODES.procurementNoNotices,
      severity: 'error',
      message: `no settled contract${filtered} in ${reading.notices.size} notice(s) of ${reading.entries} file(s) read; give eForms contract award notices (see the report's skipped list with --json)`,
    });
    return { graph: null, report: report(inputs, prefixes, reading, built), diagnostics };
  }
  for (const d of validateGraph(built.graph)) diagnostics.push(d);
  const result = report(inputs, prefixes, reading, built);
  return hasErrors(diagnostics)
    ? { graph: null, report: result, diagnostics }
    : { graph: built.graph, report: result, diagnostics };
}
