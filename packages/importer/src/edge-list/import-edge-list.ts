/**
 * Any supplier list or edge list from a spreadsheet as a Kedja graph: two columns name the two
 * ends of each row's edge (`--from`, `--to`), of the kind given (`subcontracts`: supplier to
 * subcontractor; `contracts`, `uses`, `providedBy` likewise by EDGE_ENDPOINTS), and nodes are
 * created as the names come. Names are merged as procurement notices' parties are (by organisation
 * number when a code column is given, then by normalised name; the procurement importer's
 * mergeParties), kept as written, and every merge is reported. Organisation numbers are kept: an
 * organisation's as its `code`, a supplier's or service's in its id (`sup-5566778899`), as the
 * canonical tables have no other place for them. A row with one end empty keeps the other end as a
 * node (a plain supplier list is a list whose `--to` column is empty), said in one warning per
 * column; a row repeating an edge adds nothing; a row whose two ends are one node is skipped with a
 * warning. O(rows).
 */
import {
  createKedjaGraph,
  edgeKey,
  EDGE_ENDPOINTS,
  hasErrors,
  validateGraph,
  type Diagnostic,
  type EdgeKind,
  type KedjaGraph,
  type NodeKind,
} from '@kedja/core';
import type { EdgeCertainty } from '@kedja/core/kernel';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../errors.js';
import { mergeParties, type MergeEntry, type MergedParty, type PartyOccurrence } from '../procurement/index.js';
import type { ImportNote } from '../types.js';
import { readList, type ListRow, type ReadList } from './read-list.js';

export interface EdgeListOptions {
  /** The kind of every edge; its ends' node kinds follow (EDGE_ENDPOINTS). */
  kind: EdgeKind;
  /** The header of the column naming each edge's source (the dependent). */
  from: string;
  /** The header of the column naming each edge's target (what it depends on). */
  to: string;
  /** Columns with the organisation numbers of the source and target, when the list has them. */
  fromCode?: string;
  toCode?: string;
  /** In an `.xlsx` workbook, the sheet to read (default: the first with content). */
  sheet?: string;
  /**
   * How sure the list is of its edges (issue 13): `possible` marks every edge possible (a framework
   * agreement's permitted subcontractors); `confirmed`, the default, leaves them as they are.
   */
  certainty?: EdgeCertainty;
}

export interface EdgeListReport {
  /** Where the list was read: the file, or `book.xlsx[Sheet]`. */
  source: string;
  rows: number;
  edges: number;
  /** Rows that repeat an edge already read. */
  repeated: number;
  /** Rows with one end empty (their other end kept as a node). */
  withoutEdge: number;
  merges: MergeEntry[];
}

export interface EdgeListResult {
  graph: KedjaGraph | null;
  report: EdgeListReport | null;
  diagnostics: Diagnostic[];
  notes?: ImportNote[];
}

interface Columns {
  from: number;
  to: number;
  fromCode?: number;
  toCode?: number;
}

/** The columns asked for, by header (case and surrounding space ignored), or the problems. */
function resolveColumns(list: ReadList, options: EdgeListOptions, diagnostics: Diagnostic[]): Columns | undefined {
  const index = new Map(list.header.map((name, i) => [name.trim().toLowerCase(), i]));
  const find = (option: string, name: string | undefined) => {
    if (name === undefined) return undefined;
    const at = index.get(name.trim().toLowerCase());
    if (at === undefined) {
      const names = list.header.map((header) => JSON.stringify(header)).join(', ');
      const message = `no column ${quoteValue(name)} (--${option}); the header has ${names}`;
      diagnostics.push({ file: list.place, line: 1, code: IMPORT_CODES.edgeListColumn, severity: 'error', message });
    }
    return at;
  };
  const columns = {
    from: find('from', options.from),
    to: find('to', options.to),
    fromCode: find('from-code', options.fromCode),
    toCode: find('to-code', options.toCode),
  };
  if (hasErrors(diagnostics)) return undefined;
  if (columns.from === columns.to) {
    const message = `--from and --to both name column ${quoteValue(options.from)}; an edge joins two columns`;
    diagnostics.push({ file: list.place, line: 1, code: IMPORT_CODES.edgeListColumn, severity: 'error', message });
    return undefined;
  }
  return columns as Columns;
}

type End = 'from' | 'to';

function occurrence(kind: NodeKind, row: ListRow, end: End, name: string, code: string): PartyOccurrence {
  return {
    kind: kind as PartyOccurrence['kind'],
    key: `${row.line}:${end}`,
    notice: `row ${row.line}`,
    name,
    ...(code ? { companyId: code } : {}),
  };
}

