/**
 * Loading what a user points at, after one look (inspect-input.ts): as a graphology graph
 * (`loadGraph`, for analyses that read edge attributes and for the formats), or in the form the
 * engine wants (`loadInput`): a canonical CSV folder larger than BULK_THRESHOLD bytes goes
 * straight into a snapshot and its node table (the bulk loader), which at a million organisations
 * takes seconds where a graphology graph takes minutes and gigabytes; everything else is read as a
 * graph. The same checks run either way, with the same diagnostics.
 */
import type { Diagnostic, KedjaGraph } from '@kedja/core';
import type { NodeTable, Snapshot } from '@kedja/core/kernel';

import { readDoraRegister } from '../dora/index.js';
import {
  loadSnapshot,
  readCsvFolder,
  readGexf,
  readGraphJson,
  readGraphml,
  readWorkbook,
  type NodeKindRule,
} from '../formats/index.js';
import type { ImportNote, ImportResult } from '../types.js';
import { inspectInput, type GraphFileFormat, type InputListing } from './inspect-input.js';

/** Canonical CSV folders with more table bytes than this are bulk-loaded (about a million rows). */
export const BULK_THRESHOLD = 64 * 1024 * 1024;

/** What loadGraph may be told about the input. */
export interface LoadGraphOptions {
  /** For GEXF and GraphML files without Kedja's kinds: rules that map their own attributes to kinds (`parseNodeKindRules`). */
  nodeKinds?: readonly NodeKindRule[];
}

function readGraphFile(path: string, format: GraphFileFormat, options: LoadGraphOptions): Promise<ImportResult> {
  const graphOptions = options.nodeKinds ? { nodeKinds: options.nodeKinds } : {};
  if (format === 'gexf') return readGexf(path, graphOptions);
  if (format === 'graphml') return readGraphml(path, graphOptions);
  return readGraphJson(path);
}

async function readListing(listing: InputListing, options: LoadGraphOptions = {}): Promise<ImportResult> {
  switch (listing.kind) {
    case 'csv-folder':
      return readCsvFolder(listing.path, { entries: listing.entries });
    case 'workbook':
      return readWorkbook(listing.path);
    case 'dora-register':
      return readDoraRegister(listing.path, listing.tables);
    case 'dora-package':
      return readDoraRegister(listing.path);
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

/** How an input was loaded for the engine: as a graph, or as a snapshot with its node table. */
export type LoadedInput = (
  | { form: 'graph'; graph: KedjaGraph; diagnostics: Diagnostic[] }
  | { form: 'snapshot'; snapshot: Snapshot; table: NodeTable; diagnostics: Diagnostic[] }
  | { form: null; diagnostics: Diagnostic[] }
) & {
  /** How input not in the canonical form was read (see ImportResult). */
  notes?: ImportNote[];
};

export interface LoadInputOptions {
  /** Always read a graphology graph (for analyses that read edge attributes). */
  graph?: boolean;
  /** Force a loader for canonical CSV folders, whatever their size (the CLI's KEDJA_LOADER). */
  loader?: 'graph' | 'bulk';
}

/** Loads an input in the form that suits the engine (see the banner); never throws on bad data. */
export async function loadInput(input: string, options: LoadInputOptions = {}): Promise<LoadedInput> {
  const listing = await inspectInput(input);
  const loader = options.graph ? 'graph' : options.loader;
  const bulk =
    listing.kind === 'csv-folder' && (loader === 'bulk' || (loader !== 'graph' && listing.csvBytes > BULK_THRESHOLD));
  if (bulk) {
    const { snapshot, table, diagnostics, notes } = await loadSnapshot(listing.path, { entries: listing.entries });
    const said = notes ? { notes } : {};
    return snapshot !== null && table !== null
      ? { form: 'snapshot', snapshot, table, diagnostics, ...said }
      : { form: null, diagnostics, ...said };
  }
  const { graph, diagnostics, notes } = await readListing(listing);
  const said = notes ? { notes } : {};
  return graph !== null ? { form: 'graph', graph, diagnostics, ...said } : { form: null, diagnostics, ...said };
}
