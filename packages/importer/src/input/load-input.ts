/**
 * Loading what a user points at, after one look (inspect-input.ts). A canonical CSV folder goes
 * straight into the engine's snapshot and node table (`loadInput`), at every size: one streaming
 * pass, no graphology graph, no per-node object; a binary graph file (`.arrow`) too, with no
 * parsing at all. A graphology graph is read only when it is asked
 * for (`loadGraph`, or `loadInput` with `graph: true`: the formats, and the analyses that read edge
 * attributes); graph files, workbooks and DORA registers are always read as graphs. Both ways run
 * the same checks and give the same diagnostics, in the same order.
 *
 * The readers of the other formats are imported when an input needs them, so that a command on a
 * CSV folder loads neither XML nor spreadsheet libraries.
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';
import type { NodeTable, Snapshot } from '@kedja/core/kernel';

import { IMPORT_CODES } from '../errors.js';
import { loadSnapshot, readCsvFolder } from '../formats/csv/index.js';
import type { NodeKindRule } from '../formats/graph-file/index.js';
import type { ArrowSnapshotOptions } from '../formats/arrow/index.js';
import type { ImportNote, ImportResult, LoadSnapshotResult } from '../types.js';
import { inspectInput, type GraphFileFormat, type InputListing } from './inspect-input.js';

/** What loadGraph may be told about the input. */
export interface LoadGraphOptions {
  /** For GEXF and GraphML files without Kedja's kinds: rules that map their own attributes to kinds (`parseNodeKindRules`). */
  nodeKinds?: readonly NodeKindRule[];
}

async function readGraphFile(path: string, format: GraphFileFormat, options: LoadGraphOptions): Promise<ImportResult> {
  const graphOptions = options.nodeKinds ? { nodeKinds: options.nodeKinds } : {};
  if (format === 'gexf') return (await import('../formats/gexf/index.js')).readGexf(path, graphOptions);
  if (format === 'graphml') return (await import('../formats/graphml/index.js')).readGraphml(path, graphOptions);
  return (await import('../formats/json/index.js')).readGraphJson(path);
}

/** Says which format a folder or .zip was read as, where the name alone does not say it. */
function detected(result: ImportResult, path: string, message: string): ImportResult {
  const note: ImportNote = { file: path, code: IMPORT_CODES.inputDetected, message };
  return { ...result, notes: [note, ...(result.notes ?? [])] };
}

async function readListing(listing: InputListing, options: LoadGraphOptions = {}): Promise<ImportResult> {
  switch (listing.kind) {
    case 'csv-folder':
      return readCsvFolder(listing.path, { entries: listing.entries });
    case 'workbook':
      return (await import('../formats/xlsx/index.js')).readWorkbook(listing.path);
    case 'arrow-graph':
      return (await import('../formats/arrow/index.js')).readArrowGraph(listing.path);
    case 'dora-register':
      return detected(
        await (await import('../dora/index.js')).readDoraRegister(listing.path, listing.tables),
        listing.path,
        `read as a DORA register of information (the EBA templates in ${listing.tables.folder})`,
      );
    case 'dora-package':
      return detected(
        await (await import('../dora/index.js')).readDoraRegister(listing.path),
        listing.path,
        'read as a DORA register of information (an EBA reporting package)',
      );
    case 'graph-file':
      return readGraphFile(listing.path, listing.format, options);
    case 'none':
      return { graph: null, diagnostics: [listing.diagnostic] };
  }
}

/** Reads a CSV folder, a DORA register folder or a graph file; problems come back as diagnostics, never as exceptions. */
export async function loadGraph(input: string, options: LoadGraphOptions = {}): Promise<ImportResult> {
  return readListing(await inspectInput(input), options);
}

/**
 * A binary graph (the folder of nodes.arrow and edges.arrow) into the engine's snapshot, with a
 * second sink for its rows when given (loadArrowSnapshot); the Arrow reader is imported here, on
 * the first binary graph, so that a command on a CSV folder never loads it.
 */
export async function loadBinaryGraph(folder: string, options: ArrowSnapshotOptions = {}): Promise<LoadSnapshotResult> {
  return (await import('../formats/arrow/index.js')).loadArrowSnapshot(folder, options);
}

/** How an input was loaded for the engine: as a graph, or as a snapshot with its node table. */
export type LoadedInput = (
  | { form: 'graph'; graph: KedjaGraph; diagnostics: Diagnostic[] }
  | { form: 'snapshot'; snapshot: Snapshot; table: NodeTable; diagnostics: Diagnostic[] }
  | { form: null; diagnostics: Diagnostic[] }
) & {
  /** How input not in the canonical form was read (see ImportResult). */
  notes?: ImportNote[];
};

export interface LoadInputOptions extends LoadGraphOptions {
  /** Read a graphology graph, also from a CSV folder (for analyses that read edge attributes). */
  graph?: boolean;
  /** A binary graph: read and check every file, snapshot.arrow against the tables too (`ArrowReadOptions.verify`). */
  verify?: boolean;
}

/** Loads an input in the form that suits the engine (see the banner); never throws on bad data. */
export async function loadInput(input: string, options: LoadInputOptions = {}): Promise<LoadedInput> {
  const listing = await inspectInput(input);
  if ((listing.kind === 'csv-folder' || listing.kind === 'arrow-graph') && !options.graph) {
    const { snapshot, table, diagnostics, notes } =
      listing.kind === 'csv-folder'
        ? await loadSnapshot(listing.path, { entries: listing.entries })
        : await loadBinaryGraph(listing.path, options.verify ? { verify: true } : {});
    const said = notes ? { notes } : {};
    return snapshot !== null && table !== null
      ? { form: 'snapshot', snapshot, table, diagnostics, ...said }
      : { form: null, diagnostics, ...said };
  }
  const { graph, diagnostics, notes } = await readListing(listing, options);
  const said = notes ? { notes } : {};
  return graph !== null ? { form: 'graph', graph, diagnostics, ...said } : { form: null, diagnostics, ...said };
}