/** Every named end of every row, by node kind; rows with an empty end counted per column. */
function collect(list: ReadList, columns: Columns, kinds: readonly [NodeKind, NodeKind]) {
  const byKind = new Map<NodeKind, PartyOccurrence[]>();
  const empty: Record<End, number[]> = { from: [], to: [] };
  for (const row of list.rows) {
    const ends: [End, number, number | undefined, NodeKind][] = [
      ['from', columns.from, columns.fromCode, kinds[0]],
      ['to', columns.to, columns.toCode, kinds[1]],
    ];
    for (const [end, column, codeColumn, kind] of ends) {
      const name = row.cells[column] ?? '';
      if (name === '') {
        empty[end].push(row.line);
        continue;
      }
      const code = codeColumn === undefined ? '' : (row.cells[codeColumn] ?? '');
      const found = byKind.get(kind);
      if (found) found.push(occurrence(kind, row, end, name, code));
      else byKind.set(kind, [occurrence(kind, row, end, name, code)]);
    }
  }
  return { byKind, empty };
}

function addNode(graph: KedjaGraph, party: MergedParty): void {
  if (party.kind === 'organisation')
    graph.addNode(party.id, { kind: 'organisation', name: party.name, ...(party.code ? { code: party.code } : {}) });
  else graph.addNode(party.id, { kind: party.kind, name: party.name });
}

function emptyWarnings(
  list: ReadList,
  options: EdgeListOptions,
  empty: Record<End, number[]>,
  diagnostics: Diagnostic[],
): void {
  for (const end of ['from', 'to'] as const) {
    const lines = empty[end];
    if (lines.length === 0) continue;
    const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
    const other = end === 'from' ? options.to : options.from;
    diagnostics.push({
      file: list.place,
      line: lines[0]!,
      code: IMPORT_CODES.edgeListEmptyName,
      severity: 'warning',
      message: `${lines.length} row(s) have no ${quoteValue(options[end])}: no edge, the ${quoteValue(other)} of each is kept as a node (rows ${shown})`,
    });
  }
}

/** Reads the list at `path` as a graph of `options.kind` edges, with a report of what was merged. */
export async function importEdgeList(path: string, options: EdgeListOptions): Promise<EdgeListResult> {
  const list = await readList(path, options.sheet);
  const { diagnostics } = list;
  const said = list.notes.length > 0 ? { notes: list.notes } : {};
  const columns = hasErrors(diagnostics) ? undefined : resolveColumns(list, options, diagnostics);
  if (!columns) return { graph: null, report: null, diagnostics, ...said };
  const kinds = EDGE_ENDPOINTS[options.kind];
  const { byKind, empty } = collect(list, columns, kinds);
  const taken = new Set<string>();
  const merged = [...byKind.values()].map((occurrences) => mergeParties(occurrences, taken));
  const nodeOf = new Map(merged.flatMap((merge) => [...merge.nodeOf]));
  const graph = createKedjaGraph();
  for (const merge of merged) for (const party of merge.parties.values()) addNode(graph, party);
  const report: EdgeListReport = {
    source: list.place,
    rows: list.rows.length,
    edges: 0,
    repeated: 0,
    withoutEdge: 0,
    merges: merged.flatMap((m) => m.merges),
  };
  const possible = options.certainty === 'possible' ? { certainty: 'possible' } : {};
  for (const row of list.rows) {
    const source = nodeOf.get(`${row.line}:from`);
    const target = nodeOf.get(`${row.line}:to`);
    if (source === undefined || target === undefined) {
      report.withoutEdge++;
      continue;
    }
    if (source === target) {
      const message = `${quoteValue(row.cells[columns.from])} and ${quoteValue(row.cells[columns.to])} are one ${kinds[0]}; it cannot depend on itself, so the row gives no edge`;
      diagnostics.push({
        file: list.place,
        line: row.line,
        column: columns.to + 1,
        code: IMPORT_CODES.selfLoop,
        severity: 'warning',
        message,
      });
      continue;
    }
    const key = edgeKey(options.kind, source, target);
    if (graph.hasEdge(key)) report.repeated++;
    else graph.addDirectedEdgeWithKey(key, source, target, { kind: options.kind, ...possible } as never);
  }
  report.edges = graph.size;
  emptyWarnings(list, options, empty, diagnostics);
  for (const d of validateGraph(graph)) diagnostics.push({ file: list.place, ...d });
  return { graph: hasErrors(diagnostics) ? null : graph, report, diagnostics, ...said };
}
